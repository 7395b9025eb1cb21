package sizing.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sizing.io.BadInput;

/** One call writes every chart it can compute, and f and g when given their tables. */
class ChartSetTest {
  static final List<String> FROM_WORKBOOK = List.of("a-cost-vs-capacity", "b-reserved-savings", "b-cumulative-spend",
      "c-p95-vs-users", "d-availability-vs-cost", "e-hosting-vs-llm");

  static ChartSet.Options quick() {
    return new ChartSet.Options("on-demand", null, new UserRange(10, 100, 45), 72, null, null);
  }

  @Test
  void writesEveryChartAsPngAndSvgAndTheTablesChartsWhenGiven(@TempDir Path dir) throws IOException {
    var options = quick().withTornado(Fixtures.tornado()).withGrowth(Fixtures.growth()).withSweep(Fixtures.sweep());
    var files = ChartSet.write(Fixtures.WORKBOOK, options, dir);
    var names = Stream.concat(FROM_WORKBOOK.stream(), Stream.of("f-tornado", "g-growth-capacity", "g-growth-cost", "h-sweep"))
        .flatMap(n -> Stream.of(n + ".png", n + ".svg")).toList();
    assertThat(files.stream().map(p -> p.getFileName().toString())).containsExactlyElementsOf(names);
    for (var f : files) {
      assertThat(Files.size(f)).as(f.toString()).isPositive();
      if (f.toString().endsWith(".png")) {
        assertThat(ImageIO.read(f.toFile())).as(f.toString()).isNotNull();
      }
    }
  }

  @Test
  void withoutTablesItWritesTheWorkbooksChartsOnly(@TempDir Path dir) {
    var files = ChartSet.write(Fixtures.WORKBOOK, quick(), dir);
    assertThat(files).hasSize(2 * FROM_WORKBOOK.size());
  }

  @Test
  void aBaselineBuiltAlreadyIsUsedOnlyForTheTermAndLlmItWasBuiltFor(@TempDir Path dir) {
    var wb = Fixtures.WORKBOOK;
    var base = sizing.sweep.Baseline.of(wb);
    var files = ChartSet.write(wb, quick(), dir, ChartSet.Steps.NONE, base);
    assertThat(files).isNotEmpty();
    var other = sizing.sweep.Baseline.of(wb, wb.model(), wb.terms().values().stream()
        .filter(t -> !t.name().equals("on-demand")).findFirst().orElseThrow(), wb.workload().users());
    assertThatThrownBy(() -> ChartSet.write(wb, quick(), dir, ChartSet.Steps.NONE, other))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("the charts for on-demand");
  }

  @Test
  void anUnknownTermOrLlmIsAUsageErrorWithTheChoices(@TempDir Path dir) {
    var badTerm = new ChartSet.Options("3y", null, null, 72, null, null);
    assertThatThrownBy(() -> ChartSet.write(Fixtures.WORKBOOK, badTerm, dir)).isInstanceOf(BadInput.class)
        .hasMessageContaining("--term").hasMessageContaining("1y");
    var badLlm = new ChartSet.Options(null, "gpt-9", null, 72, null, null);
    assertThatThrownBy(() -> ChartSet.write(Fixtures.WORKBOOK, badLlm, dir)).isInstanceOf(BadInput.class)
        .hasMessageContaining("--llm").hasMessageContaining("gpt-4");
  }

  @Test
  void tellsEachStepBeforeItStartsAndWhenAllAreDone(@TempDir Path dir) {
    var told = new java.util.ArrayList<String>();
    var files = ChartSet.write(Fixtures.WORKBOOK, quick(), dir, (done, total, next) -> told.add(done + "/" + total + " " + next));
    int total = Integer.parseInt(told.get(0).replaceAll("^0/(\\d+) .*", "$1"));
    assertThat(told).hasSize(total + 1).last().isEqualTo(total + "/" + total + " ");
    for (int i = 0; i < total; i++) {
      assertThat(told.get(i)).startsWith(i + "/" + total + " ").hasSizeGreaterThan((i + "/" + total + " ").length());
    }
    // every chart written is a step of its own
    for (var f : files) {
      var name = f.getFileName().toString().replaceAll("\\.(png|svg)$", "");
      assertThat(told).anyMatch(t -> t.endsWith(" " + name));
    }
  }

  @Test
  void aDpiOutOfRangeIsBadInputNamingTheOption() {
    assertThatThrownBy(() -> new ChartSet.Options(null, null, null, 10, null, null)).isInstanceOf(BadInput.class)
        .hasMessageStartingWith("--dpi: ");
  }

  @Test
  void anUnwritableDirectoryFailsBeforeAnyChartIsComputed(@TempDir Path dir) throws IOException {
    var blocker = Files.writeString(dir.resolve("blocker"), "x");
    assertThatThrownBy(() -> ChartSet.write(Fixtures.WORKBOOK, quick(), blocker.resolve("charts")))
        .isInstanceOf(BadInput.class).hasMessageContaining("cannot write");
  }
}
