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

  /** One row per judged plan: plan, family, monthly cost, capacity, p95, availability, bottleneck, LLM spend. */
  public static tech.tablesaw.api.Table table(List<PlanResult> results) {
    return tech.tablesaw.api.Table.create("plans").addColumns(
        tech.tablesaw.api.StringColumn.create("plan", results.stream().map(PlanResult::name)),
        tech.tablesaw.api.StringColumn.create("family", results.stream().map(r -> r.deployment().family().id())),
        tech.tablesaw.api.DoubleColumn.create("monthly_usd", results.stream().mapToDouble(PlanResult::monthlyUsd)),
        tech.tablesaw.api.IntColumn.create("capacity_users", results.stream().mapToInt(PlanResult::capacityUsers).toArray()),
        tech.tablesaw.api.DoubleColumn.create("p95_seconds", results.stream().mapToDouble(r -> r.evaluation().p95Seconds())),
        tech.tablesaw.api.DoubleColumn.create("availability_pct", results.stream().mapToDouble(r -> 100 * r.evaluation().availability())),
        tech.tablesaw.api.StringColumn.create("bottleneck", results.stream().map(r -> r.evaluation().bottleneck())),
        tech.tablesaw.api.DoubleColumn.create("llm_monthly_usd", results.stream().mapToDouble(r -> r.evaluation().llmMonthlyUsd())));
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
