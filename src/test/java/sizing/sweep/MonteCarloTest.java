package sizing.sweep;

import sizing.model.WorkloadParameter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.util.HashMap;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import sizing.data.Workbook;
import sizing.model.SizingModel;
import sizing.plan.PlanGenerator;
import sizing.table.Render;

/** Monte Carlo over the workload's ranges: reproducible, bounded by the ranges' corners. */
class MonteCarloTest {
  /** The guide's prices alone: a plan space brute force can check the engine against. */
  static final Workbook WB = Workbook.loadGuidePriced();
  static final Baseline BASE = Baseline.of(WB).withMaxBackends(2);
  static final double USERS = 30;
  /**
   * The corner tests drop the p95 goal: at the high corner two GPT-4 calls a request already take
   * longer than the default goal, so no plan could meet it there and the property would be vacuous.
   */
  static final Baseline NO_P95 = BASE.withModel(BASE.model().withGoals(BASE.model().goals().withP95(Double.NaN)));

  @Test
  void theSameSeedGivesTheSameTable() {
    var plans = Candidates.of(List.copyOf(WB.scenarios().values().stream().map(s -> s.plan()).toList()), WB.catalog());
    var a = MonteCarlo.run(BASE, plans, false, 400, 42, Progress.NONE);
    var b = MonteCarlo.run(BASE, plans, false, 400, 42, Progress.NONE);
    assertThat(Render.csv(a)).isEqualTo(Render.csv(b));
    assertThat(a.columnNames()).containsExactlyElementsOf(MonteCarlo.COLUMNS);
    assertThat(a.rowCount()).isEqualTo(plans.size());
  }

  @Test
  void eachRowCarriesItsOwnPlansPriceAndVerdictAndTheRowsRunCheapestFirst() {
    // Each plan priced on its own (Pricing, not the engine's sorted candidates), and an availability
    // goal that some plans miss whatever the load: their chance of meeting the goals must be 0.
    var scenarios = List.copyOf(WB.scenarios().values());
    var plans = Candidates.of(scenarios.stream().map(s -> s.plan()).toList(), WB.catalog());
    double goalPct = 99.85;
    var base = NO_P95.withModel(NO_P95.model().withGoals(NO_P95.model().goals().withAvailability(goalPct))).withUsers(10);
    var t = MonteCarlo.run(base, plans, true, 300, 5, Progress.NONE);
    int below = 0;
    double previous = Double.NEGATIVE_INFINITY;
    for (int r = 0; r < t.rowCount(); r++) {
      String name = t.stringColumn("plan").get(r);
      int i = plans.indexOf(name);
      double monthly = t.doubleColumn("monthly_usd").get(r);
      assertThat(monthly).as(name).isEqualTo(base.pricing().price(plans.plan(i)).monthlyUsd());
      assertThat(monthly).as("cheapest first at " + name).isGreaterThanOrEqualTo(previous);
      previous = monthly;
      if (100 * base.model().availability(plans.deployment(i)) < goalPct) {
        below++;
        assertThat(t.doubleColumn("p_meets_goals").get(r)).as(name + " misses the availability goal").isZero();
      }
    }
    assertThat(below).as("plans below the availability goal").isBetween(1, t.rowCount() - 1);
    assertThat(t.doubleColumn("p_meets_goals").max()).as("some plan meets the goals at 10 users").isPositive();
  }

  @Test
  void aPlanThatMeetsTheGoalsAtTheHighCornerMeetsThemInEverySample() {
    var worst = corner(true);
    var fixed = NO_P95.withUsers(USERS);
    var market = new Market(BASE.candidates(), worst, BASE.catalog(), BASE.term());
    int found = -1;
    for (int i : market.byCost) {
      if (market.feasible(i, USERS)) {
        found = i;
        break;
      }
    }
    assumeThat(found).as("a plan that carries %s users with every input at its high end", USERS).isNotNegative();
    var t = MonteCarlo.run(fixed, Candidates.of(List.of(BASE.candidates().plan(found)), WB.catalog()), true, 300, 7, Progress.NONE);
    assertThat(t.doubleColumn("p_meets_goals").get(0)).isEqualTo(1.0);
  }

  @Test
  void aPlanThatFailsAtTheLowCornerFailsInEverySample() {
    var best = corner(false);
    var fixed = NO_P95.withUsers(USERS);
    var market = new Market(BASE.candidates(), best, BASE.catalog(), BASE.term());
    int found = -1;
    for (int i : market.byCost) {
      if (!market.feasible(i, USERS) && market.availableEnough(i)) {
        found = i;
        break;
      }
    }
    assumeThat(found).as("a plan that fails at %s users with every input at its low end", USERS).isNotNegative();
    var t = MonteCarlo.run(fixed, Candidates.of(List.of(BASE.candidates().plan(found)), WB.catalog()), true, 300, 7, Progress.NONE);
    assertThat(t.doubleColumn("p_meets_goals").get(0)).isEqualTo(0.0);
  }

  @Test
  void costAndCapacityQuantilesAreOrdered() {
    var plans = Candidates.of(List.copyOf(WB.scenarios().values().stream().map(s -> s.plan()).toList()), WB.catalog());
    var t = MonteCarlo.run(BASE, plans, false, 500, 3, Progress.NONE);
    for (int r = 0; r < t.rowCount(); r++) {
      assertThat(t.doubleColumn("total_monthly_usd_p90").get(r)).isGreaterThanOrEqualTo(t.doubleColumn("total_monthly_usd_p50").get(r));
      assertThat(t.doubleColumn("total_monthly_usd_p50").get(r)).isGreaterThan(t.doubleColumn("monthly_usd").get(r));
      assertThat(t.doubleColumn("capacity_users_p50").get(r)).isGreaterThanOrEqualTo(t.doubleColumn("capacity_users_p10").get(r));
      assertThat(t.doubleColumn("p_meets_goals").get(r)).isBetween(0.0, 1.0);
    }
  }

  @Property(tries = 200)
  void triangularDrawsStayInTheRangeAndHitItsEndsAndMode(
      @ForAll @DoubleRange(min = 0, max = 100) double a, @ForAll @DoubleRange(min = 0, max = 100) double w1,
      @ForAll @DoubleRange(min = 0, max = 100) double w2, @ForAll @DoubleRange(min = 0, max = 1, maxIncluded = false) double u) {
    double c = a + w1;
    double b = c + w2;
    assertThat(MonteCarlo.triangular(a, c, b, u)).isBetween(a, b);
    assertThat(MonteCarlo.triangular(a, c, b, 0)).isEqualTo(a);
    if (b > a) {
      assertThat(MonteCarlo.triangular(a, c, b, (c - a) / (b - a))).isCloseTo(c, org.assertj.core.data.Offset.offset(1e-9 * (1 + b)));
    }
  }

  @Test
  void triangularDrawsHaveTheTriangularMean() {
    // Kotz and van Dorp, "Beyond Beta" (2004), ch. 1: the mean of Triangular(a, c, b) is (a + b + c) / 3,
    // the variance (a² + b² + c² - ab - ac - bc) / 18; the sample mean of n draws is within 5 standard errors.
    double a = 1.5;
    double c = 2.4;
    double b = 3;
    var rng = new SplittableRandom(11);
    int n = 100_000;
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += MonteCarlo.triangular(a, c, b, rng.nextDouble());
    }
    double sd = Math.sqrt((a * a + b * b + c * c - a * b - a * c - b * c) / 18);
    assertThat(sum / n).isCloseTo((a + b + c) / 3, org.assertj.core.data.Offset.offset(5 * sd / Math.sqrt(n)));
  }

  @Test
  void givenUsersAreNotSampled() {
    assertThat(MonteCarlo.uncertain(WB.workload(), true)).noneMatch(p -> p.key() == WorkloadParameter.USERS);
    assertThat(MonteCarlo.uncertain(WB.workload(), false))
        .allMatch(p -> p.low() < p.high())
        .anyMatch(p -> p.key() == WorkloadParameter.USERS);
  }

  /** The model with every uncertain input at its high end ({@code high}) or its low end. */
  static SizingModel corner(boolean high) {
    var values = new HashMap<WorkloadParameter, Double>();
    for (var p : MonteCarlo.uncertain(WB.workload(), true)) {
      values.put(p.key(), high ? p.high() : p.low());
    }
    return NO_P95.model().withWorkload(WB.workload().with(values));
  }
}
