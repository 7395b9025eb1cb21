package sizing.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sizing.sweep.Growth;
import sizing.sweep.MonteCarlo;
import sizing.sweep.Sweep;
import sizing.sweep.Tornado;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;
import tech.tablesaw.io.xlsx.XlsxReadOptions;
import tech.tablesaw.io.xlsx.XlsxReader;

/** {@code ./jbang sweep} run as a user runs it: real JBang, real JVM, real files and exit codes. */
class SweepScriptIT {

  static Table csv(Path file) {
    return Table.read().usingOptions(CsvReadOptions.builder(file.toFile()).missingValueIndicator(""));
  }

  @Test
  void aUsersSweepWritesOneRowPerUsersValueAsCsvAndExcel(@TempDir Path out) throws IOException {
    var run = Scripts.jbang("sweep", "--users", "10..400:10", "--out", out.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    // piped, so no progress bar: at most a line when a step passes a second and one when it ends
    assertThat(run.err().lines().toList()).allMatch(l -> l.matches("(sweep|charts): (\\S+ after|done in) [0-9.]+ s"));
    var t = csv(out.resolve("sweep.csv"));
    var expected = new java.util.ArrayList<>(List.of("concurrent_users"));
    expected.addAll(Sweep.RESULT_COLUMNS);
    assertThat(t.columnNames()).containsExactlyElementsOf(expected);
    assertThat(t.rowCount()).isEqualTo((400 - 10) / 10 + 1);
    var sheet = new XlsxReader().read(XlsxReadOptions.builder(out.resolve("sweep.xlsx").toFile()).build());
    assertThat(sheet.rowCount()).isEqualTo(t.rowCount());
    assertThat(sheet.column("plan").asList()).isEqualTo(t.column("plan").asList());
    assertThat(run.out()).contains("wrote sweep.csv, sweep.xlsx to " + out);
  }

  @Test
  void monteCarloAndGrowthWriteTheirTables(@TempDir Path out) {
    var run = Scripts.jbang("sweep", "--users", "120", "--monte-carlo", "500", "--seed", "3",
        "--growth", "20", "--start-users", "15", "--months", "24", "--out", out.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(csv(out.resolve("montecarlo.csv")).columnNames()).containsExactlyElementsOf(MonteCarlo.COLUMNS);
    assertThat(csv(out.resolve("tornado.csv")).columnNames()).containsExactlyElementsOf(Tornado.COLUMNS);
    var growth = csv(out.resolve("growth.csv"));
    assertThat(growth.columnNames()).containsExactlyElementsOf(Growth.COLUMNS);
    assertThat(growth.rowCount()).isEqualTo(24);
  }

  @Test
  void aBackwardsRangeIsOneLineWithExitTwoAndWritesNothing(@TempDir Path out) throws IOException {
    var run = Scripts.jbang("sweep", "--users", "10..5", "--out", out.resolve("new").toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().strip()).startsWith("sweep: --users: '10..5' runs backwards").doesNotContain("\n").doesNotContain("Exception");
    assertThat(run.out()).isEmpty();
    assertThat(out.resolve("new")).doesNotExist();
  }

  @Test
  void aRangeOfWordsOrAZeroStepIsOneLineWithExitTwo() {
    for (var bad : List.of("a..b", "10..500:0")) {
      var run = Scripts.jbang("sweep", "--users", bad);
      assertThat(run.exit()).as(bad).isEqualTo(2);
      assertThat(run.err().strip()).as(bad).startsWith("sweep: --users: '" + bad + "'").doesNotContain("\n");
    }
  }

  @Test
  void anUnknownParameterListsTheValidNames() {
    var run = Scripts.jbang("sweep", "--vary", "users=10..20");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().strip()).startsWith("sweep: --vary users: unknown parameter 'users' (valid: concurrent_users, ")
        .contains("llm_model", "term", "price_multiplier", "p95_seconds_goal", "availability_pct_goal", "budget_usd_goal")
        .doesNotContain("\n");
  }

  @Test
  void anUnwritableOutputDirectoryIsOneLineWithExitTwoAndOldFilesStay(@TempDir Path dir) throws IOException {
    var file = Files.writeString(dir.resolve("sweep.csv"), "an earlier sweep");
    var run = Scripts.jbang("sweep", "--users", "10..20:10", "--out", file.resolve("out").toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().strip()).startsWith("sweep: --out: ").doesNotContain("\n");
    assertThat(Files.readString(file)).isEqualTo("an earlier sweep");
  }

  @Test
  void helpListsEveryOptionWithExamples() {
    var run = Scripts.jbang("sweep", "--help");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("--users", "--vary", "--mode", "--term", "--llm", "--prices", "--workload", "--out",
        "--monte-carlo", "--seed", "--plan", "--growth", "--months", "--start-users", "Examples:", "jbang sweep --users 10..500:10");
  }
}
