package sizing.chart;

import sizing.model.WorkloadParameter;
import java.util.ArrayList;
import java.util.List;
import sizing.data.Workbook;
import sizing.model.CostModel;
import sizing.model.Deployment;
import sizing.model.Plan;
import sizing.plan.Optimizer;
import sizing.plan.PlanGenerator;
import sizing.sweep.Axis;
import sizing.sweep.Baseline;
import sizing.sweep.Progress;
import sizing.sweep.Sweep;
import sizing.plan.Pricing;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Tables shaped like the sweep's, built here from the workbook so the chart tests do not depend on
 * the sweep's tornado and growth code: a one-at-a-time sensitivity of small-managed's capacity and
 * a 24-month growth path; and a small sweep, run by the sweep itself. Built once per JVM; the
 * workbook's data decides every number.
 */
final class Fixtures {
  /** The guide's prices alone: a plan space brute force can check the engine against. */
  static final Workbook WORKBOOK = Workbook.loadGuidePriced();

  private static Table tornado;
  private static Table growth;
  private static Table sweep;

  private Fixtures() {}

  /** Capacity of the guide's small-managed deployment with each workload parameter at its low and its high value. */
  static synchronized Table tornado() {
    if (tornado == null) {
      var model = WORKBOOK.model();
      var d = Deployment.of(WORKBOOK.scenarios().get("small-managed").plan(), WORKBOOK.catalog());
      int base = model.capacity(d);
      var t = Table.create("sensitivity",
          StringColumn.create("parameter"), StringColumn.create("unit"), DoubleColumn.create("low_input"),
          DoubleColumn.create("high_input"), DoubleColumn.create("base_output"), DoubleColumn.create("output_low"),
          DoubleColumn.create("output_high"), StringColumn.create("output"));
      for (var p : model.workload().parameters().values()) {
        if (!p.isSet() || p.key() == WorkloadParameter.USERS || p.low() == p.high()) {
          continue;
        }
        var w = model.workload();
        int lo = model.withWorkload(w.with(p.key(), p.low())).capacity(d);
        int hi = model.withWorkload(w.with(p.key(), p.high())).capacity(d);
        t.stringColumn("parameter").append(p.name());
        t.stringColumn("unit").append(p.unit());
        t.doubleColumn("low_input").append(p.low());
        t.doubleColumn("high_input").append(p.high());
        t.doubleColumn("base_output").append(base);
        t.doubleColumn("output_low").append(lo);
        t.doubleColumn("output_high").append(hi);
        t.stringColumn("output").append("capacity_users");
      }
      tornado = t;
    }
    return tornado;
  }

  /**
   * 24 months of users growing 15% a month from 10; each month keeps its plan while it carries the
   * users with 20% headroom, else migrates to the cheapest plan that does. Beside it, the guide's
   * migration path: pov for months 1-3, small-managed for 4-6, enterprise-managed from 7.
   */
  static synchronized Table growth() {
    if (growth == null) {
      var model = WORKBOOK.model();
      var catalog = WORKBOOK.catalog();
      var term = WORKBOOK.terms().get("on-demand");
      List<Plan> plans = PlanGenerator.generate(catalog);
      var t = Table.create("growth",
          IntColumn.create("month"), DoubleColumn.create("users"), StringColumn.create("plan"),
          StringColumn.create("family"), DoubleColumn.create("monthly_usd"), DoubleColumn.create("capacity_users"),
          DoubleColumn.create("headroom_pct"), BooleanColumn.create("migrates"), StringColumn.create("guide_phase"),
          StringColumn.create("guide_plan"), DoubleColumn.create("guide_monthly_usd"),
          DoubleColumn.create("guide_capacity_users"), BooleanColumn.create("guide_plan_enough"));
      sizing.plan.PlanResult current = null;
      var phases = new ArrayList<String[]>();
      phases.add(new String[] {"Phase 1: Start Small", "pov"});
      phases.add(new String[] {"Phase 2: Production Ready", "small-managed"});
      phases.add(new String[] {"Phase 3: Scale Up", "enterprise-managed"});
      for (int m = 1; m <= 24; m++) {
        double users = Math.round(10 * Math.pow(1.15, m - 1));
        boolean migrates = false;
        if (current == null || current.capacityUsers() < 1.2 * users) {
          var next = Optimizer.cheapest(plans, new Pricing(catalog, term, model), Math.ceil(1.2 * users)).orElseThrow();
          migrates = current != null && !next.name().equals(current.name());
          current = next;
        }
        var phase = phases.get(m <= 3 ? 0 : m <= 6 ? 1 : 2);
        var guidePlan = WORKBOOK.scenarios().get(phase[1]).plan();
        int guideCapacity = model.capacity(Deployment.of(guidePlan, catalog));
        t.intColumn("month").append(m);
        t.doubleColumn("users").append(users);
        t.stringColumn("plan").append(current.name());
        t.stringColumn("family").append(current.deployment().family().id());
        t.doubleColumn("monthly_usd").append(current.monthlyUsd());
        t.doubleColumn("capacity_users").append(current.capacityUsers());
        t.doubleColumn("headroom_pct").append(100 * (current.capacityUsers() - users) / users);
        t.booleanColumn("migrates").append(migrates);
        t.stringColumn("guide_phase").append(phase[0]);
        t.stringColumn("guide_plan").append(phase[1]);
        t.doubleColumn("guide_monthly_usd").append(CostModel.price(guidePlan, catalog, term).monthlyUsd());
        t.doubleColumn("guide_capacity_users").append(guideCapacity);
        t.booleanColumn("guide_plan_enough").append(guideCapacity >= users);
      }
      growth = t;
    }
    return growth;
  }

  /**
   * A sweep as {@code jbang sweep --users 10..130:40 --llm gpt-4,gpt-4o-mini} writes it, over the
   * plans with at most two backends (enough for every family, and quick).
   */
  static synchronized Table sweep() {
    if (sweep == null) {
      var base = Baseline.of(WORKBOOK, WORKBOOK.model(), WORKBOOK.terms().get("on-demand"), 10)
          .withMaxBackends(2);
      var users = new Axis(Axis.USERS, List.of(10.0, 50.0, 90.0, 130.0));
      var llm = new Axis(Axis.LLM_MODEL, List.of("gpt-4", "gpt-4o-mini"));
      sweep = Sweep.run(base, List.of(users, llm), Sweep.Mode.PICK, Progress.NONE);
    }
    return sweep;
  }
}
