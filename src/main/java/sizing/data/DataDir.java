package sizing.data;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the workbook's {@code data/} folder: the {@code sizing.data} system property, else the
 * {@code SIZING_DATA} environment variable, else the {@code data/} folder of the {@code sizing.repo}
 * system property's folder, else the first {@code data/} folder found walking up from the working
 * directory. (A running JBang script is not told where its source lives, and an alias only runs
 * from inside the clone, so walking up from the working directory finds the clone's data.)
 */
public final class DataDir {
  /** A file every workbook data folder has; used to recognise one. */
  static final String MARKER = "prices/guide-catalog.csv";

  private DataDir() {}

  public static Path locate() {
    var explicit = System.getProperty("sizing.data", System.getenv("SIZING_DATA"));
    if (explicit != null && !explicit.isBlank()) {
      return Path.of(explicit).toAbsolutePath().normalize();
    }
    var repo = System.getProperty("sizing.repo");
    if (repo != null && Files.isRegularFile(Path.of(repo, "data", MARKER))) {
      return Path.of(repo, "data").toAbsolutePath().normalize();
    }
    var found = walkUp(Path.of("").toAbsolutePath());
    if (found != null) {
      return found;
    }
    throw new DataException(
        Path.of("data"), 0, null,
        "no workbook data folder found from " + Path.of("").toAbsolutePath()
            + "; run from the workbook's folder or set SIZING_DATA");
  }

  private static Path walkUp(Path start) {
    for (var dir = start; dir != null; dir = dir.getParent()) {
      var candidate = dir.resolve("data");
      if (Files.isRegularFile(candidate.resolve(MARKER))) {
        return candidate.normalize();
      }
    }
    return null;
  }
}
