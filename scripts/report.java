///usr/bin/env jbang "$0" "$@" ; exit $?
//DESCRIPTION Execute every notebook headless and render the report stakeholders open without running anything.
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
//JAVA_OPTIONS -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xlog:cds=off -Xlog:cds+dynamic=off
//CDS

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import sizing.cli.Cli;
import sizing.cli.Options;
import sizing.cli.ReportJob;
import sizing.data.Inputs;

@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    version = "report 0.2.0",
    sortOptions = false,
    description = {
      "Executes every notebook in notebooks/ headless for the inputs given and writes the report:",
      "index.html states the decision (the plan, its monthly cost with and without the LLM, how likely "
          + "it meets the goals, the data's dates, the commit), then one self-contained page per notebook "
          + "(charts embedded, no scripts, code hidden unless --with-code). The inputs are injected after "
          + "each notebook's parameters cell and stated on every page. The output folder is replaced only "
          + "when every notebook ran, and only if it is new, empty or an earlier report (else --force); it "
          + "is checked before anything runs.",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  jbang report                                    build/report/index.html",
      "  jbang report --users 120 --llm gpt-4o-mini      the whole report for 120 users on gpt-4o-mini",
      "  jbang report --prices data/prices/guide-catalog.csv --prices mine.csv --pdf",
      "  jbang report --notebook 01 --out /tmp/summary --with-code",
      "",
      "Data: --data DIR, else SIZING_DATA, else the data/ folder of this clone.",
      "Exit codes: 0 written, "
          + "1 a notebook failed (nothing written), 2 bad argument or data file."
    })
public class report implements Callable<Integer> {

  @Mixin Options.OutDir out;

  @Mixin Options.Demand demand;

  @Option(names = "--term", paramLabel = "TERM", description = "Payment term from data/prices/commitments.csv: on-demand, 1y, 2y (default: on-demand).")
  String term;

  @Mixin Options.Prices prices;

  @Option(names = "--data", paramLabel = "DIR", description = "The data folder (default: SIZING_DATA, else this clone's data/).")
  Path data;

  @Option(names = "--with-code", description = "Show the notebooks' code cells in the pages.")
  boolean withCode;

  @Option(names = "--pdf", description = "Also print the whole report to report.pdf in the output folder (headless Chromium).")
  boolean pdf;

  @Option(names = "--notebook", paramLabel = "NAME",
      description = "Render only this notebook (a name or its number prefix, e.g. 01); repeatable. Default: all.")
  List<String> notebooks = new ArrayList<>();

  @Option(names = "--no-setup", description = "Skip tools/setup-jupyter.sh (Jupyter and the report's kernel are already set up).")
  boolean noSetup;

  @Override
  public Integer call() {
    long start = System.nanoTime();
    var inputs = new Inputs(demand.users(), demand.llm(), demand.p95(), demand.uptime(), demand.budget(), term, prices.files(),
        demand.workload());
    var request = new ReportJob.Request(out.out(), notebooks, !noSetup, withCode, pdf, inputs, data, out.force());
    var result = ReportJob.run(ReportJob.repo(), request);
    System.out.printf(Locale.ROOT, "report: %d pages in %s (open index.html)%s, %.0f s%n", result.pages().size(), result.out(),
        result.pdf() == null ? "" : " and " + result.pdf().getFileName(), (System.nanoTime() - start) / 1e9);
    return 0;
  }

  public static void main(String... args) {
    System.exit(Cli.run(new report(), args));
  }
}
