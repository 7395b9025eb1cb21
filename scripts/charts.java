///usr/bin/env jbang "$0" "$@" ; exit $?
//DESCRIPTION Draw the workbook's charts (cost against capacity, reserved savings, p95, availability, hosting against LLM spend) as PNG and SVG.
//JAVA 17+
//JAVA_OPTIONS -Djava.awt.headless=true -XX:TieredStopAtLevel=1 -XX:+UseSerialGC
//DEPS com.fasterxml.jackson:jackson-bom:2.23.0@pom
//DEPS com.fasterxml.jackson.core:jackson-databind
//DEPS info.picocli:picocli:4.7.7
//DEPS org.commonmark:commonmark:0.24.0
//DEPS org.commonmark:commonmark-ext-gfm-tables:0.24.0
//DEPS tech.tablesaw:tablesaw-core:0.44.4
//DEPS org.knowm.xchart:xchart:3.8.8
//DEPS de.erichseifert.vectorgraphics2d:VectorGraphics2D:0.13
//DEPS org.slf4j:slf4j-nop:2.0.12
//SOURCES ../src/main/java/sizing/**.java

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;
import sizing.chart.ChartSet;
import sizing.chart.UserRange;
import sizing.cli.Cli;
import sizing.cli.Options;
import sizing.cli.ProgressBar;
import sizing.data.DataDir;
import sizing.data.Workbook;
import sizing.io.OutputDir;
import sizing.table.Width;

@Command(
    name = "charts",
    mixinStandardHelpOptions = true,
    version = "charts 0.1.0",
    sortOptions = false,
    description = {
      "Draws the workbook's charts into a directory, each as PNG and SVG: monthly cost against the "
          + "users each plan carries, the guide's deployments by payment term and the cash a prepaid term "
          + "takes, p95 response against users, availability against cost, and hosting against LLM spend. "
          + "Prints the files written, then what the capacities are calibrated to (the guide's own estimates, "
          + "or the load test of --workload); the progress goes to standard error (a bar on a terminal, else each "
          + "step named as it starts). 1y and 2y terms are the guide's assumption; the charts say so."
    },
    footer = {
      "",
      "Examples:",
      "  jbang charts                                every chart into build/charts",
      "  jbang charts --out report/charts --term 1y  priced with the guide's 1-year prepay",
      "  jbang charts --llm gpt-4o-mini --users 10..400:10",
      "  jbang charts --prices data/prices/guide-catalog.csv --prices mine.csv",
      "",
      "The output folder is replaced whole, only by a complete new one, and only if it is new, empty "
          + "or written by an earlier charts run (else --force).",
      "Exit codes: 0 written, 2 bad argument, data "
          + "file or output folder (an earlier one stays as it was)."
    })
public class charts implements Callable<Integer> {

  @Mixin Options.OutDir out;

  @Option(names = "--term", paramLabel = "TERM", defaultValue = "on-demand",
      description = "Payment term the plans are priced with: on-demand, 1y, 2y (default: ${DEFAULT-VALUE}). 1y and 2y are the guide's assumption.")
  String term;

  @Option(names = "--llm", paramLabel = "MODEL", defaultValue = Workbook.DEFAULT_LLM,
      description = "LLM the backend calls, from data/llm/models.csv (default: ${DEFAULT-VALUE}, as the guide).")
  String llm;

  @Mixin Options.Prices prices;

  @Option(names = "--workload", paramLabel = "FILE",
      description = "A workload CSV, e.g. one written by jbang calibrate (default: data/workloads/guide.csv, calibrated to the guide's own estimates).")
  Path workload;

  @Option(names = "--users", paramLabel = "FROM..TO:STEP", converter = Users.class,
      description = "Concurrent users along the axis of the p95 and LLM-spend charts (default: 5..300:5).")
  UserRange users = UserRange.DEFAULT;

  @Option(names = "--dpi", paramLabel = "DPI", defaultValue = "150",
      description = "PNG resolution, dots per inch (default: ${DEFAULT-VALUE}).")
  int dpi;

  @Override
  public Integer call() {
    var options = new ChartSet.Options(term, llm, users, dpi, null, null);
    var dataDir = DataDir.locate();
    var workbook = Workbook.load(dataDir, prices.files(), workload == null ? Workbook.defaultWorkload(dataDir) : workload);
    // progress on standard error (a bar on a terminal, else a line per step), the files on standard output
    boolean terminal = System.console() != null;
    try (var dir = OutputDir.open("--out", out.out(), "charts", out.force());
        var bar = ProgressBar.onStandardError("charts")) {
      ChartSet.Steps steps = (done, total, next) -> {
        if (terminal) {
          bar.update(done, total);
        } else if (!next.isEmpty()) {
          System.err.printf("charts: %d/%d %s%n", done + 1, total, next);
        }
      };
      var files = ChartSet.write(workbook, options, dir.stage(), steps);
      bar.close();
      dir.commit();
      for (var file : files) {
        System.out.println(out.out().resolve(dir.stage().relativize(file)));
      }
      System.out.println(Width.fromEnvironment(false).wrap(workbook.workload().capacityBasisSentence()));
    }
    return 0;
  }

  /** Reads FROM..TO:STEP; a malformed range is a usage error naming the option. */
  static final class Users implements ITypeConverter<UserRange> {
    @Override
    public UserRange convert(String value) {
      try {
        return UserRange.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  public static void main(String... args) {
    System.exit(Cli.run(new charts(), args));
  }
}
