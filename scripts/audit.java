///usr/bin/env jbang "$0" "$@" ; exit $?
//DESCRIPTION Recompute every figure the guide states (totals, allocations, savings, budgets, pools, capacity, uptime, response times) and say whether it holds.
//JAVA 17+
//DEPS com.fasterxml.jackson:jackson-bom:2.23.0@pom
//DEPS com.fasterxml.jackson.core:jackson-databind
//DEPS info.picocli:picocli:4.7.7
//DEPS org.commonmark:commonmark:0.24.0
//DEPS org.commonmark:commonmark-ext-gfm-tables:0.24.0
//DEPS tech.tablesaw:tablesaw-core:0.44.4
//DEPS org.knowm.xchart:xchart:3.8.8
//DEPS org.slf4j:slf4j-nop:2.0.12
//SOURCES ../src/main/java/sizing/**.java

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import sizing.cli.AuditJob;
import sizing.cli.Cli;
import sizing.cli.Options;

@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    version = "audit 0.1.0",
    sortOptions = false,
    description = {
      "Recomputes every figure of the sizing guide listed in data/audit/claims.csv from the price "
          + "catalog, the guide's deployments and the sizing model, and prints one row per claim: the "
          + "section, what the guide says, what the workbook computes, the difference and the verdict "
          + "(holds, does not hold, cannot be checked) with why; then a summary of the gaps."
    },
    footer = {
      "",
      "Examples:",
      "  jbang audit                                  every claim, against the guide's own prices",
      "  jbang audit --format md",
      "  jbang audit --prices data/prices/guide-catalog.csv --prices data/prices/do-published.csv",
      "",
      "Exit codes: 0 audited (also when claims do not hold), 2 bad argument or data file."
    })
public class audit implements Callable<Integer> {

  @Option(names = "--claims", paramLabel = "FILE", description = "The claims to recompute (default: data/audit/claims.csv).")
  Path claims;

  @Mixin Options.Prices prices;

  @Option(names = "--workload", paramLabel = "FILE",
      description = "A workload CSV capacity claims are judged under, e.g. one written by jbang calibrate (default: data/workloads/guide.csv, calibrated to the guide's own estimates).")
  Path workload;

  @Mixin Options.Output output;

  @Override
  public Integer call() {
    System.out.print(AuditJob.run(new AuditJob.Request(claims, prices.files(), output.format(), output.width(), workload)));
    return 0;
  }

  public static void main(String... args) {
    System.exit(Cli.run(new audit(), args));
  }
}
