package sizing.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import sizing.data.Workbook;
import sizing.model.Resource;
import sizing.model.WorkloadParameter;

/**
 * {@code CompiledDeployment.under(model)}, which the Monte Carlo uses to bind each plan to a sampled
 * workload, gives the same figures, bit for bit, as compiling the plan under that model afresh.
 */
class CompiledUnderTest {
  static final Workbook WB = Workbook.loadGuidePriced();
  static final Baseline BASE = Baseline.of(WB).withMaxBackends(2);

  @Test
  void rebindingToASampledWorkloadIsTheSameAsCompilingUnderIt() {
    var model = BASE.model();
    var params = MonteCarlo.uncertain(model.workload(), false);
    var c = BASE.candidates();
    var rng = new SplittableRandom(3);
    int checked = 0;
    for (int s = 0; s < 12; s++) {
      var values = new HashMap<WorkloadParameter, Double>();
      for (var p : params) {
        values.put(p.key(), p.low() + rng.nextDouble() * (p.high() - p.low()));
      }
      var m = model.withWorkload(model.workload().with(values));
      for (int i = 0; i < c.size(); i += 7) {
        var template = model.compile(c.deployment(i));
        var rebound = template.under(m);
        var fresh = m.compile(c.deployment(i));
        assertThat(rebound.model()).isSameAs(m);
        assertThat(rebound.responseTime()).isEqualTo(fresh.responseTime());
        assertThat(rebound.resources()).isEqualTo(fresh.resources());
        assertThat(rebound.configuration()).isEqualTo(fresh.configuration());
        for (double users : new double[] {1, 37.5, 400}) {
          for (Resource r : fresh.resources()) {
            assertThat(rebound.utilisation(r, users)).as("%s at %s users", r, users).isEqualTo(fresh.utilisation(r, users));
          }
          assertThat(rebound.connectionsInUse(users)).isEqualTo(fresh.connectionsInUse(users));
        }
        assertThat(rebound.capacity()).isEqualTo(fresh.capacity());
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(100);
  }
}
