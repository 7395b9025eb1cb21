package sizing.data;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the workbook's {@code data/} folder: the {@code sizing.data} system property, else the
 * {@code SIZING_DATA} environment variable, else the {@code data/} folder beside the running JBang
 * script's folder ({@code jbang.source}), else the first {@code data/} folder found walking up from
 * the working directory.
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
    var script = System.getProperty("jbang.source");
    if (script != null) {
      var found = walkUp(Path.of(script).toAbsolutePath().getParent());
      if (found != null) {
        return found;
      }
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
