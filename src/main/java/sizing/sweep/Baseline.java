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
import sizing.plan.DecisionEngine;
import sizing.plan.PlanGenerator;
import sizing.plan.Pricing;

/**
 * The point a sweep varies from: the sizing model (workload, goals, LLM), the catalog and term the
 * plans are priced with, the number of concurrent users, the choices for the named parameters
 * (LLM models, terms), and the {@link DecisionEngine} over the plans of at most {@code maxBackends}
 * backends, for this model, catalog and term.
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
    int maxBackends,
    DecisionEngine engine) {

  public Baseline {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(term, "term");
    Objects.requireNonNull(engine, "engine");
    if (!(users > 0 && users <= SizingModel.MAX_USERS)) {
      throw new IllegalArgumentException("users must be from 1 to " + SizingModel.MAX_USERS + ", was " + users);
    }
    llmModels = Collections.unmodifiableMap(new LinkedHashMap<>(llmModels));
    terms = Collections.unmodifiableMap(new LinkedHashMap<>(terms));
  }

  /**
   * The workbook's choices and the catalog it recommends from ({@link Workbook#buying()}), {@code
   * model} and {@code term}, every plan {@link PlanGenerator} makes.
   */
  public static Baseline of(Workbook workbook, SizingModel model, CommitmentTerm term, double users) {
    var catalog = workbook.buying();
    return new Baseline(model, catalog, term, users, workbook.llmModels(), workbook.terms(), PlanGenerator.MAX_BACKENDS,
        DecisionEngine.of(catalog, term, model));
  }

  /** The workbook's own model, on-demand term and users. */
  public static Baseline of(Workbook workbook) {
    return of(workbook, workbook.model(), workbook.terms().get("on-demand"), workbook.workload().users());
  }

  /** The engine's candidates. */
  public Candidates candidates() {
    return Candidates.of(engine);
  }

  /** The catalog, term and model plans are priced and judged with at this point. */
  public Pricing pricing() {
    return new Pricing(catalog, term, model);
  }

  public Baseline withModel(SizingModel m) {
    return new Baseline(m, catalog, term, users, llmModels, terms, maxBackends, DecisionEngine.of(catalog, term, m, maxBackends));
  }

  public Baseline withUsers(double u) {
    return new Baseline(model, catalog, term, u, llmModels, terms, maxBackends, engine);
  }

  /** The same point choosing among plans of at most {@code n} backends. */
  public Baseline withMaxBackends(int n) {
    return new Baseline(model, catalog, term, users, llmModels, terms, n, DecisionEngine.of(catalog, term, model, n));
  }

  /** The engine for another model, catalog or term, over plans of the same number of backends. */
  public DecisionEngine engine(Catalog c, CommitmentTerm t, SizingModel m) {
    return c.equals(catalog) && t.equals(term) && m.equals(model) ? engine : DecisionEngine.of(c, t, m, maxBackends);
  }
}
