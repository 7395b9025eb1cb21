package sizing.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command's default output, {@code --help} included, fits a 120-column terminal, on standard
 * output and standard error alike; {@code --wide} prints everything unshortened. The width is set
 * through {@code COLUMNS}, so the check is the same on every machine. Widths are counted in
 * characters (a "§" is one).
 */
class TerminalWidthIT {
  static final int COLUMNS = 120;

  static int widest(String text) {
    return text.lines().mapToInt(String::length).max().orElse(0);
  }

  static void fits(String... args) {
    var run = Scripts.jbangAt(COLUMNS, args);
    assertThat(run.exit()).as(String.join(" ", args) + ": " + run.err()).isZero();
    assertThat(widest(run.out())).as(String.join(" ", args) + " standard output:\n" + run.out()).isLessThanOrEqualTo(COLUMNS);
    assertThat(widest(run.err())).as(String.join(" ", args) + " standard error:\n" + run.err()).isLessThanOrEqualTo(COLUMNS);
  }

  @Test
  void everyCommandsHelpFits() {
    for (var command : List.of(List.of("size"), List.of("sweep"), List.of("charts"), List.of("audit"), List.of("prices"),
        List.of("prices", "diff"), List.of("prices", "import"), List.of("calibrate"), List.of("report"))) {
      var args = new ArrayList<>(command);
      args.add("--help");
      fits(args.toArray(String[]::new));
    }
  }

  @Test
  void sizeFitsInEveryMode() {
    fits("size");
    fits("size", "--users", "120");
    fits("size", "--users", "120", "--uptime", "99.9");
    fits("size", "--users", "120", "--uptime", "99.9", "--budget", "300");
    fits("size", "--users", "5000", "--budget", "100");
    fits("size", "--scenario", "pov");
    fits("size", "--scenario", "enterprise-managed", "--term", "1y");
    fits("size", "--list-scenarios");
  }

  @Test
  void auditPricesAndCalibrateFit(@TempDir Path dir) {
    fits("audit");
    fits("prices", "diff", "data/prices/guide-catalog.csv", "data/prices/do-published.csv");
    fits("calibrate", "data/loadtests/cisco-usl.csv", "--out", dir.resolve("mine.csv").toString());
  }

  @Test
  void sweepAndChartsFitAndSayTheAnswer(@TempDir Path dir) {
    fits("sweep", "--users", "10..500:10", "--out", dir.resolve("a").toString());
    fits("charts", "--out", dir.resolve("c").toString());
    var mc = Scripts.jbangAt(COLUMNS, "sweep", "--users", "120", "--monte-carlo", "300", "--seed", "7", "--growth", "20",
        "--start-users", "15", "--months", "30", "--out", dir.resolve("b").toString());
    assertThat(mc.exit()).as(mc.err()).isZero();
    assertThat(widest(mc.out())).as(mc.out()).isLessThanOrEqualTo(COLUMNS);
    // the answers, then the files
    assertThat(mc.out()).contains("How likely each plan is to meet every goal", "meets", "p90 (USD)")
        .contains("No plan meets every goal in months 25, 26"); // month 25: 15 x 1.2^24 = 1,431 users, more than the largest generated plan carries
    assertThat(mc.out().indexOf("No plan meets every goal in month")).isLessThan(mc.out().indexOf("wrote sweep.csv"));
  }

  @Test
  void withoutColumnsTheOutputFitsOneHundred() {
    for (var args : List.of(List.of("size", "--users", "120", "--uptime", "99.9"), List.of("audit"),
        List.of("prices", "diff", "data/prices/guide-catalog.csv", "data/prices/do-published.csv"), List.of("size", "--help"))) {
      var run = Scripts.jbang(args.toArray(String[]::new)); // COLUMNS unset
      assertThat(run.exit()).as(args + ": " + run.err()).isZero();
      assertThat(widest(run.out())).as(args + "\n" + run.out()).isLessThanOrEqualTo(100);
    }
  }

  @Test
  void wideShowsEveryColumnAndNameInFull() {
    var narrow = Scripts.jbangAt(COLUMNS, "size");
    var wide = Scripts.jbangAt(COLUMNS, "size", "--wide");
    assertThat(wide.exit()).as(wide.err()).isZero();
    assertThat(widest(wide.out())).isGreaterThan(COLUMNS);
    assertThat(narrow.out()).doesNotContain("yearly (USD)");
    assertThat(wide.out()).contains("yearly (USD)", "first month (USD)")
        .contains("Two 16 GB backends + managed PostgreSQL 8 GB + load balancer + 250 GB block storage");
    var audit = Scripts.jbangAt(COLUMNS, "audit", "--wide");
    assertThat(audit.out()).containsPattern("s1-price\\s+does not hold\\s+Scenario 1: POV/Demo Environment\\s+\\$84\\s+\\$56\\.00");
  }
}
