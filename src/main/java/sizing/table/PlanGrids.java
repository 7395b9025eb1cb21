package sizing.table;

import java.util.List;
import java.util.Map;
import sizing.model.LineCost;
import sizing.model.PlanCost;
import sizing.plan.PlanResult;

/**
 * Priced and judged plans as grids, with the unit of every figure in its column name: what
 * {@code jbang size} prints and the notebooks show. The model and the optimizer return records;
 * this is where they become rows.
 */
public final class PlanGrids {
  private PlanGrids() {}

  /**
   * One row per plan: plan, title, term, monthly, first-month and yearly cost in USD, and the
   * guide's own monthly figure where {@code guideMonthlyUsd} has one (NaN otherwise).
   */
  public static Grid costs(List<PlanCost> costs, Map<String, Double> guideMonthlyUsd) {
    return Grid.of("plan costs",
        Grid.text("plan", costs, c -> c.plan().name()),
        Grid.text("title", costs, c -> c.plan().title()),
        Grid.text("term", costs, c -> c.term().name()),
        Grid.numbers("monthly_usd", costs, PlanCost::monthlyUsd),
        Grid.numbers("first_month_usd", costs, PlanCost::firstMonthUsd),
        Grid.numbers("yearly_usd", costs, PlanCost::yearlyUsd),
        Grid.numbers("guide_monthly_usd", costs, c -> guideMonthlyUsd.getOrDefault(c.plan().name(), Double.NaN)));
  }

  /** One row per line of {@code cost}: item, category, role, quantity, unit, unit and line prices in USD. */
  public static Grid items(PlanCost cost) {
    var lines = cost.lines();
    return Grid.of(cost.plan().name() + " (" + cost.term().name() + ")",
        Grid.text("item", lines, l -> l.item().id()),
        Grid.text("category", lines, l -> l.item().category().id()),
        Grid.text("role", lines, l -> l.line().role().id()),
        Grid.numbers("quantity", lines, LineCost::quantity),
        Grid.text("unit", lines, l -> l.item().unit()),
        Grid.numbers("unit_monthly_usd", lines, LineCost::unitMonthlyUsd),
        Grid.numbers("discount_pct", lines, LineCost::discountPct),
        Grid.numbers("monthly_usd", lines, LineCost::monthlyUsd),
        Grid.numbers("first_month_usd", lines, LineCost::firstMonthUsd));
  }

  /** One row per judged plan: plan, family, monthly cost, capacity, p95, availability, bottleneck, LLM spend. */
  public static Grid results(List<PlanResult> results) {
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
}
