package sizing.sweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import sizing.model.Parameter;
import sizing.model.SizingModel;
import sizing.model.WorkloadParameter;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * One-at-a-time sensitivity of the recommended plan: each uncertain workload parameter ({@link
 * MonteCarlo#uncertain}) is set to its {@code low} and then its {@code high} with every other
 * parameter at its value, and the plan's capacity and its total monthly cost (hosting plus LLM
 * spend at the base users) are recomputed. The plan is the one {@link sizing.plan.Optimizer#cheapest}
 * recommends at the base point; it stays fixed while the inputs move.
 *
 * <p>Table: {@code parameter, unit, low_input, high_input, base_output, output_low, output_high,
 * output}, where {@code output} names the figure ({@code capacity_users} or {@code
 * total_monthly_usd}); the rows of each output are sorted by swing {@code |output_high -
 * output_low|}, largest first (a tornado chart's order), capacity rows first. The table is named
 * after the plan, and is empty when no plan meets every goal at the base point.
 */
public final class Tornado {
  public static final List<String> COLUMNS = List.of("parameter", "unit", "low_input", "high_input", "base_output",
      "output_low", "output_high", "output");
  public static final String CAPACITY = "capacity_users";
  public static final String TOTAL_COST = "total_monthly_usd";

  private Tornado() {}

  private record Row(Parameter p, double base, double low, double high, String output) {
    double swing() {
      return Math.abs(high - low);
    }
  }

  /** The tornado of the plan recommended at {@code base}; users are fixed at {@code base.users()} when {@code usersFixed}. */
  public static Table run(Baseline base, boolean usersFixed) {
    var market = new Market(base.engine());
    int pick = market.cheapest(base.users());
    var rows = new ArrayList<Row>();
    String name = Sweep.NONE;
    if (pick >= 0) {
      name = market.candidates.plan(pick).name();
      var d = market.candidates.deployment(pick);
      double hosting = market.monthlyUsd[pick];
      var model = base.model();
      double baseCapacity = model.compile(d).capacity();
      double baseCost = hosting + model.llmMonthlyUsd(base.users());
      var costs = new ArrayList<Row>();
      for (var p : MonteCarlo.uncertain(model.workload(), usersFixed)) {
        var atLow = model.withWorkload(model.workload().with(p.key(), p.low()));
        var atHigh = model.withWorkload(model.workload().with(p.key(), p.high()));
        rows.add(new Row(p, baseCapacity, atLow.compile(d).capacity(), atHigh.compile(d).capacity(), CAPACITY));
        costs.add(new Row(p, baseCost, hosting + llm(atLow, p, p.low(), base.users()),
            hosting + llm(atHigh, p, p.high(), base.users()), TOTAL_COST));
      }
      var bySwing = Comparator.comparingDouble(Row::swing).reversed().thenComparing(r -> r.p().name());
      rows.sort(bySwing);
      costs.sort(bySwing);
      rows.addAll(costs);
    }
    var t = Table.create("tornado " + name);
    return t.addColumns(
        StringColumn.create("parameter", rows.stream().map(r -> r.p().name())),
        StringColumn.create("unit", rows.stream().map(r -> r.p().unit())),
        DoubleColumn.create("low_input", rows.stream().mapToDouble(r -> r.p().low())),
        DoubleColumn.create("high_input", rows.stream().mapToDouble(r -> r.p().high())),
        DoubleColumn.create("base_output", rows.stream().mapToDouble(Row::base)),
        DoubleColumn.create("output_low", rows.stream().mapToDouble(Row::low)),
        DoubleColumn.create("output_high", rows.stream().mapToDouble(Row::high)),
        StringColumn.create("output", rows.stream().map(Row::output)));
  }

  /** LLM spend with one parameter moved: at its own value when the parameter is the users. */
  private static double llm(SizingModel m, Parameter p, double v, double users) {
    return m.llmMonthlyUsd(p.key() == WorkloadParameter.USERS ? v : users);
  }
}
