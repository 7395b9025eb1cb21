package sizing.plan;

import java.util.ArrayList;
import java.util.List;
import sizing.model.Deployment;
import sizing.model.Evaluation;
import sizing.model.PlanCost;
import sizing.model.Violation;

/**
 * One plan judged at a workload: its cost, its capacity, the evaluation at the asked number of
 * users, and every goal it misses there (load goals, availability, budget).
 */
public record PlanResult(
    PlanCost cost, Deployment deployment, int capacityUsers, Evaluation evaluation, List<Violation> violations) {

  public PlanResult {
    violations = List.copyOf(violations);
  }

  /**
   * How far the plan is from meeting every goal: the sum of {@link Violation#shortfall()} over the
   * goals it misses with a finite figure (each relative to its goal; availability relative to the
   * downtime the goal allows), 0 when it meets them all. A figure with no bound (a queue that never
   * drains) is counted by {@link #unboundedMisses()} instead, and its cause, the overloaded CPU, is
   * in the sum.
   */
  public double shortfall() {
    double sum = 0;
    for (var v : violations) {
      double s = v.shortfall();
      if (Double.isFinite(s)) {
        sum += s;
      }
    }
    return sum;
  }

  /** How many of the goals the plan misses have no finite figure (a p95 whose queue never drains). */
  public int unboundedMisses() {
    int n = 0;
    for (var v : violations) {
      if (!Double.isFinite(v.shortfall())) {
        n++;
      }
    }
    return n;
  }

  public boolean feasible() {
    return violations.isEmpty();
  }

  public String name() {
    return cost.plan().name();
  }

  public double monthlyUsd() {
    return cost.monthlyUsd();
  }

  /** Hosting plus LLM spend at the evaluated users, USD/month. */
  public double totalMonthlyUsd() {
    return cost.monthlyUsd() + evaluation.llmMonthlyUsd();
  }

  /** Hosting cost per user the plan can carry, USD/month (infinite when it carries none). */
  public double usdPerUser() {
    return capacityUsers == 0 ? Double.POSITIVE_INFINITY : cost.monthlyUsd() / capacityUsers;
  }

  static List<Violation> with(List<Violation> load, Violation... extra) {
    var all = new ArrayList<>(load);
    for (var v : extra) {
      if (v != null) {
        all.add(v);
      }
    }
    return all;
  }
}
