package sizing.sweep;

import sizing.model.Catalog;
import sizing.model.CommitmentTerm;
import sizing.model.CompiledDeployment;
import sizing.model.SizingModel;
import sizing.plan.DecisionEngine;

/**
 * A {@link DecisionEngine}'s candidates by index: the state a sweep keeps while only the number of
 * users changes. Plans are in the engine's one order ({@link DecisionEngine#order}: cost, then most
 * capacity, then name), so the first that meets the goals is the engine's answer; each is priced
 * and compiled once, by the engine.
 */
final class Market {
  final Candidates candidates;
  final SizingModel model;
  final CommitmentTerm term;
  final double[] monthlyUsd;
  /** Candidate indices in the engine's order ({@link DecisionEngine#order}). */
  final int[] byCost;
  private final DecisionEngine engine;

  /** The engine's candidates, which it keeps cheapest first. */
  Market(DecisionEngine engine) {
    this.engine = engine;
    candidates = Candidates.of(engine);
    model = engine.model();
    term = engine.term();
    monthlyUsd = engine.candidates().stream().mapToDouble(DecisionEngine.Candidate::monthlyUsd).toArray();
    byCost = java.util.stream.IntStream.range(0, monthlyUsd.length).toArray();
  }

  /** Exactly {@code plans}, priced under {@code term} with {@code catalog} and judged by {@code model}. */
  Market(Candidates plans, SizingModel model, Catalog catalog, CommitmentTerm term) {
    this(DecisionEngine.over(plans.plans(), catalog, term, model));
  }

  CompiledDeployment compiled(int i) {
    return engine.candidates().get(i).compiled();
  }

  boolean withinBudget(int i) {
    return engine.withinBudget(engine.candidates().get(i));
  }

  boolean availableEnough(int i) {
    return engine.availableEnough(engine.candidates().get(i));
  }

  /** Whether plan {@code i} meets every goal at {@code users}: load goals, availability and budget. */
  boolean feasible(int i, double users) {
    return withinBudget(i) && availableEnough(i) && compiled(i).carries(users);
  }

  /**
   * The index of the cheapest plan that meets every goal at {@code users}, or -1: for whole users
   * the engine's search on its frontier; otherwise the first plan in the engine's order (cost, then
   * most capacity, then name) that meets them, stopping at the first over budget.
   */
  int cheapest(double users) {
    if (users == Math.rint(users) && users <= Integer.MAX_VALUE) {
      return engine.cheapestIndex((int) users);
    }
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
}
