package sizing.repo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The library's packages form layers and every reference points down: a class may use its own
 * package and the packages of lower layers, never a higher one nor a neighbour in its own layer.
 * The layers, lowest first, as drawn in the README:
 *
 * <pre>
 *   cli | notebook          the faces: commands' jobs, notebook display (beside each other)
 *   narrative               prose from results
 *   audit | chart           the guide's figures recomputed; charts
 *   table                   grids and their text, Markdown and CSV
 *   sweep                   sweeps, Monte Carlo, tornado, growth
 *   plan                    plan generation, optimizer, calibration
 *   data                    loaders: CSV files in, model records out
 *   model                   records and formulas
 *   io                      bad input, atomic files
 * </pre>
 *
 * References are read from the sources with comments and string literals removed, so a class named
 * in Javadoc is not a dependency; imports and fully qualified names both count. Notebooks, which sit
 * beside cli, may not use cli either.
 */
class LayersTest {
  static final Path REPO = Path.of(System.getProperty("sizing.repo", ".")).toAbsolutePath().normalize();
  static final Path SOURCES = REPO.resolve("src/main/java/sizing");

  /** Each layer's packages, lowest layer first. */
  static final List<Set<String>> LAYERS = List.of(
      Set.of("io"),
      Set.of("model"),
      Set.of("data"),
      Set.of("calibrate"),
      Set.of("plan"),
      Set.of("sweep"),
      Set.of("table"),
      Set.of("audit", "chart"),
      Set.of("narrative"),
      Set.of("cli", "notebook"));

  /**
   * References known to point up, each with the work that removes it. An entry that no longer
   * matches a reference fails the test, so the list only shrinks.
   */
  static final Map<String, String> KNOWN = Map.of();

  static final Pattern REFERENCE = Pattern.compile("\\bsizing\\.([a-z]+)\\.");

  @Test
  void everyReferenceBetweenPackagesPointsDown() throws IOException {
    var found = new TreeSet<String>();
    try (var files = Files.walk(SOURCES)) {
      for (var file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        var relative = SOURCES.relativize(file);
        if (relative.getNameCount() < 2) {
          continue; // sizing/package-info.java
        }
        var from = relative.getName(0).toString();
        for (var to : references(Files.readString(file))) {
          if (!to.equals(from) && !pointsDown(from, to)) {
            found.add(relative.toString().replace('\\', '/') + " -> " + to);
          }
        }
      }
    }
    var unexpected = new TreeSet<>(found);
    unexpected.removeAll(KNOWN.keySet());
    assertThat(unexpected).as("references from a lower package to a higher one or to a neighbour (layers, lowest first: "
        + LAYERS + ")").isEmpty();
    var stale = new TreeSet<>(KNOWN.keySet());
    stale.removeAll(found);
    assertThat(stale).as("known upward references that are gone: remove them from LayersTest.KNOWN").isEmpty();
  }

  @Test
  void everyPackageHasALayer() throws IOException {
    try (var dirs = Files.list(SOURCES)) {
      var packages = dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
      assertThat(packages).allSatisfy(p -> assertThat(layer(p)).as("layer of package sizing." + p).isNotNegative());
    }
  }

  @Test
  void notebooksDoNotReachIntoTheCommandLine() throws IOException {
    var mapper = new ObjectMapper();
    var offending = new ArrayList<String>();
    try (var files = Files.list(REPO.resolve("notebooks"))) {
      for (var nb : files.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList()) {
        for (var cell : mapper.readTree(nb.toFile()).get("cells")) {
          if (cell.get("cell_type").asText().equals("code")) {
            var code = new StringBuilder();
            cell.get("source").forEach(s -> code.append(s.asText()));
            if (references(code.toString()).contains("cli")) {
              offending.add(nb.getFileName() + ": " + code.toString().strip().lines().findFirst().orElse(""));
            }
          }
        }
      }
    }
    assertThat(offending).isEmpty();
  }

  @Test
  void theCheckFindsAnUpwardReferenceInCodeButNotInCommentsOrStrings() {
    var source = """
        package sizing.model;

        import sizing.io.BadInput;
        import sizing.cli.Cli; // pointing up

        /** See {@link sizing.narrative.Md}. */
        final class Example {
          String s = "sizing.chart.Charts";
          char c = '"';
          Object o = sizing.sweep.Sweep.NONE; /* and sizing.audit.Audit */
        }
        """;
    assertThat(references(source)).containsExactlyInAnyOrder("io", "cli", "sweep");
    assertThat(pointsDown("model", "io")).isTrue();
    assertThat(pointsDown("model", "cli")).isFalse();
    assertThat(pointsDown("chart", "audit")).as("neighbours").isFalse();
    assertThat(pointsDown("notebook", "cli")).as("neighbours").isFalse();
  }

  static boolean pointsDown(String from, String to) {
    int a = layer(from);
    int b = layer(to);
    return a >= 0 && b >= 0 && b < a;
  }

  static int layer(String pkg) {
    for (int i = 0; i < LAYERS.size(); i++) {
      if (LAYERS.get(i).contains(pkg)) {
        return i;
      }
    }
    return -1;
  }

  /** The {@code sizing.X} packages {@code source} refers to in code, outside comments and literals. */
  static Set<String> references(String source) {
    var packages = new TreeSet<String>();
    var m = REFERENCE.matcher(code(source));
    while (m.find()) {
      packages.add(m.group(1));
    }
    return packages;
  }

  /** {@code source} with comments, string and character literals (text blocks too) blanked out. */
  static String code(String source) {
    var out = new StringBuilder(source.length());
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      if (source.startsWith("//", i)) {
        while (i < n && source.charAt(i) != '\n') {
          i++;
        }
      } else if (source.startsWith("/*", i)) {
        int end = source.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
        out.append(' ');
      } else if (source.startsWith("\"\"\"", i)) {
        int end = source.indexOf("\"\"\"", i + 3);
        i = end < 0 ? n : end + 3;
        out.append("\"\"");
      } else if (c == '"' || c == '\'') {
        i++;
        while (i < n && source.charAt(i) != c && source.charAt(i) != '\n') {
          i += source.charAt(i) == '\\' ? 2 : 1;
        }
        i++;
        out.append(c).append(c);
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }
}
