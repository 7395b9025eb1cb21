package sizing.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sizing.data.DataDir;
import sizing.data.DataException;
import sizing.data.ModelLoader;
import sizing.model.Workload;
import sizing.model.WorkloadParameter;

class CalibrateJobTest {
  static final Path LOCUST = DataDir.locate().resolve("loadtests/locust-example_stats_history.csv");

  @TempDir Path dir;

  static CalibrateJob.Request request(Path file, Path out) {
    return new CalibrateJob.Request(file, out, null, null, null, null, OutputFormat.table);
  }

  @Test
  void withoutOutTheWorkloadGoesToStandardOutputWithTheReportAsComments() throws IOException {
    var text = CalibrateJob.run(request(LOCUST, null));
    assertThat(text).startsWith("# Load test ").contains("# USL fit by least squares", "\nparameter,value,low,high,unit,source,as_of\n");
    var file = dir.resolve("w.csv");
    Files.writeString(file, text);
    assertThat(ModelLoader.workload(file).value(WorkloadParameter.BACKEND_CPU)).isBetween(2.0, 2.3);
  }

  @Test
  void withOutTheFileIsWrittenAndTheReportSaysWhat() throws IOException {
    var out = dir.resolve("calibrated.csv");
    var report = CalibrateJob.run(request(LOCUST, out));
    var w = ModelLoader.workload(out);
    assertThat(report).contains("R^2", "Service demand: 2 workers (plan pov: 1 backend x 2 workers)", "wrote " + out);
    assertThat(w.parameter(WorkloadParameter.BACKEND_CPU).provenance().asOf()).hasToString("2026-11-30");
    assertThat(w.parameter(WorkloadParameter.BACKEND_CPU).provenance().source()).contains("locust-example_stats_history.csv");
  }

  @Test
  void workersOfAnotherScenarioChangeTheServiceDemand() {
    var pov = CalibrateJob.run(new CalibrateJob.Request(LOCUST, null, "pov", null, null, null, OutputFormat.table));
    var managed = CalibrateJob.run(new CalibrateJob.Request(LOCUST, null, "enterprise-managed", null, null, null, OutputFormat.table));
    // enterprise-managed: 2 backends x 7 workers (8 vCPUs x 0.875) = 14 workers, 7 times pov's 2
    assertThat(managed).contains("14 workers (plan enterprise-managed: 2 backends x 7 workers)");
    assertThat(pov).contains("2 workers (plan pov: 1 backend x 2 workers)");
  }

  @Test
  void jsonReportCarriesTheFitAndEveryPoint() throws IOException {
    var out = dir.resolve("c.csv");
    var json = new ObjectMapper().readTree(CalibrateJob.run(new CalibrateJob.Request(LOCUST, out, null, 3, null, "2026-01-02", OutputFormat.json)));
    assertThat(json.get("workers").asInt()).isEqualTo(3);
    assertThat(json.get("as_of").asText()).isEqualTo("2026-01-02");
    assertThat(json.get("points")).hasSize(7);
    assertThat(json.get("r_squared").asDouble()).isGreaterThan(0.99);
    assertThat(json.get("service_seconds").asDouble()).isEqualTo(3 / json.get("peak_req_per_s").asDouble());
  }

  @Test
  void badLoadTestWritesNothingAndLeavesAnEarlierFileAsItWas() throws IOException {
    var bad = dir.resolve("bad.csv");
    Files.write(bad, List.of("concurrency,throughput_per_s", "1,10", "2,19", "4,30"));
    var out = dir.resolve("w.csv");
    Files.writeString(out, "keep me\n");
    assertThatThrownBy(() -> CalibrateJob.run(request(bad, out))).isInstanceOf(DataException.class);
    assertThat(Files.readString(out)).isEqualTo("keep me\n");
    assertThat(Files.list(dir)).hasSize(2);
  }

  @Test
  void badDateIsAUsageError() {
    assertThatThrownBy(() -> CalibrateJob.run(new CalibrateJob.Request(LOCUST, null, null, null, null, "30/11/2026", OutputFormat.table)))
        .isInstanceOf(UsageException.class)
        .hasMessage("--as-of: '30/11/2026' is not a date like 2025-11-07");
  }
}
