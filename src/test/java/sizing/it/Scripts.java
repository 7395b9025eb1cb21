package sizing.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the repository's scripts as a user would: {@code ./jbang ALIAS ARGS} from the repo root. */
final class Scripts {
  static final Path REPO = Path.of(System.getProperty("sizing.repo", ".")).toAbsolutePath().normalize();

  record Run(int exit, String out, String err) {}

  private Scripts() {}

  static Run jbang(String... args) {
    return jbangWithData(null, args);
  }

  /** {@code ./jbang ARGS} with {@code COLUMNS} set to {@code columns}: the width the output fits. */
  static Run jbangAt(int columns, String... args) {
    var command = new ArrayList<String>(List.of(REPO.resolve("jbang").toString()));
    command.addAll(List.of(args));
    return run(command, REPO, null, columns);
  }

  /** {@code ./jbang ARGS} reading its data from {@code dataDir} (the {@code SIZING_DATA} variable); null for the repo's. */
  static Run jbangWithData(Path dataDir, String... args) {
    var command = new ArrayList<String>(List.of(REPO.resolve("jbang").toString()));
    command.addAll(List.of(args));
    return run(command, REPO, dataDir);
  }

  static Run run(List<String> command, Path dir) {
    return run(command, dir, null);
  }

  private static Run run(List<String> command, Path dir, Path dataDir) {
    return run(command, dir, dataDir, 0);
  }

  /** {@code columns} 0 leaves {@code COLUMNS} unset, so every run fits the same default width. */
  private static Run run(List<String> command, Path dir, Path dataDir, int columns) {
    try {
      var pb = new ProcessBuilder(command).directory(dir.toFile());
      pb.environment().remove("SIZING_DEBUG");
      pb.environment().remove("COLUMNS");
      if (columns > 0) {
        pb.environment().put("COLUMNS", Integer.toString(columns));
      }
      if (dataDir != null) {
        pb.environment().put("SIZING_DATA", dataDir.toString());
      }
      var outFile = java.nio.file.Files.createTempFile("out", ".txt");
      var errFile = java.nio.file.Files.createTempFile("err", ".txt");
      pb.redirectOutput(outFile.toFile()).redirectError(errFile.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
      var p = pb.start();
      if (!p.waitFor(10, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new AssertionError("timed out: " + command);
      }
      var out = java.nio.file.Files.readString(outFile, StandardCharsets.UTF_8);
      var err = java.nio.file.Files.readString(errFile, StandardCharsets.UTF_8);
      java.nio.file.Files.deleteIfExists(outFile);
      java.nio.file.Files.deleteIfExists(errFile);
      return new Run(p.exitValue(), out, withoutJbangNoise(err));
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** JBang's own progress lines ("[jbang] Building jar...") are not the command's output. */
  static String withoutJbangNoise(String err) {
    return String.join("\n", err.lines().filter(l -> !l.startsWith("[jbang] ") && !l.startsWith("fetching JBang")).toList());
  }
}
