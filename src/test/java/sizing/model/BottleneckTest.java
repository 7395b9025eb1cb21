package sizing.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import sizing.data.Workbook;

/**
 * The bottleneck a plan reports is the constraint that binds at its capacity: it holds at the
 * capacity and fails at one user more (definition of capacity, {@link CompiledDeployment#capacity()}),
 * checked on every deployment the guide prices.
 */
class BottleneckTest {
  static final Workbook WB = Workbook.load();

  @Test
  void bottleneckIsTheConstraintMissedAtOneUserPastCapacity() {
    for (var s : WB.scenarios().values()) {
      var c = WB.model().compile(Deployment.of(s.plan(), WB.catalog()));
      int cap = c.capacity();
      var neck = c.bottleneck().orElseThrow();
      var past = c.evaluate(cap + 1);
      assertThat(past.violations()).as(s.name()).extracting(Violation::goal).contains(neck);
      if (cap > 0) {
        assertThat(c.evaluate(cap).violations()).as(s.name()).isEmpty();
      }
      assertThat(c.evaluate(1).bottleneck()).as(s.name() + " at any users").contains(neck);
    }
  }

  @Test
  void aCpuBoundPlanIsNotLabelledP95() {
    // enterprise-single at the workload's 50 users: p95 is nearer its goal (14.52 / 20 = 0.73) than
    // backend CPU (0.39 / 0.8 = 0.49), but at its capacity + 1 it is the CPU that runs out, not p95
    var c = WB.model().compile(Deployment.of(WB.scenarios().get("enterprise-single").plan(), WB.catalog()));
    var at50 = c.evaluate(50);
    assertThat(at50.p95Seconds() / 20).isGreaterThan(at50.utilisation().get(Resource.BACKEND_CPU) / 0.8);
    assertThat(at50.bottleneck()).contains(Resource.BACKEND_CPU);
    assertThat(c.evaluate(c.capacity() + 1).violations()).extracting(Violation::goal)
        .contains(Resource.BACKEND_CPU).doesNotContain(Target.P95);
  }
}
