package sizing.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import sizing.model.Figures;
import sizing.model.MigrationPhase;
import sizing.model.Scenario;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A month-by-month path for users growing at a steady rate, beside the guide's migration path
 * (guide §Migration Path: data/scenarios/migration-path.csv).
 *
 * <ul>
 *   <li>users in month {@code m}: {@code U_m = ⌈U_1 (1 + g/100)^(m-1)⌉}, compound growth at
 *       {@code g}% a month, rounded up because a plan must carry every whole user (a value within
 *       {@code 1e-9} of a whole number counts as that number);
 *   <li>the plan: the cheapest that meets every goal in month 1 ({@link
 *       sizing.plan.Optimizer#cheapest}), kept while it still meets every goal, and replaced by the
 *       cheapest that meets them in the month it runs out ({@code migrates} is true that month), as
 *       a team that does not move without need would run it; "none" with NaN figures when no plan
 *       meets the goals;
 *   <li>{@code headroom_pct = 100 (capacity - U_m) / capacity}: the share of the plan's capacity
 *       still free;
 *   <li>the guide's columns: the phase that covers the month, its deployment, that deployment's
 *       monthly cost with the same prices and term as {@code monthly_usd} (on demand with the
 *       guide's catalog these are the guide's $84, $298 and $493), the model's capacity for it, and
 *       whether it meets every goal at {@code U_m}.
 * </ul>
 */
public final class Growth {
  public static final List<String> COLUMNS = List.of("month", "users", "plan", "family", "monthly_usd",
      "capacity_users", "headroom_pct", "migrates", "guide_phase", "guide_plan", "guide_monthly_usd",
      "guide_capacity_users", "guide_plan_enough");

  /** The most months a path may cover (50 years). */
  public static final int MAX_MONTHS = 600;

  private Growth() {}

  /** {@code U_m = ⌈U_1 (1 + g/100)^(m-1)⌉} (class comment). */
  public static double usersInMonth(double startUsers, double ratePct, int month) {
    double u = startUsers * Math.pow(1 + ratePct / 100, month - 1);
    return Math.ceil(u - 1e-9);
  }

  /**
   * The path from {@code startUsers} growing {@code ratePct}% a month for {@code months} months,
   * priced and judged as {@code base}; {@code phases} and {@code scenarios} give the guide's path.
   */
  public static Table path(Baseline base, double startUsers, double ratePct, int months,
      List<MigrationPhase> phases, Map<String, Scenario> scenarios) {
    if (!(startUsers > 0)) {
      throw new IllegalArgumentException("start users must be greater than zero, was " + Figures.plain(startUsers));
    }
    if (!(ratePct > -100) || Double.isInfinite(ratePct)) {
      throw new IllegalArgumentException("growth must be above -100% a month, was " + Figures.plain(ratePct));
    }
    if (months < 1 || months > MAX_MONTHS) {
      throw new IllegalArgumentException("months must be from 1 to " + MAX_MONTHS + ", was " + months);
    }
    var market = new Market(base.engine());
    var guidePlans = new ArrayList<sizing.model.Plan>();
    for (var ph : phases) {
      var s = scenarios.get(ph.scenario());
      if (s == null) {
        throw new IllegalArgumentException("phase '" + ph.name() + "' names no known scenario: " + ph.scenario());
      }
      if (!guidePlans.contains(s.plan())) {
        guidePlans.add(s.plan());
      }
    }
    var guide = new Market(Candidates.of(guidePlans, base.catalog()), base.model(), base.catalog(), base.term());

    var month = IntColumn.create("month");
    var users = DoubleColumn.create("users");
    var plan = StringColumn.create("plan");
    var family = StringColumn.create("family");
    var monthly = DoubleColumn.create("monthly_usd");
    var capacity = DoubleColumn.create("capacity_users");
    var headroom = DoubleColumn.create("headroom_pct");
    var migrates = BooleanColumn.create("migrates");
    var phase = StringColumn.create("guide_phase");
    var guidePlan = StringColumn.create("guide_plan");
    var guideMonthly = DoubleColumn.create("guide_monthly_usd");
    var guideCapacity = DoubleColumn.create("guide_capacity_users");
    var guideEnough = BooleanColumn.create("guide_plan_enough");

    int current = -1;
    for (int m = 1; m <= months; m++) {
      double u = usersInMonth(startUsers, ratePct, m);
      int previous = current;
      if (current < 0 || !market.feasible(current, u)) {
        current = market.cheapest(u);
      }
      month.append(m);
      users.append(u);
      if (current >= 0) {
        int cap = market.compiled(current).capacity();
        plan.append(market.candidates.plan(current).name());
        family.append(market.candidates.deployment(current).family().id());
        monthly.append(market.monthlyUsd[current]);
        capacity.append(cap);
        headroom.append(100.0 * (cap - u) / cap);
      } else {
        plan.append(Sweep.NONE);
        family.append("");
        monthly.append(Double.NaN);
        capacity.append(Double.NaN);
        headroom.append(Double.NaN);
      }
      migrates.append(m > 1 && current != previous);
      final int mm = m;
      var ph = phases.stream().filter(p -> p.covers(mm)).findFirst();
      if (ph.isPresent()) {
        int g = guide.candidates.indexOf(ph.get().scenario());
        phase.append(ph.get().name());
        guidePlan.append(ph.get().scenario());
        guideMonthly.append(guide.monthlyUsd[g]);
        guideCapacity.append(guide.compiled(g).capacity());
        guideEnough.append(guide.feasible(g, u));
      } else {
        phase.append("");
        guidePlan.append("");
        guideMonthly.append(Double.NaN);
        guideCapacity.append(Double.NaN);
        guideEnough.appendMissing();
      }
    }
    return Table.create("growth").addColumns(month, users, plan, family, monthly, capacity, headroom, migrates,
        phase, guidePlan, guideMonthly, guideCapacity, guideEnough);
  }
}
