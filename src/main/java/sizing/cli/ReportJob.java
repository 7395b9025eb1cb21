package sizing.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import sizing.data.DataDir;
import sizing.data.Inputs;
import sizing.narrative.ReportIndex;

/**
 * {@code jbang report}: executes every notebook headless for the given inputs and writes the
 * report: one self-contained HTML page per notebook (no script, no file outside the page, code
 * hidden unless asked for), an {@code index.html} that states the decision first, and with {@code
 * --pdf} one PDF of the whole report printed by headless Chromium.
 *
 * <p>The notebooks run in one process, {@code tools/jupyter/run_notebooks.py} (nbclient, and
 * nbconvert's HTML exporter in-process with the template {@code
 * tools/jupyter/templates/sizing-report}), three at a time, on the kernel {@value #KERNEL} that
 * {@code tools/setup-jupyter.sh} writes under {@code target/jupyter}; the runner sees that folder
 * through {@code JUPYTER_PATH}, so no kernel of the user's is read or changed. The inputs are
 * injected after each notebook's {@code parameters} cell (papermill's convention) and stamped on
 * every page. The folder is replaced whole: the pages are assembled beside it and swapped in only
 * when every notebook ran.
 */
public final class ReportJob {
  private ReportJob() {}

  /** Notebooks that check the machine rather than argue anything; left out of the report. */
  static final String KERNEL_CHECK = "00-kernel-check.ipynb";

  /** The report's own kernelspec, under {@code target/jupyter/kernels/}. */
  public static final String KERNEL = "sizing-java";

  /** Notebooks run at once: on 2 cores a third kernel fills the others' start-up and message waits. */
  static final int PARALLEL = 3;

  /** Workload draws behind the index's "how likely it meets the goals" (as the uncertainty notebook). */
  public static final int DECISION_SAMPLES = 2000;

  /**
   * What to render.
   *
   * @param out the report folder, replaced whole
   * @param notebooks names or number prefixes of the notebooks to render; empty for all
   * @param setup run {@code tools/setup-jupyter.sh} first
   * @param withCode show the notebooks' code cells
   * @param pdf also print the whole report to {@code report.pdf}
   * @param inputs the inputs injected into every notebook
   * @param data the data folder; null for the one {@link DataDir#locate()} finds
   */
  public record Request(Path out, List<String> notebooks, boolean setup, boolean withCode, boolean pdf, Inputs inputs, Path data) {
    public Request {
      notebooks = List.copyOf(notebooks);
      inputs = inputs == null ? Inputs.none() : inputs.absolute();
    }
  }

  /** What was written: the folder, its pages (index first), the PDF if any, and the decision. */
  public record Result(Path out, List<Path> pages, Path pdf, ReportIndex.Decision decision) {}

  public static Result run(Path repo, Request request) {
    var dataDir = request.data() == null ? DataDir.locate() : request.data().toAbsolutePath().normalize();
    if (!Files.isDirectory(dataDir)) {
      throw new UsageException("--data: no such folder: " + dataDir);
    }
    var run = request.inputs().load(dataDir);
    var notebooks = notebooks(repo, request.notebooks());
    if (request.setup()) {
      exec(repo, List.of("tools/setup-jupyter.sh"), "setting up Jupyter and the report's Java kernel");
    }
    var kernels = repo.resolve("target/jupyter");
    if (!Files.isRegularFile(kernels.resolve("kernels/" + KERNEL + "/kernel.json"))) {
      throw new UsageException("report: no kernel " + KERNEL + " under " + kernels + "; run tools/setup-jupyter.sh (or leave out --no-setup)");
    }
    if (request.pdf() && request.setup()) {
      exec(repo, List.of("tools/setup-chromium.sh"), "checking for headless Chromium");
    }

    var target = request.out().toAbsolutePath().normalize();
    Path stage = null;
    try {
      Files.createDirectories(target.getParent());
      stage = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + "-");
      var pages = new ArrayList<ReportIndex.Page>();
      for (var nb : notebooks) {
        pages.add(ReportIndex.page(nb, nb.getFileName().toString().replaceFirst("\\.ipynb$", ".html")));
      }
      var build = new ReportIndex.Build(LocalDate.now(), commit(repo), run.describe());
      var job = job(repo, notebooks, pages, stage, request, build);
      var jobFile = stage.resolve(".job.json");
      Files.writeString(jobFile, CostJson.write(job));

      System.err.println("report: executing " + notebooks.size() + " notebook(s), " + PARALLEL + " at a time...");
      var runner = start(repo, jobFile, dataDir);
      var decision = ReportIndex.Decision.of(run, DECISION_SAMPLES, sizing.sweep.MonteCarlo.DEFAULT_SEED);
      finish(runner, "a notebook failed; nothing was written (executed copies and kernel logs: target/notebooks/)");
      Files.delete(jobFile);

      var css = Files.readString(repo.resolve("tools/jupyter/templates/sizing-report/static/report.css"));
      Files.writeString(stage.resolve("index.html"),
          ReportIndex.html(decision, pages, ReportIndex.dataFiles(dataDir), build, css));
      var written = new ArrayList<Path>();
      written.add(target.resolve("index.html"));
      pages.forEach(p -> written.add(target.resolve(p.file())));
      Path pdf = null;
      if (request.pdf()) {
        printPdf(repo, stage, pages);
        pdf = target.resolve(PDF);
      }
      swap(stage, target);
      stage = null;
      return new Result(target, written, pdf, decision);
    } catch (IOException e) {
      throw new UsageException("report: cannot write " + target + ": " + e.getMessage());
    } finally {
      if (stage != null) {
        delete(stage);
      }
    }
  }

  /**
   * The clone whose notebooks and tools the report runs: the {@code sizing.repo} system property's
   * folder, else the first folder up from the working directory that holds the notebook runner.
   * Found apart from the data folder, which {@code --data} or {@code SIZING_DATA} may put anywhere.
   */
  public static Path repo() {
    var explicit = System.getProperty("sizing.repo");
    if (explicit != null && !explicit.isBlank()) {
      return Path.of(explicit).toAbsolutePath().normalize();
    }
    for (var dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve(RUNNER)) && Files.isDirectory(dir.resolve("notebooks"))) {
        return dir;
      }
    }
    throw new UsageException("report: not inside the workbook's folder (no " + RUNNER + " from "
        + Path.of("").toAbsolutePath() + " up); run it from the clone");
  }

  static final String RUNNER = "tools/jupyter/run_notebooks.py";

  /** The notebooks to render: {@code notebooks/*.ipynb} but the kernel check, or those named. */
  static List<Path> notebooks(Path repo, List<String> only) {
    var dir = repo.resolve("notebooks");
    try (Stream<Path> s = Files.list(dir)) {
      var all = s.filter(p -> p.toString().endsWith(".ipynb") && !p.getFileName().toString().equals(KERNEL_CHECK))
          .sorted().toList();
      if (only.isEmpty()) {
        return all;
      }
      var chosen = new ArrayList<Path>();
      for (var name : only) {
        var match = all.stream().filter(p -> p.getFileName().toString().startsWith(name)).findFirst();
        chosen.add(match.orElseThrow(() -> new UsageException("--notebook: no notebook '" + name + "' (valid: "
            + String.join(", ", all.stream().map(p -> p.getFileName().toString().replace(".ipynb", "")).toList()) + ")")));
      }
      return chosen;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The runner's job: for each notebook, where it is, the cell to inject, where the executed copy
   * and the page go, and what the page shows around the notebook (title, previous and next, the
   * inputs, the build).
   */
  static ObjectNode job(Path repo, List<Path> notebooks, List<ReportIndex.Page> pages, Path stage, Request request,
      ReportIndex.Build build) {
    var job = CostJson.MAPPER.createObjectNode();
    job.put("with_code", request.withCode());
    job.put("parallel", PARALLEL);
    var list = job.putArray("notebooks");
    var inject = request.inputs().isEmpty() ? null : request.inputs().javaSource();
    for (int i = 0; i < notebooks.size(); i++) {
      var nb = notebooks.get(i);
      var p = pages.get(i);
      var name = nb.getFileName().toString().replaceFirst("\\.ipynb$", "");
      var item = list.addObject();
      item.put("source", nb.toString());
      item.put("executed", repo.resolve("target/notebooks/" + name + ".ipynb").toString());
      item.put("html", stage.resolve(p.file()).toString());
      if (inject != null) {
        item.put("inject", inject);
      }
      var page = item.putObject("page");
      page.put("name", name);
      page.put("title", p.title());
      page.put("index", "index.html");
      if (i > 0) {
        page.putObject("prev").put("href", pages.get(i - 1).file()).put("title", ReportIndex.shortTitle(pages.get(i - 1)));
      }
      if (i + 1 < pages.size()) {
        page.putObject("next").put("href", pages.get(i + 1).file()).put("title", ReportIndex.shortTitle(pages.get(i + 1)));
      }
      page.put("stamp", build.stamp());
      page.put("built", build.line());
    }
    return job;
  }

  /** The commit the report is built from, short, with a note when the work tree has changes. */
  static String commit(Path repo) {
    try {
      var head = capture(repo, "git", "rev-parse", "--short=12", "HEAD");
      if (head == null) {
        return "a folder that is not a git checkout";
      }
      var status = capture(repo, "git", "status", "--porcelain", "--untracked-files=no");
      return "commit " + head + (status != null && !status.isBlank() ? " with uncommitted changes" : "");
    } catch (RuntimeException e) {
      return "an unknown commit (" + e.getMessage() + ")";
    }
  }

  private static String capture(Path dir, String... command) {
    try {
      var p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
          .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
      var out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
        return null;
      }
      return out;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /** The Python that has nbclient, as tools/setup-jupyter.sh found it (else python3). */
  static String python(Path repo) {
    var recorded = repo.resolve("target/jupyter/python");
    try {
      if (Files.isRegularFile(recorded)) {
        var p = Files.readString(recorded).strip();
        if (!p.isEmpty()) {
          return p;
        }
      }
    } catch (IOException e) {
      // fall through to python3
    }
    return "python3";
  }

  private static Process start(Path repo, Path jobFile, Path dataDir) {
    var command = List.of(python(repo), RUNNER, "--job", jobFile.toString());
    try {
      var pb = new ProcessBuilder(command).directory(repo.toFile())
          .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
          .redirectError(ProcessBuilder.Redirect.INHERIT);
      Map<String, String> env = pb.environment();
      var own = repo.resolve("target/jupyter").toString();
      var path = env.get("JUPYTER_PATH");
      env.put("JUPYTER_PATH", path == null || path.isBlank() ? own : own + File.pathSeparator + path);
      env.put("SIZING_DATA", dataDir.toString());
      env.put("PYDEVD_DISABLE_FILE_VALIDATION", "1");
      var p = pb.start();
      var copy = new Thread(() -> copyTo(p.getInputStream()), "runner-output");
      copy.setDaemon(true);
      copy.start();
      return p;
    } catch (IOException e) {
      throw new CommandFailed("report: cannot run " + command.get(0) + ": " + e.getMessage());
    }
  }

  /** The runner's per-notebook lines go to standard error: standard output is for the answer. */
  private static void copyTo(InputStream in) {
    try (in) {
      in.transferTo(System.err);
    } catch (IOException e) {
      // the runner ended; nothing more to copy
    }
  }

  private static void finish(Process p, String failure) {
    try {
      if (!p.waitFor(60, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new CommandFailed("report: the notebooks did not finish within 60 minutes");
      }
      if (p.exitValue() != 0) {
        throw new CommandFailed("report: " + failure);
      }
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new CommandFailed("report: interrupted");
    }
  }

  private static void exec(Path repo, List<String> command, String what) {
    System.err.println("report: " + what + "...");
    try {
      var p = new ProcessBuilder(command).directory(repo.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
          .redirectOutput(ProcessBuilder.Redirect.INHERIT).redirectError(ProcessBuilder.Redirect.INHERIT).start();
      finish(p, String.join(" ", command) + " failed; nothing was written");
    } catch (IOException e) {
      throw new CommandFailed("report: cannot run " + command.get(0) + ": " + e.getMessage());
    }
  }

  /** The PDF's file name in the report folder. */
  public static final String PDF = "report.pdf";

  static final String PAGE_START = "<!-- report:page-start -->";
  static final String PAGE_END = "<!-- report:page-end -->";

  /**
   * Prints the whole report to one PDF with headless Chromium: the index and every page, each
   * starting on a new sheet, in one HTML document (the first page's head, so its stylesheets) that
   * is removed again afterwards.
   */
  static void printPdf(Path repo, Path stage, List<ReportIndex.Page> pages) throws IOException {
    var index = Files.readString(stage.resolve("index.html"));
    var first = pages.isEmpty() ? index : Files.readString(stage.resolve(pages.get(0).file()));
    var head = first.substring(0, first.indexOf("</head>"));
    var indexHead = index.substring(index.indexOf("<style>"), index.indexOf("</head>"));
    var sb = new StringBuilder(head).append(indexHead)
        .append("<style>.report-sheet{break-before:page}.report-sheet:first-child{break-before:auto}</style>")
        .append("</head>\n<body class=\"jp-Notebook report-page report-print\">\n");
    sb.append("<section class=\"report-sheet report-index\">").append(between(index)).append("</section>\n");
    for (var p : pages) {
      sb.append("<section class=\"report-sheet\">").append(between(Files.readString(stage.resolve(p.file())))).append("</section>\n");
    }
    sb.append("</body></html>\n");
    var print = stage.resolve(".print.html");
    Files.writeString(print, sb.toString());
    var pdf = stage.resolve(PDF);
    var profile = Files.createTempDirectory("report-chromium-");
    try {
      var command = List.of("timeout", "300", "chromium", "--headless", "--no-sandbox", "--disable-gpu",
          "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
          "--user-data-dir=" + profile, "--no-pdf-header-footer", "--print-to-pdf=" + pdf, print.toUri().toString());
      System.err.println("report: printing " + PDF + " with headless Chromium...");
      var p = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true)
          .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
      var out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      finish(p, "headless Chromium could not print the PDF (tools/setup-chromium.sh installs it): " + out.strip());
      if (!Files.isRegularFile(pdf) || Files.size(pdf) == 0) {
        throw new CommandFailed("report: headless Chromium wrote no PDF: " + out.strip());
      }
    } catch (IOException e) {
      throw new CommandFailed("report: cannot run chromium for --pdf (tools/setup-chromium.sh installs it): " + e.getMessage());
    } finally {
      Files.delete(print);
      delete(profile);
    }
  }

  private static String between(String page) {
    int a = page.indexOf(PAGE_START);
    int b = page.lastIndexOf(PAGE_END);
    return a < 0 || b < a ? page : page.substring(a + PAGE_START.length(), b);
  }

  private static void delete(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      for (var p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      System.err.println(String.format(Locale.ROOT, "report: could not remove %s: %s", dir, e.getMessage()));
    }
  }

  /** Replaces {@code target} by {@code stage}: the old folder is moved aside first, then removed. */
  private static void swap(Path stage, Path target) throws IOException {
    Path old = null;
    if (Files.exists(target)) {
      old = target.resolveSibling("." + target.getFileName() + "-old-" + System.nanoTime());
      Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
    }
    Files.move(stage, target, StandardCopyOption.ATOMIC_MOVE);
    if (old != null) {
      try (Stream<Path> s = Files.walk(old)) {
        for (var p : s.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }
}
