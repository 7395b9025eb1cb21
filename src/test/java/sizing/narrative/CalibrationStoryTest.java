package sizing.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import sizing.calibrate.LoadTest;
import sizing.calibrate.LoadTestFit;
import sizing.data.DataDir;
import sizing.data.Workbook;
import sizing.model.Deployment;
import sizing.model.Usl;
import sizing.model.WorkloadParameter;

class CalibrationStoryTest {
  static final LoadTestFit CISCO = LoadTestFit.of(LoadTest.read(DataDir.locate().resolve("loadtests/cisco-usl.csv")));

  // Schwartz, Practical Scalability Analysis with the USL (VividCortex, 2015): the fitted model the
  // book lists for the Cisco benchmark (usl4j's ModelTest checks against the same values)
  static final Usl PUBLISHED = new Usl(0.02671591, 7.690945e-4, 995.6486);

  @Test
  void pointsTableHasOneRowPerLevelWithItsResidual() {
    var t = CalibrationStory.points(CISCO);
    assertThat(t.rowCount()).isEqualTo(CISCO.test().levels().size());
    assertThat(t.columnNames()).containsExactly("concurrency", "measured_req_per_s", "fitted_req_per_s", "residual_req_per_s",
        "residual_pct", "line");
    var p = CISCO.points().get(0);
    assertThat(t.doubleColumn("residual_req_per_s").get(0)).isCloseTo(p.residual(), org.assertj.core.data.Percentage.withPercentage(0.1));
    assertThat(t.doubleColumn("residual_pct").get(0)).isCloseTo(100 * p.residual() / p.measured(), org.assertj.core.data.Offset.offset(0.005));
  }

  @Test
  void comparisonWithThePublishedFitIsWithinUsl4jsTolerance() {
    var rows = CalibrationStory.compare(CISCO.usl(), PUBLISHED);
    // usl4j holds its own fit of the same data to within 0.02% of the book's coefficients
    assertThat(rows).extracting(CalibrationStory.Coefficient::name).containsExactly("sigma", "kappa", "lambda");
    assertThat(rows).allSatisfy(r -> assertThat(r.differencePct()).isLessThan(0.02));
    var text = CalibrationStory.compare(rows, "Schwartz's book");
    assertThat(text).contains("sigma 0.02671595 against 0.02671591", "kappa 0.0007690939 against 0.0007690945")
        .doesNotContain("E-");
  }

  @Test
  void fitProseGivesTheCoefficientsRSquaredPeakAndServiceDemand() {
    var text = CalibrationStory.fit(CISCO, 2, "plan pov");
    // Schwartz (2015): peak 12,341 queries/s at N = 35; 2 workers / 12,341 req/s = 0.162 ms a request
    assertThat(text).contains("σ = 0.02672", "κ = 0.0007691", "R² 0.9972", "12,342 requests per second", "at N = 35",
        "0.162 ms");
  }

  @Test
  void capacitiesCompareTheGuidesBenchmarkDeploymentsUnderBothWorkloadsAndSayWhatEachIsCalibratedTo() {
    var wb = Workbook.load();
    var guide = wb.model();
    var loadTest = guide.withWorkload(CISCO.calibrate(wb.workload(), 2, 2, "plan pov", LocalDate.of(2015, 2, 20)));
    var rows = CalibrationStory.capacities(wb, wb.terms().get("on-demand"), guide, loadTest);
    assertThat(rows).extracting(CalibrationStory.PlanCapacity::scenario).containsExactly("pov", "small-managed", "enterprise-managed");
    for (var r : rows) {
      var d = Deployment.of(wb.scenarios().get(r.scenario()).plan(), wb.catalog());
      assertThat(r.guideUsers()).isEqualTo(guide.capacity(d));
      assertThat(r.loadTestUsers()).isEqualTo(loadTest.capacity(d));
      assertThat(r.monthlyUsd()).isPositive();
    }
    var text = CalibrationStory.capacities(rows, guide, loadTest);
    assertThat(text).contains(guide.workload().capacityBasis(), loadTest.workload().capacityBasis(), "/month")
        .doesNotContain("NaN");
    var changes = CalibrationStory.changes(wb.workload(), loadTest.workload());
    assertThat(changes.stringColumn("parameter").asList()).containsExactlyInAnyOrder(WorkloadParameter.BACKEND_CPU.id(),
        WorkloadParameter.USL_SIGMA.id(), WorkloadParameter.USL_KAPPA.id());
  }
}
