package sizing.calibrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Percentage.withPercentage;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sizing.TestFiles;
import sizing.data.DataException;
import sizing.data.Workbook;
import sizing.model.Workload;
import sizing.model.WorkloadParameter;

class LoadTestFitTest {
  static final LoadTestFit CISCO = LoadTestFit.of(LoadTest.read(LoadTestTest.CISCO));

  @TempDir Path dir;

  Path write(String... lines) throws IOException {
    return TestFiles.write(dir.resolve("t.csv"), lines);
  }

  @Test
  void ciscoFitHasSchwartzsCoefficients() {
    // Schwartz (2015), fitted by nonlinear least squares: λ = 995.6486, σ = 0.02671591, κ = 7.690945e-4
    assertThat(CISCO.usl().sigma()).isCloseTo(0.02671591, withPercentage(0.001));
    assertThat(CISCO.usl().kappa()).isCloseTo(7.690945e-4, withPercentage(0.001));
    assertThat(CISCO.usl().lambda()).isCloseTo(995.6486, withPercentage(0.001));
  }

  @Test
  void rSquaredIsOneLessResidualOverTotalSumOfSquares() {
    var points = CISCO.points();
    double mean = points.stream().mapToDouble(LoadTestFit.Point::measured).average().orElseThrow();
    double sse = points.stream().mapToDouble(p -> p.residual() * p.residual()).sum();
    double sst = points.stream().mapToDouble(p -> (p.measured() - mean) * (p.measured() - mean)).sum();
    assertThat(CISCO.rSquared()).isCloseTo(1 - sse / sst, withPercentage(1e-12)).isGreaterThan(0.99);
  }

  @Test
  void serviceDemandIsWorkersOverThePeak() {
    // Schwartz (2015): peak ≈ 12,341 queries/s; 2 workers hold a query 2 / 12,341 s
    assertThat(CISCO.peakThroughput()).isCloseTo(12341, withPercentage(0.01));
    assertThat(CISCO.serviceSeconds(2)).isCloseTo(2 / 12341.0, withPercentage(0.01));
  }

  @Test
  void calibratedModelServesTheTestedPlanAtTheMeasuredDemand() {
    // On the tested plan (pov: one host, 2 workers) the model's service time D1 / eff(2) is the
    // measured D = 2 / X_max again (to the 4 significant figures D1 is written with), plus the pov's
    // in-process vector searches (2 x 0.05 s, data/workloads/guide.csv).
    var wb = Workbook.load();
    var calibrated = CISCO.calibrate(wb.workload(), 2, 2, "plan pov", LocalDate.of(2015, 2, 20));
    var model = wb.model().withWorkload(calibrated);
    var pov = sizing.model.Deployment.of(wb.scenarios().get("pov").plan(), wb.catalog());
    assertThat(model.workers(pov)).isEqualTo(2);
    assertThat(model.backendServiceSeconds(pov)).isCloseTo(CISCO.serviceSeconds(2) + 0.1,
        org.assertj.core.data.Percentage.withPercentage(0.01));
  }

  @Test
  void calibratedWorkloadChangesOnlyTheServiceDemandAndContentionAndNamesTheTest() {
    var base = Workbook.load().workload();
    var calibrated = CISCO.calibrate(base, 2, 2, "plan pov", LocalDate.of(2015, 2, 20));
    var p = calibrated.parameter(WorkloadParameter.BACKEND_CPU);
    // D1 = D eff(2), eff(2) = 1 / (1 + sigma): the model stretches it back by 1 / eff(2) on a 2-worker host.
    double eff = 1 / (1 + CISCO.usl().sigma() + 2 * CISCO.usl().kappa());
    assertThat(p.value()).isEqualTo(LoadTestFit.round4(CISCO.serviceSeconds(2) * eff));
    assertThat(p.low()).isEqualTo(p.value());
    assertThat(p.high()).isEqualTo(LoadTestFit.round4(2 / CISCO.measuredPeak() * eff));
    assertThat(calibrated.value(WorkloadParameter.USL_SIGMA)).isEqualTo(CISCO.usl().sigma());
    assertThat(calibrated.value(WorkloadParameter.USL_KAPPA)).isEqualTo(CISCO.usl().kappa());
    assertThat(p.provenance().source()).contains(LoadTestFit.named(LoadTestTest.CISCO), "R^2");
    assertThat(p.provenance().asOf()).isEqualTo(LocalDate.of(2015, 2, 20));
    for (var name : base.parameters().keySet()) {
      if (!name.equals(WorkloadParameter.BACKEND_CPU) && !name.equals(WorkloadParameter.USL_SIGMA) && !name.equals(WorkloadParameter.USL_KAPPA)) {
        assertThat(calibrated.parameter(name)).isEqualTo(base.parameter(name));
      }
    }
  }

  @Test
  void locustExampleFitsTheServiceDemandOfItsTwoWorkers() {
    var fit = LoadTestFit.of(LoadTest.read(LoadTestTest.LOCUST));
    // the example was drawn around a USL of peak ≈ 0.93 req/s on 2 workers, i.e. about 2.15 s a request
    assertThat(fit.rSquared()).isGreaterThan(0.99);
    assertThat(fit.serviceSeconds(2)).isCloseTo(2.15, withPercentage(2));
  }

  @Test
  void linearThroughputMeansTheTestNeverSaturated() throws IOException {
    var f = write("concurrency,throughput_per_s", "1,10", "2,20", "4,40", "8,80", "16,160");
    assertThatThrownBy(() -> LoadTestFit.of(LoadTest.read(f)))
        .isInstanceOf(DataException.class)
        .hasMessageStartingWith(f + ": throughput grows in proportion to concurrency over the whole test");
  }

  @Test
  void scatteredLevelsDoNotConverge() throws IOException {
    var f = write("concurrency,throughput_per_s", "1,10", "2,30", "4,5", "8,50", "16,2");
    assertThatThrownBy(() -> LoadTestFit.of(LoadTest.read(f)))
        .isInstanceOf(DataException.class)
        .hasMessageStartingWith(f + ": the USL fit does not converge to the measurements");
  }

  @Test
  void aLoadTestGivenByAnAbsolutePathIsNamedWithoutThisMachinesFolders() {
    var inside = java.nio.file.Path.of("data/loadtests/cisco-usl.csv").toAbsolutePath();
    assertThat(LoadTestFit.named(inside)).isEqualTo("data/loadtests/cisco-usl.csv".replace('/', java.io.File.separatorChar));
    assertThat(LoadTestFit.named(java.nio.file.Path.of("/tmp/elsewhere/run_stats_history.csv"))).isEqualTo("run_stats_history.csv");
    assertThat(LoadTestFit.named(java.nio.file.Path.of("data/loadtests/cisco-usl.csv"))).isEqualTo("data/loadtests/cisco-usl.csv");
    var fitted = LoadTestFit.of(LoadTest.read(inside)).calibrate(Workbook.load().workload(), 2, 2, "plan pov", LocalDate.of(2015, 2, 20));
    assertThat(fitted.parameter(sizing.model.WorkloadParameter.BACKEND_CPU).provenance().source())
        .contains("data/loadtests/cisco-usl.csv").doesNotContain(inside.getParent().getParent().toString());
  }
}
