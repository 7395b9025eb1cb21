package sizing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Files the tests make: a loader's input written as lines, or a folder (the bundled data, say) copied to spoil. */
public final class TestFiles {
  private TestFiles() {}

  /** {@code lines}, each ended by a line break, as {@code file}; returns {@code file}. */
  public static Path write(Path file, String... lines) throws IOException {
    Files.write(file, List.of(lines));
    return file;
  }

  /** Every folder and file under {@code from} copied to the same place under {@code to}; returns {@code to}. */
  public static Path copyTree(Path from, Path to) throws IOException {
    try (var paths = Files.walk(from)) {
      for (var p : paths.toList()) {
        var target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    return to;
  }
}
