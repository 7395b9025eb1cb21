package sizing.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./jbang charts} run as a user runs it: real JBang, real JVM, files on disk. */
class ChartsScriptIT {
  static final List<String> CHARTS = List.of("a-cost-vs-capacity", "b-reserved-savings", "b-cumulative-spend",
      "c-p95-vs-users", "d-availability-vs-cost", "e-hosting-vs-llm");

  @Test
  void writesEveryChartAsADecodablePngAndAWellFormedSvg(@TempDir Path dir) throws Exception {
    var out = dir.resolve("charts");
    var run = Scripts.jbang("charts", "--out", out.toString(), "--users", "10..200:10");
    assertThat(run.exit()).as(run.err()).isZero();
    var expected = CHARTS.stream().flatMap(n -> Stream.of(out.resolve(n + ".png"), out.resolve(n + ".svg"))).toList();
    var lines = run.out().lines().toList();
    assertThat(lines.subList(0, expected.size()).stream().map(Path::of)).containsExactlyElementsOf(expected);
    // then, once, what the capacities are calibrated to (the default workload: the guide's own estimates)
    var basis = String.join(" ", lines.subList(expected.size(), lines.size()));
    assertThat(basis).startsWith("Capacity calibrated to the guide's own estimates").endsWith("load test.");
    for (var f : expected) {
      if (f.toString().endsWith(".png")) {
        var image = ImageIO.read(f.toFile());
        assertThat(image).as(f.toString()).isNotNull();
        assertThat(image.getWidth()).as(f.toString()).isGreaterThan(1000);
      } else {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        assertThat(factory.newDocumentBuilder().parse(f.toFile()).getDocumentElement().getNodeName()).endsWith("svg");
      }
    }
    try (var listing = Files.list(out)) {
      assertThat(listing.filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
    }
  }

  @Test
  void anUnwritableOutIsOneLineAndExitTwo(@TempDir Path dir) throws IOException {
    var blocker = Files.writeString(dir.resolve("blocker"), "x");
    var run = Scripts.jbang("charts", "--out", blocker.resolve("charts").toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().strip()).startsWith("charts: --out: cannot write " + blocker.resolve("charts")).doesNotContain("\n");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aMalformedUsersRangeIsOneLineAndExitTwo() {
    var run = Scripts.jbang("charts", "--users", "300..5");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().strip()).startsWith("charts: Invalid value for option '--users'").doesNotContain("\n");
  }

  @Test
  void helpListsEveryOptionWithExamples() {
    var run = Scripts.jbang("charts", "--help");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("--out", "--term", "--llm", "--prices", "--users", "--dpi", "Examples:", "guide's assumption");
  }
}
