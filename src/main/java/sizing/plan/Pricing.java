package sizing.plan;

import java.util.Objects;
import sizing.model.Catalog;
import sizing.model.CommitmentTerm;
import sizing.model.CostModel;
import sizing.model.Plan;
import sizing.model.PlanCost;
import sizing.model.SizingModel;

/**
 * What plans are priced and judged with: the catalog and commitment term that price them
 * ({@link CostModel}) and the sizing model (workload, goals, LLM) that judges them.
 */
public record Pricing(Catalog catalog, CommitmentTerm term, SizingModel model) {

  public Pricing {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(term, "term");
    Objects.requireNonNull(model, "model");
  }

  /** {@code plan} priced from the catalog under the term ({@link CostModel#price}). */
  public PlanCost price(Plan plan) {
    return CostModel.price(plan, catalog, term);
  }

  public Pricing withModel(SizingModel m) {
    return new Pricing(catalog, term, m);
  }

  public Pricing withTerm(CommitmentTerm t) {
    return new Pricing(catalog, t, model);
  }
}
