package sizing.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sizing.TestFiles;
import sizing.model.LlmLatency;

class LlmLatencyLoaderTest {
  static final Path BUNDLED = DataDir.locate().resolve("llm/latency.csv");
  static final String HEADER = "model,family,median_seconds,p95_seconds,source,as_of";

  @TempDir Path dir;

  Path write(String... lines) throws IOException {
    return TestFiles.write(dir.resolve("latency.csv"), lines);
  }

  @Test
  void bundledFileHasALatencyForEveryModelThatHasAPrice() {
    var latencies = LlmLatencyLoader.read(BUNDLED);
    var priced = CsvFile.read(DataDir.locate().resolve("llm/models.csv"), "model").rows().stream().map(r -> r.required("model")).toList();
    assertThat(latencies.keySet()).containsExactlyInAnyOrderElementsOf(priced);
    assertThat(latencies.values()).extracting(LlmLatency::family).containsOnly(LlmLatency.Family.LOGNORMAL);
  }

  @Test
  void bundledFiguresAreTheOnesTheirSourcesGive() {
    // Each row: median = time to first token + 250 output tokens / output speed (Artificial
    // Analysis's end-to-end time), p95 = 1.7 x the first token's median (or its measured p95) +
    // 250 / (0.6 x speed); the inputs are the ones each row's source names. Rounded to 0.01 s.
    var l = LlmLatencyLoader.read(BUNDLED);
    assertThat(l.get("gpt-4").medianSeconds()).isCloseTo(0.59 + 250 / 19.2, within(0.005));
    assertThat(l.get("gpt-4").p95Seconds()).isCloseTo(1.7 * 0.59 + 250 / (0.6 * 19.2), within(0.005));
    assertThat(l.get("gpt-4o").medianSeconds()).isCloseTo(0.39 + 250 / 81.0, within(0.005));
    assertThat(l.get("gpt-4o").p95Seconds()).isCloseTo(1.7 * 0.39 + 250 / (0.6 * 81), within(0.005));
    assertThat(l.get("gpt-4o-mini").medianSeconds()).isCloseTo(0.645 + 250 / 105.3, within(0.005));
    assertThat(l.get("gpt-4o-mini").p95Seconds()).isCloseTo(1.094 + 250 / (0.6 * 105.3), within(0.005));
  }

  @Test
  void perCallLognormalHasTheFilesMedianAndP95() {
    var gpt4 = LlmLatencyLoader.read(BUNDLED).get("gpt-4").perCall();
    assertThat(gpt4.quantile(0.5)).isCloseTo(13.61, within(1e-9));
    assertThat(gpt4.quantile(0.95)).isCloseTo(22.70, within(1e-9));
  }

  @Test
  void p95BelowTheMedianNamesFileLineAndField() throws IOException {
    var f = write(HEADER, "gpt-4,lognormal,12,22,fixture,2026-11-30", "gpt-4o,lognormal,4,3.5,fixture,2026-11-30");
    assertThatThrownBy(() -> LlmLatencyLoader.read(f))
        .isInstanceOf(DataException.class)
        .hasMessage(f + ":3: field 'p95_seconds': is 3.5; a 95th percentile cannot be below the median (4 s)");
  }

  @Test
  void unknownFamilyListsTheValidOnes() throws IOException {
    var f = write(HEADER, "gpt-4,gamma,12,22,fixture,2026-11-30");
    assertThatThrownBy(() -> LlmLatencyLoader.read(f))
        .hasMessage(f + ":2: field 'family': unknown family 'gamma' (valid: lognormal)");
  }

  @Test
  void nonNumericMedianNamesLineAndField() throws IOException {
    var f = write(HEADER, "gpt-4,lognormal,fast,22,fixture,2026-11-30");
    assertThatThrownBy(() -> LlmLatencyLoader.read(f))
        .hasMessage(f + ":2: field 'median_seconds': is 'fast'; a number is needed (digits, a decimal point and an exponent, e.g. 12, 0.5 or 1e3)");
  }

  @Test
  void zeroMedianIsRejected() throws IOException {
    var f = write(HEADER, "gpt-4,lognormal,0,22,fixture,2026-11-30");
    assertThatThrownBy(() -> LlmLatencyLoader.read(f))
        .hasMessage(f + ":2: field 'median_seconds': is 0; it must be greater than zero");
  }

  @Test
  void duplicateModelNamesTheLine() throws IOException {
    var f = write(HEADER, "gpt-4,lognormal,12,22,fixture,2026-11-30", "gpt-4,lognormal,12,22,fixture,2026-11-30");
    assertThatThrownBy(() -> LlmLatencyLoader.read(f)).hasMessage(f + ":3: field 'model': 'gpt-4' appears twice");
  }
}
