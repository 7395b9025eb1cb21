package sizing.data;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import sizing.model.Catalog;
import sizing.model.CommitmentTerm;
import sizing.model.Scenario;

/**
 * Everything read from a data folder: the price catalog (or the catalogs a user names, laid over
 * each other), the commitment terms and the guide's scenarios.
 */
public record Workbook(
    Path dataDir, Catalog catalog, Map<String, CommitmentTerm> terms, Map<String, Scenario> scenarios) {

  public Workbook {
    terms = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(terms));
    scenarios = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(scenarios));
  }

  /** The bundled catalog file: the guide's prices. */
  public static Path guideCatalog(Path dataDir) {
    return dataDir.resolve("prices/guide-catalog.csv");
  }

  /** Loads the data folder found by {@link DataDir#locate()} with its bundled catalog. */
  public static Workbook load() {
    return load(DataDir.locate(), List.of());
  }

  /**
   * Loads {@code dataDir}; prices come from {@code priceFiles} laid over each other in order, or
   * from the bundled guide catalog when the list is empty.
   */
  public static Workbook load(Path dataDir, List<Path> priceFiles) {
    var catalog = CatalogLoader.read(priceFiles.isEmpty() ? List.of(guideCatalog(dataDir)) : priceFiles);
    var terms = CommitmentLoader.read(dataDir.resolve("prices/commitments.csv"));
    var scenarios =
        ScenarioLoader.read(
            dataDir.resolve("scenarios/scenarios.csv"),
            dataDir.resolve("scenarios/scenario-items.csv"),
            catalog);
    return new Workbook(dataDir, catalog, new java.util.LinkedHashMap<>(terms), scenarios);
  }
}
