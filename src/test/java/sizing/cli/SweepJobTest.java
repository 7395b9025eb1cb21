package sizing.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sizing.data.Workbook;
import sizing.sweep.Sweep;
import sizing.table.Render;
import tech.tablesaw.io.xlsx.XlsxReadOptions;
import tech.tablesaw.io.xlsx.XlsxReader;

/** The sweep command's checks and files, without a JVM per run. */
class SweepJobTest {
  static final Workbook WB = Workbook.load();
  static final SweepJob.ProgressFactory QUIET = label -> new ProgressBar(label, System.err, false, System::nanoTime);

  static SweepJob.Request request(String users, List<String> vary, Path out) {
    return new SweepJob.Request(users, vary, Sweep.Mode.PICK, null, null, List.of(), null, out, 0, null, Double.NaN, 0,
        Double.NaN, List.of());
  }

  @Test
  void writesTheSweepAsCsvAndAsAnExcelWorkbookWithTheSameRows(@TempDir Path dir) throws IOException {
    var result = SweepJob.run(request("10..100:30", List.of(), dir), WB, QUIET);
    assertThat(Files.readString(dir.resolve("sweep.csv"))).isEqualTo(Render.csv(result.sweep()));
    var sheet = new XlsxReader().read(XlsxReadOptions.builder(dir.resolve("sweep.xlsx").toFile()).build());
    assertThat(sheet.columnNames()).isEqualTo(result.sweep().columnNames());
    assertThat(sheet.rowCount()).isEqualTo(result.sweep().rowCount());
    assertThat(sheet.column("plan").asList()).isEqualTo(result.sweep().column("plan").asList());
    // laid out to be read: money and percent formats on the sweep's own columns
    try (var in = Files.newInputStream(dir.resolve("sweep.xlsx"));
        var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
      var header = book.getSheetAt(0).getRow(0);
      var first = book.getSheetAt(0).getRow(1);
      for (var cell : header) {
        var format = first.getCell(cell.getColumnIndex()) == null ? ""
            : first.getCell(cell.getColumnIndex()).getCellStyle().getDataFormatString();
        if (cell.getStringCellValue().endsWith("_usd")) {
          assertThat(format).as(cell.getStringCellValue()).isEqualTo(sizing.table.Xlsx.MONEY);
        } else if (cell.getStringCellValue().endsWith("_pct")) {
          assertThat(format).as(cell.getStringCellValue()).isEqualTo(sizing.table.Xlsx.PERCENT);
        }
      }
    }
  }

  @Test
  void anOutputPathUnderAFileIsAUsageErrorAndNothingIsWritten(@TempDir Path dir) throws IOException {
    var file = Files.writeString(dir.resolve("a-file"), "not a directory");
    assertThatThrownBy(() -> SweepJob.run(request("10..20:10", List.of(), file.resolve("out")), WB, QUIET))
        .isInstanceOf(sizing.io.BadInput.class).hasMessageStartingWith("--out: ");
    assertThat(Files.readString(file)).isEqualTo("not a directory");
  }

  @Test
  void aBadArgumentLeavesExistingFilesAsTheyWere(@TempDir Path dir) throws IOException {
    var old = Files.writeString(dir.resolve("sweep.csv"), "an earlier sweep");
    assertThatThrownBy(() -> SweepJob.run(request("10..20:10", List.of("nope=1..2"), dir), WB, QUIET))
        .isInstanceOf(UsageException.class).hasMessageStartingWith("--vary nope: unknown parameter 'nope' (valid: concurrent_users, ");
    assertThat(Files.readString(old)).isEqualTo("an earlier sweep");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(old);
    }
  }

  @Test
  void varyNeedsNameEqualsRangeAndNoParameterTwice(@TempDir Path dir) {
    assertThatThrownBy(() -> SweepJob.run(request(null, List.of("concurrent_users"), dir), WB, QUIET))
        .isInstanceOf(UsageException.class).hasMessageStartingWith("--vary: 'concurrent_users' is not NAME=RANGE");
    assertThatThrownBy(() -> SweepJob.run(request("10", List.of("concurrent_users=20"), dir), WB, QUIET))
        .isInstanceOf(UsageException.class).hasMessageContaining("already varied by --users");
  }

  @Test
  void monteCarloAndGrowthWriteTheirTables(@TempDir Path dir) throws IOException {
    var r = new SweepJob.Request("60", List.of(), Sweep.Mode.PICK, null, null, List.of(), null, dir, 200, 5L, 20, 12, 15,
        List.of("pov", "small-managed", "enterprise-managed"));
    var result = SweepJob.run(r, WB, QUIET);
    for (var f : List.of("sweep.csv", "sweep.xlsx", "montecarlo.csv", "tornado.csv", "growth.csv")) {
      assertThat(dir.resolve(f)).as(f).isRegularFile();
    }
    assertThat(result.monteCarlo().rowCount()).isEqualTo(3);
    assertThat(result.growth().rowCount()).isEqualTo(12);
    assertThat(Files.readString(dir.resolve("montecarlo.csv"))).isEqualTo(Render.csv(result.monteCarlo()));
  }

  @Test
  void aSweepTooBigForAnExcelSheetIsRefusedBeforeAnythingIsComputed(@TempDir Path dir) {
    var r = new SweepJob.Request("1..5000", List.of(), Sweep.Mode.ALL, null, null, List.of(), null, dir.resolve("out"), 0, null,
        Double.NaN, 0, Double.NaN, List.of());
    assertThatThrownBy(() -> SweepJob.run(r, WB, QUIET)).isInstanceOf(UsageException.class)
        .hasMessageStartingWith("--mode all: the sweep would have ").hasMessageEndingWith("or use --mode pick");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void optionsThatNeedAnotherSayWhich(@TempDir Path dir) {
    var months = new SweepJob.Request(null, List.of(), Sweep.Mode.PICK, null, null, List.of(), null, dir, 0, null,
        Double.NaN, 12, Double.NaN, List.of());
    assertThatThrownBy(() -> SweepJob.run(months, WB, QUIET)).hasMessage("--months: needs --growth RATE_PCT");
    var seed = new SweepJob.Request(null, List.of(), Sweep.Mode.PICK, null, null, List.of(), null, dir, 0, 3L,
        Double.NaN, 0, Double.NaN, List.of());
    assertThatThrownBy(() -> SweepJob.run(seed, WB, QUIET)).hasMessage("--seed: needs --monte-carlo N");
    var range = new SweepJob.Request("10..50:10", List.of(), Sweep.Mode.PICK, null, null, List.of(), null, dir, 10, null,
        Double.NaN, 0, Double.NaN, List.of());
    assertThatThrownBy(() -> SweepJob.run(range, WB, QUIET)).hasMessageStartingWith("--monte-carlo: give --users as one number");
  }
}
