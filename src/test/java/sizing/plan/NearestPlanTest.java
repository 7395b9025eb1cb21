package sizing.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import sizing.data.Workbook;
import sizing.model.Deployment;
import sizing.model.Plan;
import sizing.model.Target;

/**
 * When no plan meets every goal, the nearest is the one with the smallest shortfall (the sum over
 * the goals it misses of how far short, relative to the goal), not the one carrying the most users.
 *
 * <p>Reference, by hand from the guide's prices (data/prices/guide-catalog.csv): at 10 users and a
 * budget of $80 a month, pov ($84, carries 17) misses only the budget, by 4 / 80 = 0.05;
 * final-pov ($89) by 9 / 80 = 0.1125; budget-minimal ($90) by 0.125; pov-basic ($48) is within
 * budget but its fixed services alone fill more than 85% of its 4 GB; every larger plan misses the
 * budget by more than 100%.
 */
class NearestPlanTest {
  static final Workbook WB = Workbook.load();

  @Test
  void nearestPlanIsTheSmallestShortfallNotTheMostUsers() {
    var model = WB.model().withGoals(WB.model().goals().withBudget(80));
    var pricing = new Pricing(WB.catalog(), WB.terms().get("on-demand"), model);
    List<Plan> plans = WB.scenarios().values().stream().map(s -> s.plan()).toList();
    var rec = Optimizer.optimize(plans, pricing, 10, 5);
    assertThat(rec.recommended()).isEmpty();
    var nearest = rec.nearest().orElseThrow();
    assertThat(nearest.name()).isEqualTo("pov");
    assertThat(nearest.violations()).extracting(v -> v.goal()).containsExactly(Target.BUDGET);
    assertThat(nearest.shortfall()).isEqualTo(0.05, org.assertj.core.api.Assertions.within(1e-9));
    int most = plans.stream().mapToInt(p -> model.capacity(Deployment.of(p, WB.catalog()))).max().orElseThrow();
    assertThat(nearest.capacityUsers()).isLessThan(most);
  }

  @Test
  void nearestPlanHasNoLargerShortfallThanAnyPlanJudged() {
    var model = WB.model().withGoals(WB.model().goals().withBudget(100).withAvailability(99.95));
    var pricing = new Pricing(WB.catalog(), WB.terms().get("on-demand"), model);
    List<Plan> plans = WB.scenarios().values().stream().map(s -> s.plan()).toList();
    var rec = Optimizer.optimize(plans, pricing, 60, 5);
    var nearest = rec.nearest().orElseThrow();
    assertThat(Optimizer.judgeAll(plans, pricing, 60)).allSatisfy(r -> {
      assertThat(nearest.unboundedMisses()).isLessThanOrEqualTo(r.unboundedMisses());
      if (nearest.unboundedMisses() == r.unboundedMisses()) {
        assertThat(nearest.shortfall()).isLessThanOrEqualTo(r.shortfall());
      }
    });
  }

  @Test
  void whenEveryQueueOverflowsTheLeastOverloadedPlanIsNearestNotTheCheapest() {
    // at 1,000 users no guide deployment's backend queue drains (the largest carries 173), so every
    // p95 is unbounded; the finite shortfalls (backend CPU most of all) decide, and the cheapest,
    // most overloaded plan (pov-basic, $48) is the furthest, not the nearest
    var pricing = new Pricing(WB.catalog(), WB.terms().get("on-demand"), WB.model());
    List<Plan> plans = WB.scenarios().values().stream().map(s -> s.plan()).toList();
    var all = Optimizer.judgeAll(plans, pricing, 1000);
    assertThat(all).allSatisfy(r -> assertThat(r.unboundedMisses()).isEqualTo(1));
    var nearest = Optimizer.optimize(plans, pricing, 1000, 5).nearest().orElseThrow();
    assertThat(nearest.name()).isNotEqualTo("pov-basic");
    assertThat(nearest.deployment().backends()).isEqualTo(2);
    assertThat(all).allSatisfy(r -> assertThat(nearest.shortfall()).isLessThanOrEqualTo(r.shortfall()));
  }
}
