package sizing.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The notebooks and the report, for real: Jupyter with the Java kernel executes every notebook
 * ({@code ./jbang report}), the rendered pages are checked for their charts and for error output,
 * and headless Chromium opens each page and reports whether every image decoded.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NotebooksIT {
  static final Path REPORT = Scripts.REPO.resolve("target/report-it");
  static final Pattern PNG = Pattern.compile("<img[^>]+src=\"data:image/png;base64,([A-Za-z0-9+/=\\s]+)\"");
  static Scripts.Run report;

  @BeforeAll
  static void setUpJupyterAndRenderTheReport() {
    var setup = Scripts.run(List.of("env", "SKIP_BUILD=1", "tools/setup-jupyter.sh"), Scripts.REPO);
    assertThat(setup.exit()).as(setup.err()).isZero();
    var chromium = Scripts.run(List.of("tools/setup-chromium.sh"), Scripts.REPO);
    assertThat(chromium.exit()).as(chromium.err()).isZero();
    report = Scripts.jbang("report", "--no-setup", "--force", "--out", REPORT.toString());
  }

  static List<Path> notebooks() throws IOException {
    try (var s = Files.list(Scripts.REPO.resolve("notebooks"))) {
      return s.filter(p -> p.toString().endsWith(".ipynb") && !p.getFileName().toString().startsWith("00-")).sorted().toList();
    }
  }

  @Test
  @Order(1)
  void jupyterListsTheJavaKernel() {
    var list = Scripts.run(List.of("jupyter", "kernelspec", "list"), Scripts.REPO);
    assertThat(list.exit()).isZero();
    assertThat(list.out()).containsPattern("(?m)^\\s*java\\s");
  }

  @Test
  @Order(2)
  void kernelCheckNotebookRuns() {
    var run = Scripts.run(List.of("tools/run-notebooks.sh", "notebooks/00-kernel-check.ipynb"), Scripts.REPO);
    assertThat(run.exit()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("1 passed, 0 failed");
  }

  @Test
  @Order(3)
  void everyNotebookRunsTopToBottomAndTheReportIsWritten() throws IOException {
    assertThat(report.exit()).as(report.out() + report.err()).isZero();
    assertThat(REPORT.resolve("index.html")).isRegularFile();
    for (var nb : notebooks()) {
      assertThat(REPORT.resolve(nb.getFileName().toString().replace(".ipynb", ".html"))).isRegularFile();
    }
  }

  @Test
  @Order(4)
  void everyPageHasItsChartsAndNoErrorOutput() throws IOException {
    for (var nb : notebooks()) {
      var source = Files.readString(nb);
      int charts = count(source, "Show.chart(");
      var html = Files.readString(REPORT.resolve(nb.getFileName().toString().replace(".ipynb", ".html")));
      var images = new ArrayList<String>();
      var m = PNG.matcher(html);
      while (m.find()) {
        images.add(m.group(1).replaceAll("\\s", ""));
      }
      assertThat(images.size()).as(nb + ": embedded charts").isGreaterThanOrEqualTo(charts);
      for (var b64 : images) {
        var img = ImageIO.read(new java.io.ByteArrayInputStream(Base64.getDecoder().decode(b64)));
        assertThat(img).as(nb + ": an embedded PNG decodes").isNotNull();
      }
      assertThat(html).as(nb + ": error output").doesNotContain("output_error").doesNotContain("CompilerException")
          .doesNotContain("Exception in thread");
    }
  }

  @Test
  @Order(5)
  void indexLinksEveryPageAndStatesTheDataSources() throws IOException {
    var index = Files.readString(REPORT.resolve("index.html"));
    for (var nb : notebooks()) {
      assertThat(index).contains("href=\"" + nb.getFileName().toString().replace(".ipynb", ".html") + "\"");
    }
    assertThat(index).contains("data/prices/guide-catalog.csv", "data/workloads/guide.csv", "as_of");
  }

  @Test
  @Order(6)
  void chromiumShowsEveryImageAndNoErrorOnEveryPage() throws IOException {
    var pages = new ArrayList<Path>();
    pages.add(REPORT.resolve("index.html"));
    for (var nb : notebooks()) {
      pages.add(REPORT.resolve(nb.getFileName().toString().replace(".ipynb", ".html")));
    }
    var dir = Files.createTempDirectory("chromium-check");
    for (var page : pages) {
      var wrapper = dir.resolve("check-" + page.getFileName());
      Files.writeString(wrapper, """
          <!DOCTYPE html><html><body><pre id="result">pending</pre>
          <iframe id="f" src="%s" style="width:1200px;height:900px"></iframe>
          <script>
          document.getElementById('f').addEventListener('load', function () {
            var doc = this.contentDocument;
            var imgs = Array.from(doc.images);
            var broken = imgs.filter(function (i) { return !(i.complete && i.naturalWidth > 0); }).length;
            var errors = doc.querySelectorAll('.output_error, [data-mime-type="application/vnd.jupyter.stderr"]').length;
            document.getElementById('result').textContent = 'RESULT images=' + imgs.length + ' broken=' + broken + ' errors=' + errors;
          });
          </script></body></html>
          """.formatted(page.toUri()));
      var run = Scripts.run(List.of("timeout", "120", "chromium", "--headless", "--no-sandbox", "--disable-gpu",
          "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
          "--disable-quic", "--allow-file-access-from-files", "--user-data-dir=" + dir.resolve("profile"),
          "--virtual-time-budget=20000", "--dump-dom", wrapper.toUri().toString()), Scripts.REPO);
      var result = Pattern.compile("RESULT images=(\\d+) broken=(\\d+) errors=(\\d+)").matcher(run.out());
      assertThat(result.find()).as(page + ": chromium produced no result; " + run.err()).isTrue();
      assertThat(Integer.parseInt(result.group(2))).as(page + ": broken images").isZero();
      assertThat(Integer.parseInt(result.group(3))).as(page + ": error outputs").isZero();
      if (!page.getFileName().toString().equals("index.html")) {
        int charts = count(Files.readString(Scripts.REPO.resolve("notebooks/" + page.getFileName().toString().replace(".html", ".ipynb"))), "Show.chart(");
        assertThat(Integer.parseInt(result.group(1))).as(page + ": images shown").isGreaterThanOrEqualTo(charts);
      }
    }
  }

  static int count(String s, String needle) {
    int n = 0;
    for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }
}
