///usr/bin/env jbang "$0" "$@" ; exit $?
//DESCRIPTION Price the guide's DigitalOcean deployments, judge them against a workload, or find the cheapest plan that meets your goals.
//JAVA 17+
//DEPS com.fasterxml.jackson:jackson-bom:2.23.0@pom
//DEPS com.fasterxml.jackson.core:jackson-databind
//DEPS info.picocli:picocli:4.7.7
//DEPS tech.tablesaw:tablesaw-core:0.44.4
//DEPS org.slf4j:slf4j-nop:2.0.12
//SOURCES ../src/main/java/sizing/model/*.java ../src/main/java/sizing/data/*.java
//SOURCES ../src/main/java/sizing/plan/*.java ../src/main/java/sizing/table/*.java ../src/main/java/sizing/calibrate/*.java
//SOURCES ../src/main/java/sizing/io/*.java ../src/main/java/sizing/narrative/PlanProse.java
//SOURCES ../src/main/java/sizing/cli/Cli.java ../src/main/java/sizing/cli/CommandFailed.java
//SOURCES ../src/main/java/sizing/cli/CostJson.java ../src/main/java/sizing/cli/OutputFormat.java
//SOURCES ../src/main/java/sizing/cli/Options.java ../src/main/java/sizing/cli/PlanJson.java
//SOURCES ../src/main/java/sizing/cli/SizeJob.java ../src/main/java/sizing/cli/UsageException.java
//JAVA_OPTIONS -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xlog:cds=off -Xlog:cds+dynamic=off
//CDS

import static sizing.cli.Options.Demand.orNaN;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import sizing.cli.Cli;
import sizing.cli.Options;
import sizing.cli.SizeJob;

@Command(
    name = "size",
    mixinStandardHelpOptions = true,
    version = "size 0.1.0",
    sortOptions = false,
    description = {
      "With no options: every deployment the guide prices, side by side, with its monthly cost, the "
          + "guide's own figure and the model's capacity. --scenario shows one deployment itemised and "
          + "judged beside the guide's estimates. --users, --p95, --uptime, --budget or --top finds the "
          + "cheapest plan that meets the goals, the alternatives, and why other families fail."
    },
    footer = {
      "",
      "Examples:",
      "  jbang size                                  the guide's deployments side by side",
      "  jbang size --scenario small-managed --term 1y",
      "  jbang size --users 120 --uptime 99.9        the cheapest plan for 120 concurrent users",
      "  jbang size --users 120 --llm gpt-4o-mini --format json",
      "",
      "Nearest plan (when no plan meets every goal): of the plans whose queue drains (if any), the one with the "
          + "smallest shortfall, the sum over the goals it misses of (value - goal) / goal; for availability, "
          + "(goal - value) / (100 - goal), the downtime past what the goal allows over that allowance.",
      "",
      "A plan whose connection pools exceed what PostgreSQL accepts carries 0 users; the output names the fix and "
          + "what the plan carries after it.",
      "",
      "Exit codes: 0 answered (also when no plan meets the goals), 2 bad argument or data file."
    })
public class size implements Callable<Integer> {

  @Option(names = "--scenario", paramLabel = "NAME", description = "One of the guide's deployments (see --list-scenarios).")
  String scenario;

  @Option(names = "--list-scenarios", description = "List the guide's deployments and exit.")
  boolean listScenarios;

  @Option(names = "--term", paramLabel = "TERM", defaultValue = "on-demand",
      description = "Payment term from data/prices/commitments.csv: on-demand, 1y, 2y (default: ${DEFAULT-VALUE}). 1y and 2y are the guide's assumption.")
  String term;

  @Mixin Options.Prices prices;

  @Mixin Options.Demand demand;

  @Option(names = "--top", paramLabel = "K", converter = Cli.Count.class, description = "How many feasible plans to show (default: 5).")
  Integer top;

  @Mixin Options.Output output;

  @Override
  public Integer call() {
    var request = new SizeJob.Request(scenario, listScenarios, term, prices.files(), output.format(),
        orNaN(demand.users()), orNaN(demand.p95()), orNaN(demand.uptime()), orNaN(demand.budget()),
        demand.workload(), demand.llm(), top == null ? 0 : top, output.width());
    System.out.print(SizeJob.run(request));
    return 0;
  }

  public static void main(String... args) {
    System.exit(Cli.run(new size(), args));
  }
}
