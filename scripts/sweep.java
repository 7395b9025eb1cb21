///usr/bin/env jbang "$0" "$@" ; exit $?
//DESCRIPTION Sweep workload, goal, price and LLM parameters over ranges; Monte Carlo over the workload's uncertainty; a month-by-month growth path. Writes CSV and Excel tables.
//JAVA 17+
//DEPS com.fasterxml.jackson:jackson-bom:2.23.0@pom
//DEPS com.fasterxml.jackson.core:jackson-databind
//DEPS info.picocli:picocli:4.7.7
//DEPS org.commonmark:commonmark:0.24.0
//DEPS org.commonmark:commonmark-ext-gfm-tables:0.24.0
//DEPS tech.tablesaw:tablesaw-core:0.44.4
//DEPS org.knowm.xchart:xchart:3.8.8
//DEPS org.slf4j:slf4j-nop:2.0.12
//DEPS de.erichseifert.vectorgraphics2d:VectorGraphics2D:0.13
//SOURCES ../src/main/java/sizing/**.java
//JAVA_OPTIONS -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xlog:cds=off -Xlog:cds+dynamic=off
//CDS

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import sizing.cli.Cli;
import sizing.cli.Options;
import sizing.cli.ProgressBar;
import sizing.cli.SweepJob;
import sizing.sweep.MonteCarlo;
import sizing.sweep.Sweep;

@Command(
    name = "sweep",
    mixinStandardHelpOptions = true,
    version = "sweep 0.1.0",
    sortOptions = false,
    description = {
      "Judges every combination of the values you give (users, any workload parameter, goals, term, "
          + "LLM model, a price multiplier) and writes one table row per combination with the cheapest plan "
          + "that meets every goal there (--mode pick), or one row per combination and plan (--mode all), to "
          + "sweep.csv and sweep.xlsx in --out. The folder is replaced whole, only by a complete new one, "
          + "and only if it is new, empty or written by an earlier sweep (else --force).",
      "",
      "RANGE is FROM..TO:STEP (both ends included; FROM..TO steps by 1), a list a,b,c, or one value. "
          + "NAME is concurrent_users, a workload parameter (data/workloads/guide.csv, e.g. "
          + "backend_cpu_seconds_per_request), llm_model, term, price_multiplier, p95_seconds_goal, "
          + "availability_pct_goal or budget_usd_goal.",
      "",
      "--monte-carlo N draws the workload's uncertain parameters N times from their low..high ranges "
          + "(triangular around the file's value, seeded) and writes montecarlo.csv (each plan's chance of "
          + "meeting every goal, P50/P90 total cost, P10/P50 capacity) and tornado.csv (which input moves "
          + "the recommended plan's capacity and cost most), and prints the plans likeliest to meet the goals with "
          + "their P50/P90 monthly cost. It works at the base point: --users if it is "
          + "one number (else the users are sampled too), the first --term and --llm; --vary does not apply.",
      "--growth prints and writes to growth.csv the path of users growing RATE_PCT a month: the plan each month, when it runs "
          + "out and what the next one costs, beside the guide's migration path (POV, small, enterprise).",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  jbang sweep --users 10..500:10                    the cheapest plan from 10 to 500 users",
      "  jbang sweep --users 50..300:50 --llm gpt-4,gpt-4o-mini --term on-demand,1y",
      "  jbang sweep --users 100 --vary backend_cpu_seconds_per_request=1.5..3:0.25 --mode all",
      "  jbang sweep --users 120 --vary price_multiplier=0.8,1,1.2 --vary availability_pct_goal=99.5,99.9",
      "  jbang sweep --users 120 --monte-carlo 10000 --seed 7   chance each plan meets the goals",
      "  jbang sweep --growth 20 --start-users 15 --months 24   the growth path beside the guide's",
      "",
      "A progress bar appears on a terminal when a run takes more than a second.",
      "Exit codes: 0 "
          + "written, 2 bad argument, data file or --out folder, or output that could not be written "
          + "(nothing is written; an earlier --out stays as it was)."
    })
public class sweep implements Callable<Integer> {

  @Option(names = "--users", paramLabel = "RANGE", description = "Concurrent users, e.g. 10..500:10 or 50,100,200 (default: the workload's, 50).")
  String users;

  @Option(names = "--vary", paramLabel = "NAME=RANGE", description = "Another parameter to vary; repeat for more (every combination is judged).")
  List<String> vary = new ArrayList<>();

  @Option(names = "--mode", paramLabel = "MODE", defaultValue = "pick",
      description = "pick: the cheapest plan meeting every goal per combination; all: every plan per combination (default: ${DEFAULT-VALUE}).")
  String mode;

  @Option(names = "--term", paramLabel = "TERM", description = "Payment term(s) from data/prices/commitments.csv: on-demand, 1y, 2y; a list varies it (default: on-demand).")
  String term;

  @Option(names = "--llm", paramLabel = "MODEL", description = "LLM(s) from data/llm/models.csv; a list varies it (default: gpt-4, as the guide).")
  String llm;

  @Mixin Options.Prices prices;

  @Option(names = "--workload", paramLabel = "FILE", description = "A workload CSV (default: data/workloads/guide.csv).")
  Path workload;

  @Mixin Options.OutDir out;

  @Option(names = "--monte-carlo", paramLabel = "N", converter = Cli.Count.class, description = "Also write montecarlo.csv and tornado.csv from N samples of the workload.")
  Integer monteCarlo;

  @Option(names = "--seed", paramLabel = "S", description = "Monte Carlo seed: the same seed gives the same numbers (default: " + MonteCarlo.DEFAULT_SEED + ").")
  Long seed;

  @Option(names = "--plan", paramLabel = "NAME", description = "A plan for the Monte Carlo (a scenario or a generated plan name); repeat for more (default: the guide's deployments and the cost-capacity frontier).")
  List<String> plans = new ArrayList<>();

  @Option(names = "--growth", paramLabel = "RATE_PCT", description = "Also write growth.csv: users growing RATE_PCT percent a month.")
  Double growth;

  @Option(names = "--months", paramLabel = "M", converter = Cli.Count.class, description = "Months of the growth path (default: " + SweepJob.DEFAULT_MONTHS + ").")
  Integer months;

  @Option(names = "--start-users", paramLabel = "U", converter = Cli.Users.class, description = "Users in month 1 of the growth path (default: the workload's, 50).")
  Double startUsers;

  @Mixin Options.Wide wide;

  @Override
  public Integer call() {
    var request = new SweepJob.Request(users, vary, Cli.choose("--mode", mode, java.util.Map.of("pick", Sweep.Mode.PICK, "all", Sweep.Mode.ALL)),
        term, llm, prices.files(), workload, out.out(), monteCarlo == null ? 0 : monteCarlo, seed,
        growth == null ? Double.NaN : growth, months == null ? 0 : months, startUsers == null ? Double.NaN : startUsers, plans,
        out.force(), wide.width());
    System.out.print(SweepJob.run(request, ProgressBar::onStandardError).summary());
    return 0;
  }

  public static void main(String... args) {
    System.exit(Cli.run(new sweep(), args));
  }
}
