package sizing.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import sizing.TestFiles;

/**
 * The notebooks and the report, for real: Jupyter with the workbook's Java kernel executes every
 * notebook ({@code ./jbang report --users 120 --llm gpt-4o-mini --pdf}); the pages are checked for
 * their charts, error output, the inputs and the decision; headless Chromium opens each page served
 * over a loopback port, so nothing on the building machine's disk (its JavaScript packages) is in
 * reach, and reads what a reader sees; and a notebook is run in Jupyter's own notebook UI to check
 * that money shows as money there too. A fake user kernel named {@code java} shows that none of
 * this touches the user's Jupyter.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NotebooksIT {
  static final Path REPORT = Scripts.REPO.resolve("target/report-it");
  static final Path REPORT_CODE = Scripts.REPO.resolve("target/report-it-code");
  static final Pattern PNG = Pattern.compile("<img[^>]+src=\"data:image/png;base64,([A-Za-z0-9+/=\\s]+)\"");
  static final Pattern MONEY = Pattern.compile("\\$[0-9][0-9,]*(\\.[0-9]{2})?/month");
  static final String USER_KERNEL = "{\"argv\": [\"true\"], \"display_name\": \"the user's own Java\", \"language\": \"java\"}\n";
  static Path userJupyter;
  static Scripts.Run setup;
  static Scripts.Run report;

  @BeforeAll
  static void setUpJupyterAndRenderTheReport() throws IOException {
    userJupyter = Files.createTempDirectory("user-jupyter");
    Files.createDirectories(userJupyter.resolve("kernels/java"));
    Files.writeString(userJupyter.resolve("kernels/java/kernel.json"), USER_KERNEL);
    setup = Scripts.run(List.of("env", "SKIP_BUILD=1", "JUPYTER_DATA_DIR=" + userJupyter, "tools/setup-jupyter.sh"), Scripts.REPO);
    assertThat(setup.exit()).as(setup.err()).isZero();
    var chromium = Scripts.run(List.of("tools/setup-chromium.sh"), Scripts.REPO);
    assertThat(chromium.exit()).as(chromium.err()).isZero();
    report = Scripts.run(List.of("env", "JUPYTER_DATA_DIR=" + userJupyter, Scripts.REPO.resolve("jbang").toString(), "report",
        "--no-setup", "--force", "--out", REPORT.toString(), "--users", "120", "--llm", "gpt-4o-mini", "--pdf"), Scripts.REPO);
  }

  @AfterAll
  static void theUsersJupyterIsAsItWas() throws IOException {
    assertThat(Files.readString(userJupyter.resolve("kernels/java/kernel.json"))).isEqualTo(USER_KERNEL);
    try (var s = Files.list(userJupyter.resolve("kernels"))) {
      assertThat(s.map(p -> p.getFileName().toString()).toList()).containsExactly("java");
    }
  }

  static List<Path> notebooks() throws IOException {
    try (var s = Files.list(Scripts.REPO.resolve("notebooks"))) {
      return s.filter(p -> p.toString().endsWith(".ipynb") && !p.getFileName().toString().startsWith("00-")).sorted().toList();
    }
  }

  static Path page(Path dir, Path notebook) {
    return dir.resolve(notebook.getFileName().toString().replace(".ipynb", ".html"));
  }

  @Test
  @Order(1)
  void setupWritesTheReportsKernelInTheCloneAndLeavesTheUsersKernelsAlone() throws IOException {
    var spec = Scripts.REPO.resolve("target/jupyter/kernels/sizing-java/kernel.json");
    assertThat(spec).isRegularFile();
    var json = new ObjectMapper().readTree(spec.toFile());
    assertThat(json.path("argv").get(1).asText()).endsWith("target/jupyter/kernels/sizing-java/kernel.sh");
    assertThat(setup.err()).contains("your Jupyter kernels were not changed");
    assertThat(Files.readString(userJupyter.resolve("kernels/java/kernel.json"))).isEqualTo(USER_KERNEL);
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
  void everyNotebookRunsAndTheReportAndItsPdfAreWritten() throws IOException {
    assertThat(report.exit()).as(report.out() + report.err()).isZero();
    assertThat(report.out()).containsPattern("report: 11 pages in .* and report.pdf, [0-9]+ s");
    assertThat(REPORT.resolve("index.html")).isRegularFile();
    for (var nb : notebooks()) {
      assertThat(page(REPORT, nb)).isRegularFile();
    }
    var pdf = Files.readAllBytes(REPORT.resolve("report.pdf"));
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    assertThat(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)).containsPattern("/Count (1[0-9]|[2-9][0-9]|[0-9]{3})\\b");
  }

  @Test
  @Order(4)
  void everyPageHasItsChartsAndNoErrorOutput() throws IOException {
    for (var nb : notebooks()) {
      var source = Files.readString(nb);
      int charts = count(source, "Show.chart(");
      var html = Files.readString(page(REPORT, nb));
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
  void everyPageIsSelfContainedHidesTheCodeLinksItsNeighboursAndStatesTheInputs() throws IOException {
    var list = notebooks();
    for (int i = 0; i < list.size(); i++) {
      var html = Files.readString(page(REPORT, list.get(i)));
      var name = list.get(i).getFileName().toString();
      assertThat(html).as(name).doesNotContain("file://").doesNotContain("<script").doesNotContain("MathJax")
          .doesNotContain("highlight hl-java").doesNotContain("Inputs.of(")
          .contains("href=\"index.html\"", "concurrent users: 120 (given)", "LLM: gpt-4o-mini (given)", "@media print");
      assertThat(html).as(name + ": a human title, not the file name").containsPattern("<title>[A-Z][a-z][^<]+ [^<]+</title>");
      if (i > 0) {
        assertThat(html).as(name + ": previous").contains("rel=\"prev\" href=\"" + page(Path.of(""), list.get(i - 1)) + "\"");
      }
      if (i + 1 < list.size()) {
        assertThat(html).as(name + ": next").contains("rel=\"next\" href=\"" + page(Path.of(""), list.get(i + 1)) + "\"");
      }
    }
  }

  @Test
  @Order(6)
  void theIndexStatesTheDecisionForTheInputsThenLinksEveryPageAndTheDataSources() throws IOException {
    var index = Files.readString(REPORT.resolve("index.html"));
    assertThat(index.indexOf("The decision")).isLessThan(index.indexOf("Contents"));
    assertThat(index).contains("For <strong>120 concurrent users</strong> calling gpt-4o-mini, buy ", "/month</strong> for hosting",
        " with the LLM calls", "Meets every goal in ", "Figures dated: prices ", " from commit ");
    for (var nb : notebooks()) {
      assertThat(index).contains("href=\"" + page(Path.of(""), nb) + "\"");
    }
    assertThat(index).contains("data/prices/guide-catalog.csv", "data/workloads/guide.csv", "as_of").doesNotContain("file://", "<script");
  }

  @Test
  @Order(7)
  void chromiumShowsEveryPageWithNothingFromTheBuildingMachine() throws Exception {
    var server = HttpServer.create(new InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      var file = REPORT.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
      if (!file.startsWith(REPORT) || !Files.isRegularFile(file)) {
        exchange.sendResponseHeaders(404, -1);
      } else {
        exchange.getResponseHeaders().add("Content-Type", file.toString().endsWith(".html") ? "text/html; charset=utf-8" : "application/octet-stream");
        var bytes = Files.readAllBytes(file);
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
      }
      exchange.close();
    });
    server.start();
    var base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    var pages = new ArrayList<String>(List.of("index.html"));
    for (var nb : notebooks()) {
      pages.add(page(Path.of(""), nb).toString());
    }
    try (var browser = Browser.open("about:blank")) {
      for (var p : pages) {
        browser.navigate(base + p);
        var seen = browser.eval("""
            JSON.stringify({
              images: document.images.length,
              broken: Array.from(document.images).filter(i => !(i.complete && i.naturalWidth > 0)).length,
              errors: document.querySelectorAll('.output_error, [data-mime-type="application/vnd.jupyter.stderr"]').length,
              code: document.querySelectorAll('.jp-InputArea .highlight, .CodeMirror').length,
              scripts: document.scripts.length,
              outside: performance.getEntriesByType('resource').map(e => e.name)
                  .filter(n => !n.startsWith(location.origin) && !n.startsWith('data:')),
              text: document.body.innerText
            })""").asText();
        var r = new ObjectMapper().readTree(seen);
        assertThat(r.path("broken").asInt()).as(p + ": broken images").isZero();
        assertThat(r.path("errors").asInt()).as(p + ": error outputs").isZero();
        assertThat(r.path("code").asInt()).as(p + ": code shown").isZero();
        assertThat(r.path("scripts").asInt()).as(p + ": scripts").isZero();
        assertThat(r.path("outside")).as(p + ": resources from elsewhere").isEmpty();
        var text = r.path("text").asText();
        assertThat(text).as(p + ": rendered text").doesNotContain("\\$").doesNotContain("`").doesNotContain("**");
        if (!p.startsWith("09-") && !p.startsWith("02-")) {
          assertThat(text).as(p + ": money shown as money").containsPattern(MONEY);
        }
        if (!p.equals("index.html")) {
          int charts = count(Files.readString(Scripts.REPO.resolve("notebooks/" + p.replace(".html", ".ipynb"))), "Show.chart(");
          assertThat(r.path("images").asInt()).as(p + ": images shown").isGreaterThanOrEqualTo(charts);
        }
      }
    } finally {
      server.stop(0);
    }
  }

  @Test
  @Order(8)
  void theCalibrationPageFitsThePublishedBenchmarkAndSaysWhatEachCapacityIsCalibratedTo() throws IOException {
    var html = Files.readString(REPORT.resolve("10-calibration.html"));
    assertThat(html).contains("<title>Calibration: capacity from a load test</title>")
        // Schwartz (2015): the book's fit of the Cisco benchmark, sigma 0.02671591, kappa 7.690945e-4
        .contains("sigma 0.02671595 against 0.02671591", "kappa 0.0007690939 against 0.0007690945")
        .contains("capacity calibrated to the guide", "capacity calibrated to a load test",
            "The Cisco benchmark is not this stack")
        .doesNotContain(Scripts.REPO.toString());
    assertThat(Files.readString(REPORT.resolve("index.html"))).contains("<a href=\"10-calibration.html\">Calibration: capacity from a load test</a>");
  }

  @Test
  @Order(9)
  void withCodeShowsTheCodeAndSizingDataPointsTheReportAtAnotherDataFolder() throws IOException {
    var data = TestFiles.copyTree(Scripts.REPO.resolve("data"), Files.createTempDirectory("other-data"));
    var workload = data.resolve("workloads/guide.csv");
    Files.writeString(workload, Files.readString(workload).replaceFirst("(?m)^concurrent_users,50,20,50,", "concurrent_users,37,20,50,"));
    var run = Scripts.run(List.of("env", "SIZING_DATA=" + data, "JUPYTER_DATA_DIR=" + userJupyter, Scripts.REPO.resolve("jbang").toString(),
        "report", "--no-setup", "--force", "--notebook", "01", "--with-code", "--out", REPORT_CODE.toString()), Scripts.REPO);
    assertThat(run.exit()).as(run.out() + run.err()).isZero();
    var page = Files.readString(REPORT_CODE.resolve("01-executive-summary.html"));
    assertThat(page).contains("highlight hl-java", "Inputs").contains("concurrent users: 37 (the workload file)");
    assertThat(Files.readString(REPORT_CODE.resolve("index.html"))).contains("<strong>37 concurrent users</strong>");
  }

  @Test
  @Order(10)
  void inJupytersNotebookUiMoneyShowsAsTextNotMaths() throws Exception {
    var dir = Scripts.REPO.resolve("target/notebook-ui-it");
    Files.createDirectories(dir);
    Files.copy(Scripts.REPO.resolve("notebooks/01-executive-summary.ipynb"), dir.resolve("01-executive-summary.ipynb"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    var config = Files.createTempDirectory("jupyter-config");
    int port = Browser.freePort();
    var token = Long.toHexString(System.nanoTime());
    var pb = new ProcessBuilder(List.of("jupyter", "notebook", "--no-browser", "--allow-root", "--ip=127.0.0.1", "--port=" + port,
        "--NotebookApp.token=" + token, "--NotebookApp.notebook_dir=" + dir))
        .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(config.resolve("server.log").toFile());
    var env = pb.environment();
    env.put("JUPYTER_PATH", Scripts.REPO.resolve("target/jupyter").toString());
    env.put("JUPYTER_CONFIG_DIR", config.toString());
    env.put("JUPYTER_RUNTIME_DIR", config.resolve("runtime").toString());
    env.put("JUPYTER_DATA_DIR", userJupyter.toString());
    env.put("PYDEVD_DISABLE_FILE_VALIDATION", "1");
    var server = pb.start();
    try {
      var http = HttpClient.newHttpClient();
      var api = URI.create("http://127.0.0.1:" + port + "/api/kernelspecs?token=" + token);
      JsonNode specs = null;
      for (int i = 0; i < 240 && specs == null; i++) {
        try {
          var resp = http.send(HttpRequest.newBuilder(api).build(), HttpResponse.BodyHandlers.ofString());
          if (resp.statusCode() == 200) {
            specs = new ObjectMapper().readTree(resp.body());
          }
        } catch (IOException e) {
          Thread.sleep(250);
        }
      }
      assertThat(specs).as("the notebook server answered; " + Files.readString(config.resolve("server.log"))).isNotNull();
      assertThat(specs.path("kernelspecs").has("sizing-java")).isTrue();
      try (var browser = Browser.open("http://127.0.0.1:" + port + "/notebooks/01-executive-summary.ipynb?token=" + token)) {
        browser.await("typeof Jupyter !== 'undefined' && Jupyter.notebook && Jupyter.notebook.kernel"
            + " && Jupyter.notebook.kernel.is_connected() && !!Jupyter.notebook.kernel.info_reply"
            + " && !!Jupyter.notebook.kernel.info_reply.protocol_version", Duration.ofSeconds(120));
        browser.eval("Jupyter.notebook.clear_all_output(); Jupyter.notebook.execute_all_cells(); true");
        browser.await("Jupyter.notebook.get_cells().filter(c => c.cell_type === 'code')"
            + ".every(c => typeof c.input_prompt_number === 'number') && !Jupyter.notebook.kernel_busy", Duration.ofSeconds(300));
        browser.eval("new Promise(r => MathJax.Hub.Queue(() => r(true)))");
        var seen = new ObjectMapper().readTree(browser.eval("""
            JSON.stringify({
              mathjax: typeof MathJax !== 'undefined' && !!MathJax.Hub,
              typeset: document.querySelectorAll('.output_area .MathJax, .output_area .MathJax_CHTML, .output_area .MathJax_Display, .output_area mjx-container').length,
              errors: document.querySelectorAll('.output_error').length,
              text: Array.from(document.querySelectorAll('.output_area')).map(e => e.innerText).join('\\n')
            })""").asText());
        assertThat(seen.path("mathjax").asBoolean()).as("the notebook UI loaded MathJax").isTrue();
        assertThat(seen.path("errors").asInt()).as(seen.path("text").asText()).isZero();
        assertThat(seen.path("typeset").asInt()).as("outputs typeset as maths").isZero();
        var text = seen.path("text").asText();
        assertThat(text).containsPattern(MONEY).doesNotContain("\\$").doesNotContain("`");
        // The check can fail: the same kind of text outside the ignored element is typeset as maths.
        var control = browser.eval("""
            new Promise(r => {
              const d = document.createElement('div');
              d.className = 'output_area';
              d.textContent = 'from $84.00/month to $2,352.00/month';
              document.getElementById('notebook-container').appendChild(d);
              MathJax.Hub.Queue(['Typeset', MathJax.Hub, d], () => r(d.querySelectorAll('.MathJax, .MathJax_CHTML').length));
            })""").asInt();
        assertThat(control).as("MathJax typesets unprotected dollars").isPositive();
      }
    } finally {
      server.destroy();
      if (!server.waitFor(20, TimeUnit.SECONDS)) {
        server.destroyForcibly();
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
