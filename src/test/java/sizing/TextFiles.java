package sizing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Test input written as lines of UTF-8 text, for the tests that feed a loader a file of their own. */
public final class TextFiles {
  private TextFiles() {}

  /** {@code lines}, each ended by a line break, as {@code file}; returns {@code file}. */
  public static Path write(Path file, String... lines) throws IOException {
    Files.write(file, List.of(lines));
    return file;
  }
}
