package sizing.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sizing.TestFiles;
import sizing.data.DataDir;
import sizing.data.DataException;
import sizing.data.Workbook;
import sizing.sweep.Sweep;
import sizing.table.Grid;
import sizing.table.Render;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.xlsx.XlsxReadOptions;
import tech.tablesaw.io.xlsx.XlsxReader;

/**
 * Outputs never misrepresent a value and never carry a live formula or live markup from a data
 * file; errors blame what the user gave. Driven through the jobs in one JVM; the scripts' own
 * behaviour is checked in {@code HostileInputIT}.
 */
class HostileOutputsTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String FORMULA = "=cmd|' /C calc'!A0";
  static final String MARKUP = "<script>alert(1)</script> **bold**";

  @TempDir static Path data;

  /** The bundled data with one more scenario, named as an attacker would name it. */
  @BeforeAll
  static void hostileData() throws IOException {
    TestFiles.copyTree(DataDir.locate(), data);
    Files.writeString(data.resolve("scenarios/scenarios.csv"),
        CsvLine.of(FORMULA, MARKUP, "10", "test fixture", "2025-01-01"), java.nio.file.StandardOpenOption.APPEND);
    Files.writeString(data.resolve("scenarios/scenario-items.csv"),
        CsvLine.of(FORMULA, "s-2vcpu-4gb", "1", "all-in-one", "test fixture", "2025-01-01"), java.nio.file.StandardOpenOption.APPEND);
  }

  /** A line as a person types it, the formula unquoted (the reader must not need the writer's quote). */
  static final class CsvLine {
    static String of(String... fields) {
      var out = new ArrayList<String>();
      for (var f : fields) {
        out.add(f.contains(",") || f.contains("\"") ? "\"" + f.replace("\"", "\"\"") + "\"" : f);
      }
      return String.join(",", out) + "\n";
    }
  }

  static Workbook hostile() {
    return Workbook.load(data, List.of());
  }

  static String size(Workbook wb, OutputFormat format, String scenario, double users) {
    return SizeJob.run(new SizeJob.Request(scenario, false, "on-demand", List.of(), format, users, Double.NaN, Double.NaN,
        Double.NaN, null, null, 0), wb);
  }

  @Test
  void anUnboundedP95IsNullWithAReasonInJsonNeverASentinel() throws IOException {
    // pov (one 8 GB droplet) carries 17 users (README); at 500 its backend queue never drains
    var o = JSON.readTree(size(Workbook.load(), OutputFormat.json, "pov", 500));
    assertThat(o.get("p95_seconds").isNull()).isTrue();
    assertThat(o.get("p95_seconds_reason").asText()).startsWith("unbounded: ");
    var all = new ArrayList<JsonNode>();
    o.findValues("p95_seconds").forEach(all::add);
    o.findValues("value").forEach(all::add);
    assertThat(all).noneMatch(n -> n.isNumber() && n.asDouble() < 0);
  }

  @Test
  void aGoalDrivenAnswerWithNoPlanSaysWhyRecommendedIsNull() throws IOException {
    var out = SizeJob.run(new SizeJob.Request(null, false, "on-demand", List.of(), OutputFormat.json, 1_000_000, Double.NaN,
        Double.NaN, Double.NaN, null, null, 0), Workbook.load());
    var o = JSON.readTree(out);
    assertThat(o.get("recommended").isNull()).isTrue();
    assertThat(o.get("recommended_reason").asText()).startsWith("no plan meets every goal");
    assertThat(out).doesNotContain("-1.0,").doesNotContain(": -1.0\n").doesNotContain(": -1\n");
  }

  @Test
  void moneyIsNeverClampedInJson() {
    // a long clamps at 9.2e14: 1e15 * 10,000 does not fit
    assertThat(CostJson.round(1e15)).isEqualTo(1e15);
    assertThat(CostJson.round(151.20000000000002)).isEqualTo(151.2);
  }

  @Test
  void csvCarriesNoFloatNoise() {
    var grid = Grid.of("t", Grid.numbers("availability_pct", List.of(1), x -> 99.89000999999999));
    assertThat(Render.csv(grid)).isEqualTo("availability_pct\n99.89001\n");
    var table = Table.create("t", tech.tablesaw.api.DoubleColumn.create("monthly_usd", 151.20000000000002, 0.1 + 0.2));
    assertThat(Render.csv(table)).isEqualTo("monthly_usd\n151.2\n0.3\n");
  }

  @Test
  void aFormulaNamedScenarioIsNeutralisedInCsvAndReadsAsTypedInJson() throws IOException {
    var wb = hostile();
    var csv = size(wb, OutputFormat.csv, null, Double.NaN);
    assertThat(csv.lines()).anyMatch(l -> l.startsWith("'" + FORMULA.substring(0, 4)));
    assertThat(csv.lines()).noneMatch(l -> l.startsWith("=") || l.startsWith("\"="));
    var json = JSON.readTree(size(wb, OutputFormat.json, null, Double.NaN));
    assertThat(json.findValuesAsText("plan")).contains(FORMULA);
  }

  @Test
  void markupInANameIsShownAsTextInMarkdown() {
    var wb = hostile();
    for (var md : List.of(size(wb, OutputFormat.md, null, Double.NaN), size(wb, OutputFormat.md, FORMULA, Double.NaN))) {
      assertThat(md).doesNotContain("<script>").doesNotContain("**bold**").contains("&lt;script&gt;");
    }
  }

  @Test
  void anExcelCellThatBeginsAFormulaIsNeutralised() throws IOException {
    var t = Table.create("sweep", StringColumn.create("plan", FORMULA, "single:s-1vcpu-2gb", "-5"));
    var file = data.resolveSibling(data.getFileName() + ".xlsx");
    Files.write(file, sizing.table.Xlsx.bytes(t));
    var back = new XlsxReader().read(XlsxReadOptions.builder(file.toFile()).build());
    assertThat(back.stringColumn("plan").asList()).containsExactly("'" + FORMULA, "single:s-1vcpu-2gb", "-5");
    assertThat(t.stringColumn("plan").asList()).containsExactly(FORMULA, "single:s-1vcpu-2gb", "-5"); // the table itself unchanged
    Files.delete(file);
  }

  @Test
  void aModelsFileWithoutTheDefaultLlmBlamesTheFileNotAnOptionNobodyGave() throws IOException {
    var models = data.resolve("llm/models.csv");
    var original = Files.readAllLines(models);
    Files.write(models, original.stream().filter(l -> !l.startsWith("gpt-4,")).toList());
    try {
      var wb = hostile();
      assertThatThrownBy(() -> size(wb, OutputFormat.table, null, Double.NaN)).isInstanceOf(DataException.class)
          .hasMessageStartingWith(models + ": field 'model': has no row for 'gpt-4'").hasMessageNotContaining("--llm");
      assertThatThrownBy(() -> SweepJob.run(new SweepJob.Request("10", List.of(), Sweep.Mode.PICK, null, null, List.of(), null,
          data.resolveSibling("never-written"), 0, null, Double.NaN, 0, Double.NaN, List.of()), wb, SweepJobTest.QUIET))
          .isInstanceOf(DataException.class).hasMessageStartingWith(models.toString());
      assertThatThrownBy(() -> SizeJob.run(new SizeJob.Request(null, false, "on-demand", List.of(), OutputFormat.table,
          Double.NaN, Double.NaN, Double.NaN, Double.NaN, null, "gpt-5", 0), wb))
          .isInstanceOf(UsageException.class).hasMessageStartingWith("--llm: unknown LLM model 'gpt-5'");
    } finally {
      Files.write(models, original);
    }
  }

  @Test
  void aGoalOutsideItsRangeNamesItsOption() {
    assertThatThrownBy(() -> SizeJob.run(new SizeJob.Request(null, false, "on-demand", List.of(), OutputFormat.table, 10,
        Double.NaN, Double.NaN, -5, null, null, 0), Workbook.load())).hasMessageStartingWith("--budget: budget must be greater than zero");
    assertThatThrownBy(() -> SizeJob.run(new SizeJob.Request(null, false, "on-demand", List.of(), OutputFormat.table, 10.5,
        Double.NaN, Double.NaN, Double.NaN, null, null, 0), Workbook.load()))
        .hasMessage("--users: must be a whole number from 1 to 1000000, was 10.5");
  }

  @Test
  void aSweepTooLargeForMemoryOrTimeIsRefusedBeforeItStartsAndWritesNothing(@TempDir Path dir) {
    var out = dir.resolve("out");
    long start = System.nanoTime();
    assertThatThrownBy(() -> SweepJob.run(SweepJobTest.request("1..1000000:1", List.of(), out), Workbook.load(), SweepJobTest.QUIET))
        .isInstanceOf(UsageException.class)
        .hasMessage("--users: the sweep would write 1,000,000 rows x 12 columns = 12,000,000 cells, more than the 1,500,000"
            + " a run may hold in memory; narrow the ranges or take larger steps");
    // a million combinations (1,000 users x 1,001 workload values) is refused as well, before any engine is built
    assertThatThrownBy(() -> SweepJob.run(SweepJobTest.request("1..1000:1",
            List.of("backend_cpu_seconds_per_request=1..3:0.002"), out), Workbook.load(), SweepJobTest.QUIET))
        .isInstanceOf(UsageException.class).hasMessageContaining("more than the 1,500,000");
    assertThat(System.nanoTime() - start).isLessThan(30_000_000_000L);
    assertThat(out).doesNotExist();
  }
}
