package sizing.plan;

import java.util.ArrayList;
import java.util.List;
import sizing.model.Deployment;
import sizing.model.Evaluation;
import sizing.model.PlanCost;
import sizing.model.Violation;
import sizing.table.Grid;

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
  public static Grid grid(List<PlanResult> results) {
    return Grid.of("plans",
        Grid.text("plan", results, PlanResult::name),
        Grid.text("family", results, r -> r.deployment().family().id()),
        Grid.numbers("monthly_usd", results, PlanResult::monthlyUsd),
        Grid.counts("capacity_users", results, PlanResult::capacityUsers),
        Grid.numbers("p95_seconds", results, r -> r.evaluation().p95Seconds()),
        Grid.numbers("availability_pct", results, r -> 100 * r.evaluation().availability()),
        Grid.text("bottleneck", results, r -> r.evaluation().bottleneckId()),
        Grid.numbers("llm_monthly_usd", results, r -> r.evaluation().llmMonthlyUsd()));
  }

  /** {@link #grid(List)} as a Tablesaw table. */
  public static tech.tablesaw.api.Table table(List<PlanResult> results) {
    return grid(results).toTable();
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
