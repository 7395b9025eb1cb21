package sizing.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import sizing.data.Workbook;

/**
 * The guide's three benchmark deployments land in the guide's own capacity ranges
 * (hosting-sizing-guide.md §Performance Benchmarks (Estimated): 15-20, 40-50 and 150-200
 * concurrent users), read from data/scenarios/guide-estimates.csv.
 */
class CalibrationTest {
  static final Workbook WB = Workbook.load();

  @Test
  void guideBenchmarkDeploymentsLandInTheGuidesRanges() {
    var checks = Calibration.check(WB.estimates(), WB.scenarios(), WB.catalog(), WB.model());
    assertThat(checks).extracting(Calibration.Check::scenario)
        .containsExactly("pov", "small-managed", "enterprise-managed");
    assertThat(checks).allSatisfy(c -> assertThat(c.holds())
        .as("%s: model %d users, guide %s", c.scenario(), c.capacityUsers(), c.estimate().range()).isTrue());
  }

  @Test
  void defaultBackendCpuLiesInsideTheCalibratedInterval() {
    var interval = Calibration.interval(WB.estimates(), WB.scenarios(), WB.catalog(), WB.model(), 1.0, 4.0, 0.05);
    assertThat(interval).hasSize(2);
    double chosen = WB.workload().value(sizing.model.WorkloadParameter.BACKEND_CPU);
    assertThat(chosen).isBetween(interval[0], interval[1]);
  }

  @Test
  void guideResponseTimesCannotBeReachedWithGpt4AndTheOutputSaysByHowMuch() {
    var d = sizing.model.Deployment.of(WB.scenarios().get("enterprise-managed").plan(), WB.catalog());
    var rows = GuideComparison.compare(WB.estimatesFor("enterprise-managed"), d, WB.model());
    var response = rows.stream().filter(r -> r.estimate().metric() == sizing.model.GuideEstimate.Metric.AVG_RESPONSE_SECONDS).findFirst().orElseThrow();
    assertThat(response.verdict()).isEqualTo("model is above the guide");
    assertThat(response.note()).startsWith("cannot be reached").contains("s over the guide's 0-1 s");
  }
}
