package sizing.narrative;

import java.util.List;
import sizing.model.Catalog;
import sizing.model.Deployment;
import sizing.model.Plan;
import sizing.model.PlanCost;
import sizing.model.SizingModel;
import sizing.plan.DecisionEngine;
import sizing.plan.Feasibility;
import sizing.plan.PlanGenerator;
import sizing.plan.Optimizer;
import sizing.plan.Pricing;

/**
 * In-line checks for notebooks: each recomputes a result another way, throws {@link
 * AssertionError} (failing the notebook) when the two disagree, and returns a Markdown sentence
 * saying what was checked.
 */
public final class Checks {
  private Checks() {}

  /** The most plans {@link #engineMatchesBruteForce} judges one by one. */
  public static final int BRUTE_FORCE_LIMIT = 100_000;

  /**
   * The decision engine's pick among every plan {@code catalog} allows, against the minimum cost
   * over those plans judged one by one; a catalog allowing more than {@value #BRUTE_FORCE_LIMIT}
   * plans is not enumerated, and the sentence says so.
   */
  public static String engineMatchesBruteForce(Pricing pricing, double users) {
    return engineMatchesBruteForce(pricing, users, pricing.catalog());
  }

  /**
   * {@link #engineMatchesBruteForce(Pricing, double)}, for a page whose recommendation is bought
   * from {@code recommendedFrom}: when that is another catalog (one too large to judge plan by
   * plan), the sentence says that the check is of the engine on the smaller catalog, not of that
   * recommendation's figure.
   */
  public static String engineMatchesBruteForce(Pricing pricing, double users, Catalog recommendedFrom) {
    var checked = engineCheck(pricing, users);
    if (recommendedFrom.name().equals(pricing.catalog().name())) {
      return checked;
    }
    return checked + " This checks the decision engine itself, on " + Md.code(pricing.catalog().name())
        + ", whose plans are few enough to judge one by one; the recommendation above comes from the same engine over "
        + Md.code(recommendedFrom.name()) + ", " + Md.count(DecisionEngine.of(new Pricing(recommendedFrom, pricing.term(), pricing.model())).spaceSize())
        + " plans, too many to judge one by one here.";
  }

  private static String engineCheck(Pricing pricing, double users) {
    var catalog = pricing.catalog();
    var model = pricing.model();
    var engine = DecisionEngine.of(pricing);
    if (engine.spaceSize() > BRUTE_FORCE_LIMIT) {
      return "Check not run here: " + Md.code(catalog.name()) + " allows " + Md.count(engine.spaceSize())
          + " plans, more than the " + Md.count(BRUTE_FORCE_LIMIT) + " this check judges one by one.";
    }
    var plans = PlanGenerator.generate(catalog);
    var pick = Optimizer.cheapest(engine.plans(), pricing, users);
    double brute = Double.POSITIVE_INFINITY;
    int feasible = 0;
    for (var p : plans) {
      var d = Deployment.of(p, catalog);
      boolean availabilityOk = Feasibility.meetsAvailability(model.goals(), model.availability(d));
      double cost = pricing.price(p).monthlyUsd();
      boolean budgetOk = Feasibility.withinBudget(model.goals(), cost);
      if (availabilityOk && budgetOk && model.meetsGoals(d, users)) {
        feasible++;
        brute = Math.min(brute, cost);
      }
    }
    if (pick.isEmpty() != (feasible == 0) || pick.isPresent() && Math.abs(pick.get().monthlyUsd() - brute) > 1e-9) {
      throw new AssertionError("decision engine " + pick.map(r -> Md.usd(r.monthlyUsd())).orElse("none")
          + " disagrees with brute force " + (feasible == 0 ? "none" : Md.usd(brute)));
    }
    return pick.isEmpty()
        ? "Check: no plan meets the goals, and brute force over all " + Md.count(plans.size()) + " plans of "
            + Md.code(catalog.name()) + " agrees."
        : "Check: with " + Md.code(catalog.name()) + ", the decision engine's pick (judging " + Md.count(engine.candidates().size())
            + " candidates), " + Md.usd(brute) + "/month, is the cheapest of the " + Md.count(feasible)
            + " plans (of " + Md.count(plans.size()) + ") that meet every goal when each is judged one by one.";
  }

  /** The itemised lines of a priced plan add up to its total. */
  public static String linesAddUp(PlanCost cost) {
    double sum = 0;
    for (var l : cost.lines()) {
      sum += l.unitMonthlyUsd() * l.quantity() * (1 - l.discountPct() / 100);
    }
    if (Math.abs(sum - cost.monthlyUsd()) > 1e-9) {
      throw new AssertionError("lines add up to " + sum + " but the total is " + cost.monthlyUsd());
    }
    return "Check: the " + cost.lines().size() + " lines of " + Md.code(cost.plan().name()) + " add up to its total, "
        + Md.usd(cost.monthlyUsd()) + "/month.";
  }
}
