package sizing.sweep;

import java.util.Arrays;
import java.util.Comparator;
import sizing.model.Catalog;
import sizing.model.CommitmentTerm;
import sizing.model.CompiledDeployment;
import sizing.model.CostModel;
import sizing.model.SizingModel;

/**
 * Every candidate priced under one catalog and term and judged by one model: the state a sweep
 * keeps while only the number of users changes. Plans are ordered by monthly cost, then name, as
 * {@link sizing.plan.Optimizer#cheapest} orders them, and compiled only when first looked at, so
 * the cheapest feasible plan is found without compiling the dearer ones.
 */
final class Market {
  final Candidates candidates;
  final SizingModel model;
  final CommitmentTerm term;
  final double[] monthlyUsd;
  /** Candidate indices, cheapest first. */
  final int[] byCost;
  private final CompiledDeployment[] compiled;

  Market(Candidates candidates, SizingModel model, Catalog catalog, CommitmentTerm term) {
    this.candidates = candidates;
    this.model = model;
    this.term = term;
    int n = candidates.size();
    monthlyUsd = new double[n];
    for (int i = 0; i < n; i++) {
      monthlyUsd[i] = CostModel.price(candidates.plan(i), catalog, term).monthlyUsd();
    }
    byCost = sortedByCost(candidates, monthlyUsd);
    compiled = new CompiledDeployment[n];
  }

  /** The same prices judged by another model (a new workload, goals or LLM). */
  Market(Market prices, SizingModel model) {
    candidates = prices.candidates;
    this.model = model;
    term = prices.term;
    monthlyUsd = prices.monthlyUsd;
    byCost = prices.byCost;
    compiled = new CompiledDeployment[candidates.size()];
  }

  CompiledDeployment compiled(int i) {
    var c = compiled[i];
    if (c == null) {
      c = model.compile(candidates.deployment(i));
      compiled[i] = c;
    }
    return c;
  }

  boolean withinBudget(int i) {
    return sizing.plan.Feasibility.withinBudget(model.goals(), monthlyUsd[i]);
  }

  boolean availableEnough(int i) {
    return sizing.plan.Feasibility.meetsAvailability(model.goals(), compiled(i).availability());
  }

  /** Whether plan {@code i} meets every goal at {@code users}: load goals, availability and budget. */
  boolean feasible(int i, double users) {
    return withinBudget(i) && availableEnough(i) && compiled(i).carries(users);
  }

  /**
   * The index of the cheapest plan that meets every goal at {@code users}, or -1: the plans in cost
   * order, stopping at the first over budget, exactly as {@link sizing.plan.Optimizer#cheapest}.
   */
  int cheapest(double users) {
    for (int i : byCost) {
      if (!withinBudget(i)) {
        return -1;
      }
      if (availableEnough(i) && compiled(i).carries(users)) {
        return i;
      }
    }
    return -1;
  }

  private static int[] sortedByCost(Candidates candidates, double[] usd) {
    Integer[] idx = new Integer[usd.length];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = i;
    }
    Arrays.sort(idx, Comparator.<Integer>comparingDouble(i -> usd[i]).thenComparing(i -> candidates.plan(i).name()));
    return Arrays.stream(idx).mapToInt(Integer::intValue).toArray();
  }
}
