package sizing.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import sizing.data.MigrationPathLoader;
import sizing.data.Workbook;
import sizing.plan.Optimizer;
import sizing.plan.PlanGenerator;
import tech.tablesaw.api.Table;

/** A growth path: users compound, a plan is kept until it runs out, the guide's phases beside it. */
class GrowthTest {
  /** The guide's prices alone: a plan space brute force can check the engine against. */
  static final Workbook WB = Workbook.loadGuidePriced();
  static final Baseline BASE = Baseline.of(WB).withMaxBackends(3);
  /** Every plan the engine chooses among, for brute force. */
  static final java.util.List<sizing.model.Plan> ALL = PlanGenerator.generate(WB.catalog(), 3);
  static final List<sizing.model.MigrationPhase> PHASES =
      MigrationPathLoader.read(MigrationPathLoader.file(WB.dataDir()), WB.scenarios());
  // The brief's example path: 15 users growing 20% a month for 24 months.
  static final Table PATH = Growth.path(BASE, 15, 20, 24, PHASES, WB.scenarios());

  @Test
  void usersCompoundMonthByMonthRoundedUpToWholeUsers() {
    assertThat(PATH.columnNames()).containsExactlyElementsOf(Growth.COLUMNS);
    assertThat(PATH.rowCount()).isEqualTo(24);
    for (int r = 0; r < PATH.rowCount(); r++) {
      double exact = 15 * Math.pow(1.2, r);
      double users = PATH.doubleColumn("users").get(r);
      assertThat(users).isEqualTo(Math.rint(users)).isGreaterThanOrEqualTo(exact - 1e-9).isLessThan(exact + 1);
    }
  }

  @Test
  void theFirstMonthsPlanIsTheOptimizersAndEveryPlanCarriesItsMonthsUsers() {
    var first = Optimizer.cheapest(ALL, BASE.pricing(), 15).orElseThrow();
    assertThat(PATH.stringColumn("plan").get(0)).isEqualTo(first.name());
    for (int r = 0; r < PATH.rowCount(); r++) {
      if (!PATH.stringColumn("plan").get(r).equals(Sweep.NONE)) {
        assertThat(PATH.doubleColumn("capacity_users").get(r)).isGreaterThanOrEqualTo(PATH.doubleColumn("users").get(r));
        assertThat(PATH.doubleColumn("headroom_pct").get(r)).isBetween(0.0, 100.0);
      }
    }
  }

  @Test
  void aPlanIsKeptUntilItRunsOutAndThenReplaced() {
    assertThat(PATH.booleanColumn("migrates").get(0)).isFalse();
    for (int r = 1; r < PATH.rowCount(); r++) {
      var before = PATH.stringColumn("plan").get(r - 1);
      boolean changed = !before.equals(PATH.stringColumn("plan").get(r));
      assertThat(PATH.booleanColumn("migrates").get(r)).isEqualTo(changed);
      if (changed && !before.equals(Sweep.NONE)) {
        assertThat(PATH.doubleColumn("capacity_users").get(r - 1)).as("month %d", r + 1)
            .isLessThan(PATH.doubleColumn("users").get(r));
      }
    }
  }

  @Test
  void theGuidesPhasesAreItsMigrationPath() {
    // guide §Migration Path: Phase 1 months 1-3 POV 8 GB droplet ($84/month), Phase 2 months 4-6
    // 16 GB droplet + managed DB ($298/month), Phase 3 month 7+ 2x16 GB + LB + managed DB ($493/month).
    for (int r = 0; r < PATH.rowCount(); r++) {
      int month = PATH.intColumn("month").get(r);
      var plan = month <= 3 ? "pov" : month <= 6 ? "small-managed" : "enterprise-managed";
      double usd = month <= 3 ? 84 : month <= 6 ? 298 : 493;
      assertThat(PATH.stringColumn("guide_plan").get(r)).isEqualTo(plan);
      assertThat(PATH.doubleColumn("guide_monthly_usd").get(r)).isEqualTo(usd);
      assertThat(PATH.stringColumn("guide_phase").get(r)).startsWith("Phase " + (month <= 3 ? 1 : month <= 6 ? 2 : 3));
    }
  }

  @Test
  void theGuidesPlanIsEnoughExactlyWhenItsCapacityCoversTheUsers() {
    for (int r = 0; r < PATH.rowCount(); r++) {
      var s = WB.scenarios().get(PATH.stringColumn("guide_plan").get(r));
      var judged = Optimizer.judge(s.plan(), BASE.pricing(), PATH.doubleColumn("users").get(r));
      assertThat(PATH.doubleColumn("guide_capacity_users").get(r)).isEqualTo(judged.capacityUsers());
      assertThat(PATH.booleanColumn("guide_plan_enough").get(r)).isEqualTo(judged.feasible());
    }
  }
}
