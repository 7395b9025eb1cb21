package sizing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code jbang size} answers without touching Tablesaw's {@code Table}, whose first use scans the
 * class path with ClassGraph (about a third of a second of every start; the README's Speed section
 * has the figures). This runs each kind of size request in a fresh JVM that logs every class it
 * loads, and fails if ClassGraph or {@code Table} is among them.
 */
class SizeJobStartupTest {

  /** Runs one of each kind of request, printing nothing. */
  public static final class Probe {
    public static void main(String[] args) {
      var none = List.<Path>of();
      for (var format : OutputFormat.values()) {
        SizeJob.run(new SizeJob.Request(null, false, "on-demand", none, format));
        SizeJob.run(new SizeJob.Request("small-managed", false, "1y", none, format));
        SizeJob.run(new SizeJob.Request(null, true, "on-demand", none, format));
        SizeJob.run(new SizeJob.Request(null, false, "on-demand", none, format, 120, Double.NaN, 99.9, Double.NaN,
            null, null, 3));
        SizeJob.run(new SizeJob.Request(null, false, "on-demand", none, format, 5000, 35, Double.NaN, 100, null, null,
            0));
      }
    }
  }

  @Test
  void noSizeRequestLoadsTablesawsTableOrItsClassPathScanner() throws IOException, InterruptedException {
    var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    var process = new ProcessBuilder(java, "-Xlog:class+load=info:stdout", "-cp", System.getProperty("java.class.path"),
        Probe.class.getName())
        .redirectErrorStream(true)
        .start();
    var log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(log.lines().filter(l -> !l.startsWith("[")).toList().toString()).isZero();

    var loaded = log.lines().filter(l -> l.contains("[class,load]")).map(l -> l.replaceAll(".*\\[class,load\\] (\\S+).*", "$1"))
        .toList();
    assertThat(loaded).as("the probe ran and its classes were logged").contains("sizing.cli.SizeJob", "sizing.table.Grid");
    assertThat(loaded.stream().filter(c -> c.startsWith("io.github.classgraph.") || c.equals("tech.tablesaw.api.Table")))
        .as("classes a size request should not load").isEmpty();
  }
}
