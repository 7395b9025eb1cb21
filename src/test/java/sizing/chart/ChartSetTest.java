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
import sizing.cli.UsageException;

/** One call writes every chart it can compute, and f and g when given their tables. */
class ChartSetTest {
  static final List<String> FROM_WORKBOOK = List.of("a-cost-vs-capacity", "b-reserved-savings", "b-cumulative-spend",
      "c-p95-vs-users", "d-availability-vs-cost", "e-hosting-vs-llm");

  static ChartSet.Options quick() {
    return new ChartSet.Options("on-demand", null, new UserRange(10, 100, 45), 72, null, null);
  }

  @Test
  void writesEveryChartAsPngAndSvgAndTheTablesChartsWhenGiven(@TempDir Path dir) throws IOException {
    var options = quick().withTornado(Fixtures.tornado()).withGrowth(Fixtures.growth());
    var files = ChartSet.write(Fixtures.WORKBOOK, options, dir);
    var names = Stream.concat(FROM_WORKBOOK.stream(), Stream.of("f-tornado", "g-growth-capacity", "g-growth-cost"))
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
  void anUnknownTermOrLlmIsAUsageErrorWithTheChoices(@TempDir Path dir) {
    var badTerm = new ChartSet.Options("3y", null, null, 72, null, null);
    assertThatThrownBy(() -> ChartSet.write(Fixtures.WORKBOOK, badTerm, dir)).isInstanceOf(UsageException.class)
        .hasMessageContaining("--term").hasMessageContaining("1y");
    var badLlm = new ChartSet.Options(null, "gpt-9", null, 72, null, null);
    assertThatThrownBy(() -> ChartSet.write(Fixtures.WORKBOOK, badLlm, dir)).isInstanceOf(UsageException.class)
        .hasMessageContaining("--llm").hasMessageContaining("gpt-4");
  }

  @Test
  void anUnwritableDirectoryFailsBeforeAnyChartIsComputed(@TempDir Path dir) throws IOException {
    var blocker = Files.writeString(dir.resolve("blocker"), "x");
    assertThatThrownBy(() -> ChartSet.write(Fixtures.WORKBOOK, quick(), blocker.resolve("charts")))
        .isInstanceOf(UsageException.class).hasMessageContaining("cannot write");
  }
}
