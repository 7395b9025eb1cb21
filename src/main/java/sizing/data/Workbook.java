package sizing.data;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sizing.model.Catalog;
import sizing.model.CommitmentTerm;
import sizing.model.Goals;
import sizing.model.LlmModel;
import sizing.model.Scenario;
import sizing.model.SizingModel;
import sizing.model.StackProfile;
import sizing.model.Workload;

/**
 * Everything read from a data folder: the price catalog (or the catalogs a user names, laid over
 * each other), the commitment terms, the guide's scenarios, and the sizing model's inputs.
 *
 * @param catalog the prices the guide's own deployments are reproduced with: the guide's catalog,
 *     or the catalogs the user names
 * @param buying the prices recommendations are made from: the guide's catalog with DigitalOcean's
 *     published prices laid over it ({@link #publishedCatalog}), so every item DigitalOcean
 *     publishes is priced as published and the rest as the guide prices it; or the catalogs the
 *     user names
 */
public record Workbook(
    Path dataDir,
    Catalog catalog,
    Map<String, CommitmentTerm> terms,
    Map<String, Scenario> scenarios,
    java.util.List<sizing.model.GuideEstimate> estimates,
    Workload workload,
    Goals goals,
    Map<String, LlmModel> llmModels,
    StackProfile stack,
    Catalog buying) {

  /** The LLM the guide's stack calls (guide §Architecture Analysis: OpenAI GPT-4 integration). */
  public static final String DEFAULT_LLM = "gpt-4";

  public Workbook {
    terms = Collections.unmodifiableMap(new LinkedHashMap<>(terms));
    scenarios = Collections.unmodifiableMap(new LinkedHashMap<>(scenarios));
    estimates = List.copyOf(estimates);
    llmModels = Collections.unmodifiableMap(new LinkedHashMap<>(llmModels));
  }

  /** The bundled catalog file: the guide's prices. */
  public static Path guideCatalog(Path dataDir) {
    return dataDir.resolve("prices/guide-catalog.csv");
  }

  /** DigitalOcean's published list prices, each row with its public source and date. */
  public static Path publishedCatalog(Path dataDir) {
    return dataDir.resolve("prices/do-published.csv");
  }

  public static Path defaultWorkload(Path dataDir) {
    return dataDir.resolve("workloads/guide.csv");
  }

  public static Path defaultGoals(Path dataDir) {
    return dataDir.resolve("workloads/guide-goals.csv");
  }

  /** Loads the data folder found by {@link DataDir#locate()} with its bundled catalog. */
  public static Workbook load() {
    return load(DataDir.locate(), List.of());
  }

  /**
   * The bundled data folder with the guide's catalog alone, for recommending as well as reproducing:
   * what the workbook recommended before it priced from DigitalOcean's published list, and a space
   * small enough to search by brute force.
   */
  public static Workbook loadGuidePriced() {
    var dir = DataDir.locate();
    return load(dir, List.of(guideCatalog(dir)));
  }

  /**
   * Loads {@code dataDir}; prices come from {@code priceFiles} laid over each other in order, or
   * from the bundled guide catalog when the list is empty.
   */
  public static Workbook load(Path dataDir, List<Path> priceFiles) {
    return load(dataDir, priceFiles, defaultWorkload(dataDir));
  }

  public static Workbook load(Path dataDir, List<Path> priceFiles, Path workloadFile) {
    var catalog = CatalogLoader.read(priceFiles.isEmpty() ? List.of(guideCatalog(dataDir)) : priceFiles);
    var buying = priceFiles.isEmpty() ? CatalogLoader.read(List.of(guideCatalog(dataDir), publishedCatalog(dataDir))) : catalog;
    var terms = CommitmentLoader.read(dataDir.resolve("prices/commitments.csv"));
    var scenarios =
        ScenarioLoader.read(
            dataDir.resolve("scenarios/scenarios.csv"),
            dataDir.resolve("scenarios/scenario-items.csv"),
            catalog);
    return new Workbook(
        dataDir, catalog, terms, scenarios,
        ScenarioLoader.estimates(dataDir.resolve("scenarios/guide-estimates.csv"), scenarios),
        ModelLoader.workload(workloadFile),
        ModelLoader.goals(defaultGoals(dataDir)),
        ModelLoader.llmModels(dataDir.resolve("llm/models.csv"), dataDir.resolve("llm/latency.csv")),
        ModelLoader.stack(dataDir.resolve("stack")),
        buying);
  }

  /**
   * The sizing model with this workbook's workload, goals and stack, calling {@code llm}.
   * An unknown name is a {@link java.util.NoSuchElementException} (the caller names its option);
   * the default, {@link #DEFAULT_LLM}, missing from the models file is that file's fault, a {@link
   * DataException} naming it, since a user who gave no LLM did nothing wrong.
   */
  public SizingModel model(String llm) {
    var m = llmModels.get(llm);
    if (m == null && DEFAULT_LLM.equals(llm)) {
      throw new DataException(dataDir.resolve("llm/models.csv"), 0, "model",
          "has no row for '" + DEFAULT_LLM + "', the LLM the guide's stack calls and the default when no LLM is named"
              + " (it has: " + String.join(", ", llmModels.keySet()) + ")");
    }
    if (m == null) {
      throw new java.util.NoSuchElementException("unknown LLM model '" + llm + "' (valid: " + String.join(", ", llmModels.keySet()) + ")");
    }
    return new SizingModel(workload, goals, m, stack);
  }

  /** The guide's estimates for {@code scenario}, in file order. */
  public List<sizing.model.GuideEstimate> estimatesFor(String scenario) {
    return estimates.stream().filter(e -> e.scenario().equals(scenario)).toList();
  }

  public SizingModel model() {
    return model(DEFAULT_LLM);
  }
}
