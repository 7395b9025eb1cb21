package sizing.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import sizing.io.BadInput;

/** PNGs decode at the size their DPI implies, SVGs are well-formed XML, and files appear whole or not at all. */
class ChartFilesTest {

  static XYChart small() {
    var costs = ChartSet.pricedUnderEveryTerm(Fixtures.WORKBOOK.scenarios().get("pov").plan(), Fixtures.WORKBOOK);
    return Charts.cumulativeSpend(costs, 12);
  }

  static org.w3c.dom.Document parseXml(Path file) throws Exception {
    var f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    f.setExpandEntityReferences(false);
    return f.newDocumentBuilder().parse(file.toFile());
  }

  @Test
  void pngDecodesAtTheSizeItsDpiImplies(@TempDir Path dir) throws IOException {
    var chart = small();
    int dpi = ChartFiles.DEFAULT_DPI;
    var file = ChartFiles.png(chart, dir.resolve("c.png"), dpi);
    var image = ImageIO.read(file.toFile());
    assertThat(image).isNotNull();
    assertThat(image.getWidth()).isEqualTo(ChartFiles.pixels(chart.getWidth(), dpi)).isGreaterThan(chart.getWidth());
    assertThat(image.getHeight()).isEqualTo(ChartFiles.pixels(chart.getHeight(), dpi));
  }

  @Test
  void pngAtScreenResolutionIsTheChartsSize(@TempDir Path dir) throws IOException {
    var chart = small();
    var image = ImageIO.read(ChartFiles.png(chart, dir.resolve("c.png"), 72).toFile());
    assertThat(image.getWidth()).isEqualTo(chart.getWidth());
    assertThat(image.getHeight()).isEqualTo(chart.getHeight());
  }

  @Test
  void svgIsWellFormedWithTheChartsSize(@TempDir Path dir) throws Exception {
    var chart = small();
    var doc = parseXml(ChartFiles.svg(chart, dir.resolve("c.svg")));
    var root = doc.getDocumentElement();
    assertThat(root.getLocalName() == null ? root.getNodeName() : root.getLocalName()).isEqualTo("svg");
    assertThat(Double.parseDouble(root.getAttribute("width").replaceAll("[^0-9.]", ""))).isGreaterThan(0);
  }

  @Test
  void bothWritesPngAndSvgAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
    var files = ChartFiles.both(small(), dir, "spend", 100);
    assertThat(files).containsExactly(dir.resolve("spend.png"), dir.resolve("spend.svg"));
    try (var listing = Files.list(dir)) {
      assertThat(listing.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("spend.png", "spend.svg");
    }
  }

  @Test
  void aFileInTheWayIsAUsageErrorNamingTheTarget(@TempDir Path dir) throws IOException {
    var blocker = Files.writeString(dir.resolve("blocker"), "x");
    var target = blocker.resolve("c.png");
    assertThatThrownBy(() -> ChartFiles.png(small(), target, 72)).isInstanceOf(BadInput.class)
        .hasMessageContaining(target.toString());
  }

  @Test
  void dpiOutsideTheRangeIsRejected() {
    assertThatThrownBy(() -> ChartFiles.pngBytes(small(), 10)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dpi");
  }
}
