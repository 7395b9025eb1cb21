///usr/bin/env jbang "$0" "$@" ; exit $?
//DESCRIPTION Fit a load test (usl-format CSV or Locust stats history) with the Universal Scalability Law and write a workload calibrated to it.
//JAVA 17+
//DEPS com.fasterxml.jackson:jackson-bom:2.23.0@pom
//DEPS com.fasterxml.jackson.core:jackson-databind
//DEPS info.picocli:picocli:4.7.7
//DEPS tech.tablesaw:tablesaw-core:0.44.4
//DEPS org.slf4j:slf4j-nop:2.0.12
//SOURCES ../src/main/java/sizing/model/*.java ../src/main/java/sizing/data/*.java
//SOURCES ../src/main/java/sizing/calibrate/*.java ../src/main/java/sizing/plan/*.java ../src/main/java/sizing/table/*.java
//SOURCES ../src/main/java/sizing/io/*.java
//SOURCES ../src/main/java/sizing/cli/Cli.java ../src/main/java/sizing/cli/CommandFailed.java
//SOURCES ../src/main/java/sizing/cli/CostJson.java ../src/main/java/sizing/cli/OutputFormat.java
//SOURCES ../src/main/java/sizing/cli/UsageException.java
//SOURCES ../src/main/java/sizing/cli/CalibrateJob.java ../src/main/java/sizing/cli/Options.java
//JAVA_OPTIONS -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xlog:cds=off -Xlog:cds+dynamic=off
//CDS

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import sizing.cli.CalibrateJob;
import sizing.cli.Cli;
import sizing.cli.Options;

@Command(
    name = "calibrate",
    mixinStandardHelpOptions = true,
    version = "calibrate 0.1.0",
    sortOptions = false,
    description = {
      "Reads a load test against one deployed plan, fits its throughput at each concurrency with the "
          + "Universal Scalability Law by least squares (R^2 and residuals reported), and writes a workload "
          + "whose backend_cpu_seconds_per_request is the plan's workers over the fitted peak throughput, "
          + "with the load test as its source and the test's date as its as_of. Every other parameter is "
          + "copied from the base workload. Use the result with jbang size --workload.",
      "",
      "FILE is either a CSV with the columns concurrency,throughput_per_s[,p95_seconds] (the input of "
          + "R's usl package and usl4j; concurrency rising row by row; an as_of column dates it) or the "
          + "*_stats_history.csv that locust --csv writes (its Aggregated rows, grouped by User Count). "
          + "Without --out the workload goes to standard output, the fit report as # comment lines first."
    },
    footer = {
      "",
      "Examples:",
      "  jbang calibrate data/loadtests/cisco-usl.csv",
      "  jbang calibrate run_stats_history.csv --scenario pov --out mine.csv",
      "  jbang size --workload mine.csv",
      "",
      "Exit codes: 0 written, 2 bad argument or load test (fewer than 4 concurrency levels, "
          + "concurrency that does not rise, a throughput that is not a positive number, a fit that does not "
          + "converge); then nothing is written."
    })
public class calibrate implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "FILE", description = "The load test: usl-format CSV or Locust *_stats_history.csv.")
  Path file;

  @Option(names = "--out", paramLabel = "WORKLOAD.csv", description = "Write the calibrated workload here (default: standard output).")
  Path out;

  @Option(names = "--scenario", paramLabel = "NAME",
      description = "The guide deployment the test ran against; its backends x workers turn peak throughput into service time (default: pov).")
  String scenario;

  @Option(names = "--workers", paramLabel = "N", description = "The workers that served the test, instead of a scenario's.")
  Integer workers;

  @Option(names = "--workload", paramLabel = "FILE", description = "The workload to calibrate (default: data/workloads/guide.csv).")
  Path workload;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "The test's date, YYYY-MM-DD (default: the Locust timestamps, the file's as_of column, else the file's modification date).")
  String asOf;

  @Mixin Options.Output output;

  @Override
  public Integer call() {
    System.out.print(CalibrateJob.run(new CalibrateJob.Request(file, out, scenario, workers, workload, asOf, output.format(),
        output.width())));
    return 0;
  }

  public static void main(String... args) {
    System.exit(Cli.run(new calibrate(), args));
  }
}
