package sizing.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import sizing.data.Workbook;
import sizing.model.CompiledDeployment;
import sizing.model.Resource;
import sizing.model.SizingModel;
import sizing.model.WorkloadParameter;

/**
 * The Monte Carlo's two steps to a capacity, {@code CompiledDeployment.capacityBounds()} (cheap
 * tests only) and {@code capacityWithin(bounds)} (the exact search between them), against a brute
 * force that does not share their shortcuts: users counted up one at a time, each judged by every
 * utilisation and by the p95 found by inverting the response time's distribution ({@code
 * p95Seconds}, no goal bounds, no learned facts). Sampled workloads, two LLMs and three p95 goals,
 * so that the p95 goal binds for some plans and the CPU for others.
 */
class CapacityBoundsTest {
  static final Workbook WB = Workbook.loadGuidePriced();
  static final Baseline BASE = Baseline.of(WB).withMaxBackends(2);

  /**
   * The capacity by brute force: the last whole number of users before the first that misses a
   * goal, the utilisations' own limit taken from {@code capacity(resources, false)}.
   */
  static int bruteForce(CompiledDeployment d, double goalSeconds) {
    int utilisations = d.capacity(EnumSet.allOf(Resource.class), false);
    for (int n = 1; n <= SizingModel.MAX_USERS; n++) {
      if (n > utilisations || d.p95Seconds(n) > goalSeconds) {
        return n - 1;
      }
    }
    return SizingModel.MAX_USERS;
  }

  @Test
  void boundsHoldTheCapacityAndTheSearchBetweenThemFindsIt() {
    var params = MonteCarlo.uncertain(BASE.model().workload(), false);
    var c = BASE.candidates();
    var rng = new SplittableRandom(11);
    int checked = 0;
    int straddled = 0;
    int p95Bound = 0;
    for (String llm : new String[] {"gpt-4", "gpt-4o-mini"}) {
      for (double goal : new double[] {12, 30, 45}) {
        var model = BASE.model().withLlm(WB.llmModels().get(llm)).withGoals(BASE.model().goals().withP95(goal));
        for (int s = 0; s < 8; s++) {
          var values = new HashMap<WorkloadParameter, Double>();
          for (var p : params) {
            values.put(p.key(), p.low() + rng.nextDouble() * (p.high() - p.low()));
          }
          var m = model.withWorkload(model.workload().with(values));
          for (int i = s; i < c.size(); i += 5) {
            var template = model.compile(c.deployment(i));
            long bounds = template.under(m).capacityBounds();
            int lo = (int) (bounds >>> 32);
            int hi = (int) bounds;
            var fresh = m.compile(c.deployment(i));
            int exact = bruteForce(fresh, goal);
            assertThat(lo).as("%s lower bound", c.plan(i).name()).isLessThanOrEqualTo(exact);
            assertThat(hi).as("%s upper bound", c.plan(i).name()).isGreaterThanOrEqualTo(exact);
            assertThat(template.under(m).capacityWithin(bounds)).as("%s within [%d, %d]", c.plan(i).name(), lo, hi)
                .isEqualTo(exact);
            assertThat(fresh.capacity()).isEqualTo(exact);
            straddled += lo < hi ? 1 : 0;
            p95Bound += exact < fresh.capacity(EnumSet.allOf(Resource.class), false) ? 1 : 0;
            checked++;
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(100);
    assertThat(straddled).as("plans whose bounds leave the search some work").isGreaterThan(20);
    assertThat(p95Bound).as("plans the p95 goal binds").isGreaterThan(10);
  }
}
