package sizing.sweep;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import sizing.data.Workbook;
import sizing.model.Catalog;
import sizing.model.CommitmentTerm;
import sizing.model.LlmModel;
import sizing.model.SizingModel;
import sizing.plan.PlanGenerator;
import sizing.plan.Pricing;

/**
 * The point a sweep varies from: the sizing model (workload, goals, LLM), the catalog and term the
 * plans are priced with, the number of concurrent users, the choices for the named parameters
 * (LLM models, terms) and the candidate plans.
 *
 * @param users concurrent users when the sweep does not vary them
 */
public record Baseline(
    SizingModel model,
    Catalog catalog,
    CommitmentTerm term,
    double users,
    Map<String, LlmModel> llmModels,
    Map<String, CommitmentTerm> terms,
    Candidates candidates) {

  public Baseline {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(term, "term");
    Objects.requireNonNull(candidates, "candidates");
    if (!(users > 0 && users <= SizingModel.MAX_USERS)) {
      throw new IllegalArgumentException("users must be from 1 to " + SizingModel.MAX_USERS + ", was " + users);
    }
    llmModels = Collections.unmodifiableMap(new LinkedHashMap<>(llmModels));
    terms = Collections.unmodifiableMap(new LinkedHashMap<>(terms));
  }

  /** The workbook's catalog and choices, {@code model} and {@code term}, every plan {@link PlanGenerator} makes. */
  public static Baseline of(Workbook workbook, SizingModel model, CommitmentTerm term, double users) {
    var catalog = workbook.catalog();
    return new Baseline(model, catalog, term, users, workbook.llmModels(), workbook.terms(),
        Candidates.of(PlanGenerator.generate(catalog), catalog));
  }

  /** The workbook's own model, on-demand term and users. */
  public static Baseline of(Workbook workbook) {
    return of(workbook, workbook.model(), workbook.terms().get("on-demand"), workbook.workload().users());
  }

  /** The catalog, term and model plans are priced and judged with at this point. */
  public Pricing pricing() {
    return new Pricing(catalog, term, model);
  }

  public Baseline withModel(SizingModel m) {
    return new Baseline(m, catalog, term, users, llmModels, terms, candidates);
  }

  public Baseline withUsers(double u) {
    return new Baseline(model, catalog, term, u, llmModels, terms, candidates);
  }

  public Baseline withCandidates(Candidates c) {
    return new Baseline(model, catalog, term, users, llmModels, terms, c);
  }
}
