package sizing.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import sizing.io.OutputDir;
import sizing.narrative.ReportIndex;

/**
 * {@code jbang report}: sets up Jupyter and the Java kernel if needed ({@code
 * tools/setup-jupyter.sh}), executes every notebook headless and renders it to self-contained HTML
 * ({@code tools/run-notebooks.sh --html}), then writes the HTML pages and an {@code index.html}
 * into the output folder. The folder is replaced whole ({@link OutputDir}): it is checked before
 * any notebook runs (new, empty or an earlier report), the pages are assembled beside it and
 * swapped in only when every notebook ran.
 */
public final class ReportJob {
  private ReportJob() {}

  /** Notebooks that check the machine rather than argue anything; left out of the report. */
  static final String KERNEL_CHECK = "00-kernel-check.ipynb";

  public record Result(Path out, List<Path> pages) {}

  public static Result run(Path repo, Path out, List<String> only, boolean setup) {
    return run(repo, out, only, setup, false);
  }

  /**
   * Runs the notebooks and writes the report into {@code out}. The folder is checked first, before
   * any notebook runs: it must be new, empty or an earlier report ({@link OutputDir}; {@code force}
   * replaces a folder holding other files, never the repository, a home directory or {@code /}).
   */
  public static Result run(Path repo, Path out, List<String> only, boolean setup, boolean force) {
    var notebooks = notebooks(repo, only);
    try (var dir = OutputDir.open("--out", out, "report", force)) {
      if (setup) {
        exec(repo, List.of("tools/setup-jupyter.sh"), "setting up Jupyter and the Java kernel");
      }
      var args = new ArrayList<>(List.of("tools/run-notebooks.sh", "--html"));
      notebooks.forEach(n -> args.add(repo.relativize(n).toString()));
      exec(repo, args, "executing " + notebooks.size() + " notebook(s)");
      return publish(dir, repo, notebooks);
    }
  }

  /**
   * The one step that writes the output folder: the pages and the index go into {@code dir}'s
   * staging folder, which is then swapped in whole for the old report ({@link OutputDir#commit}).
   */
  private static Result publish(OutputDir dir, Path repo, List<Path> notebooks) {
    var stage = dir.stage();
    var target = dir.target();
    try {
      var pages = new ArrayList<ReportIndex.Page>();
      var written = new ArrayList<Path>();
      for (var nb : notebooks) {
        var name = nb.getFileName().toString().replaceFirst("\\.ipynb$", "");
        var html = repo.resolve("target/notebooks/" + name + ".html");
        if (!Files.isRegularFile(html)) {
          throw new UsageException("report: " + nb + " produced no HTML (see target/notebooks/" + name + ".log)");
        }
        Files.copy(html, stage.resolve(name + ".html"), StandardCopyOption.REPLACE_EXISTING);
        pages.add(ReportIndex.page(nb, name + ".html"));
        written.add(target.resolve(name + ".html"));
      }
      Files.writeString(stage.resolve("index.html"),
          ReportIndex.html(pages, ReportIndex.dataFiles(repo.resolve("data")), LocalDate.now()));
      written.add(0, target.resolve("index.html"));
      dir.commit();
      return new Result(target, written);
    } catch (IOException e) {
      throw new UsageException("--out: cannot write " + target + ": " + e.getMessage() + "; the previous report is unchanged");
    }
  }

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
    } catch (java.nio.file.NoSuchFileException e) {
      throw new UsageException("no notebooks folder " + dir + " (the report runs the workbook's notebooks; run it from the workbook's folder)");
    } catch (IOException e) {
      throw new UsageException("cannot list " + dir + ": " + e.getMessage());
    }
  }

  private static void exec(Path repo, List<String> command, String what) {
    System.err.println("report: " + what + "...");
    try {
      var p = new ProcessBuilder(command).directory(repo.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
          .redirectOutput(ProcessBuilder.Redirect.INHERIT).redirectError(ProcessBuilder.Redirect.INHERIT).start();
      if (!p.waitFor(60, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new CommandFailed("report: " + String.join(" ", command) + " did not finish within 60 minutes");
      }
      if (p.exitValue() != 0) {
        throw new CommandFailed("report: " + String.join(" ", command) + " failed (exit " + p.exitValue() + "); nothing was written");
      }
    } catch (IOException e) {
      throw new CommandFailed("report: cannot run " + command.get(0) + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CommandFailed("report: interrupted");
    }
  }
}
