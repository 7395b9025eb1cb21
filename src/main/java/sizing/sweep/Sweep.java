package sizing.sweep;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import sizing.model.Catalog;
import sizing.model.CommitmentTerm;
import sizing.model.Constraint;
import sizing.model.WorkloadParameter;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Parameter sweeps: every combination of the values of some {@link Axis axes} (workload, goal,
 * price and LLM parameters), judged by the sizing model, as one Tablesaw table.
 *
 * <p>The table has one column per varied parameter, named as the parameter ({@code term}, when
 * varied, is the {@code term} result column rather than a second one), then {@link
 * #RESULT_COLUMNS}. In {@link Mode#PICK} each combination is one row holding the plan {@link
 * sizing.plan.Optimizer#cheapest} would recommend there ({@code plan} "none" and NaN figures when no
 * plan meets every goal); in {@link Mode#ALL} each combination has one row per candidate plan,
 * cheapest first, and {@code feasible} says whether it meets every goal.
 *
 * <p>Combinations are visited with users innermost: everything but the users is fixed while the
 * users run through their values, so each plan is priced and compiled once per combination of the
 * other parameters ({@link Market}), and its capacity, computed once, judges every number of users
 * (the load goals hold up to the capacity and nowhere above it).
 */
public final class Sweep {
  /** One row per combination (the optimizer's pick), or one per combination and plan. */
  public enum Mode {
    PICK,
    ALL;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The columns after the parameter columns, in order. */
  public static final List<String> RESULT_COLUMNS = List.of("plan", "family", "term", "monthly_usd", "capacity_users",
      "feasible", "p95_seconds", "availability_pct", "bottleneck", "llm_monthly_usd", "total_monthly_usd");

  /** The plan name of a pick-mode row where no plan meets every goal. */
  public static final String NONE = "none";

  private Sweep() {}

  /** The sweep over {@code axes} from {@code base}, in {@code mode}; {@code progress} is told after each combination. */
  public static Table run(Baseline base, List<Axis> axes, Mode mode, Progress progress) {
    var seen = new HashSet<String>();
    Axis usersAxis = null;
    var others = new ArrayList<Axis>();
    for (var a : axes) {
      if (!seen.add(a.name())) {
        throw new IllegalArgumentException(a.name() + ": given twice");
      }
      if (a.name().equals(Axis.USERS)) {
        usersAxis = a;
      } else {
        others.add(a);
      }
    }
    var users = usersAxis == null ? List.<Object>of(base.users()) : usersAxis.values();

    var table = Table.create("sweep");
    var paramColumns = new LinkedHashMap<String, Column<?>>();
    for (var a : axes) {
      if (!a.name().equals(Axis.TERM)) {
        var col = a.numeric() ? DoubleColumn.create(a.name()) : StringColumn.create(a.name());
        paramColumns.put(a.name(), col);
        table.addColumns(col);
      }
    }
    var out = new Results(table);

    long total = users.size();
    for (var a : others) {
      total *= a.size();
    }
    long done = 0;
    progress.update(0, total);
    int[] odometer = new int[others.size()];
    var values = new LinkedHashMap<String, Object>();
    do {
      values.clear();
      for (int k = 0; k < others.size(); k++) {
        values.put(others.get(k).name(), others.get(k).values().get(odometer[k]));
      }
      var market = market(base, values);
      for (var u : users) {
        double n = (Double) u;
        values.put(Axis.USERS, n);
        int rowsBefore = out.plan.size();
        if (mode == Mode.PICK) {
          out.pick(market, market.cheapest(n), n);
        } else {
          double llm = market.model.llmMonthlyUsd(n);
          for (int i : market.byCost) {
            out.judged(market, i, n, llm);
          }
        }
        int rows = out.plan.size() - rowsBefore;
        paramColumns.forEach((name, col) -> fill(col, values.get(name), rows));
        progress.update(++done, total);
      }
    } while (advance(odometer, others));
    return table;
  }

  /** The engine for the model, prices and term of one combination (the baseline's own when nothing changes). */
  static Market market(Baseline base, Map<String, Object> values) {
    var model = base.model();
    var goals = model.goals();
    var workloadValues = new LinkedHashMap<WorkloadParameter, Double>();
    CommitmentTerm term = base.term();
    double multiplier = 1;
    var workload = model.workload().parameters();
    for (var e : values.entrySet()) {
      if (e.getKey().equals(Axis.USERS)) {
        continue;
      }
      switch (e.getKey()) {
        case Axis.LLM_MODEL -> model = model.withLlm(base.llmModels().get((String) e.getValue()));
        case Axis.TERM -> term = base.terms().get((String) e.getValue());
        case Axis.PRICE_MULTIPLIER -> multiplier = (Double) e.getValue();
        case Axis.P95_GOAL, Axis.AVAILABILITY_GOAL, Axis.BUDGET_GOAL ->
            goals = Axis.goalsWith(goals, e.getKey(), (Double) e.getValue());
        default -> {
          var key = WorkloadParameter.ofId(e.getKey());
          if (!workload.containsKey(key)) {
            throw new IllegalArgumentException("unknown parameter '" + e.getKey() + "'");
          }
          workloadValues.put(key, (Double) e.getValue());
        }
      }
    }
    if (!workloadValues.isEmpty()) {
      model = model.withWorkload(model.workload().with(workloadValues));
    }
    model = model.withGoals(goals);
    Catalog catalog = multiplier == 1 ? base.catalog() : base.catalog().withPricesTimes(multiplier);
    return new Market(base.engine(catalog, term, model));
  }

  private static boolean advance(int[] odometer, List<Axis> axes) {
    for (int k = odometer.length - 1; k >= 0; k--) {
      if (++odometer[k] < axes.get(k).size()) {
        return true;
      }
      odometer[k] = 0;
    }
    return false;
  }

  private static void fill(Column<?> col, Object value, int rows) {
    for (int r = 0; r < rows; r++) {
      if (col instanceof DoubleColumn d) {
        d.append((Double) value);
      } else {
        ((StringColumn) col).append((String) value);
      }
    }
  }

  /** The result columns of a sweep table, appended to row by row. */
  static final class Results {
    final StringColumn plan = StringColumn.create("plan");
    final StringColumn family = StringColumn.create("family");
    final StringColumn term = StringColumn.create("term");
    final DoubleColumn monthly = DoubleColumn.create("monthly_usd");
    final DoubleColumn capacity = DoubleColumn.create("capacity_users");
    final BooleanColumn feasible = BooleanColumn.create("feasible");
    final DoubleColumn p95 = DoubleColumn.create("p95_seconds");
    final DoubleColumn availability = DoubleColumn.create("availability_pct");
    final StringColumn bottleneck = StringColumn.create("bottleneck");
    final DoubleColumn llm = DoubleColumn.create("llm_monthly_usd");
    final DoubleColumn total = DoubleColumn.create("total_monthly_usd");

    Results(Table table) {
      table.addColumns(plan, family, term, monthly, capacity, feasible, p95, availability, bottleneck, llm, total);
    }

    /** The optimizer's pick {@code i} at {@code users}, or the "none" row when {@code i < 0}. */
    void pick(Market m, int i, double users) {
      if (i < 0) {
        plan.append(NONE);
        family.append("");
        term.append(m.term.name());
        monthly.append(Double.NaN);
        capacity.append(Double.NaN);
        feasible.append(false);
        p95.append(Double.NaN);
        availability.append(Double.NaN);
        bottleneck.append("");
        llm.append(Double.NaN);
        total.append(Double.NaN);
        return;
      }
      var c = m.compiled(i);
      var e = c.evaluate(users);
      row(m, i, c.capacity(), true, e.p95Seconds(), e.availability(), e.bottleneckId(), e.llmMonthlyUsd());
    }

    /** Plan {@code i} at {@code users}, whether or not it meets the goals. */
    void judged(Market m, int i, double users, double llmUsd) {
      var c = m.compiled(i);
      row(m, i, c.capacity(), m.feasible(i, users), c.p95Seconds(users), c.availability(), c.bottleneck().map(Constraint::id).orElse(""), llmUsd);
    }

    private void row(Market m, int i, int cap, boolean ok, double p95s, double avail, String neck, double llmUsd) {
      plan.append(m.candidates.plan(i).name());
      family.append(m.candidates.deployment(i).family().id());
      term.append(m.term.name());
      monthly.append(m.monthlyUsd[i]);
      capacity.append(cap);
      feasible.append(ok);
      p95.append(p95s);
      availability.append(100 * avail);
      bottleneck.append(neck);
      llm.append(llmUsd);
      total.append(m.monthlyUsd[i] + llmUsd);
    }
  }

}
