///usr/bin/env jbang "$0" "$@" ; exit $?
//DESCRIPTION Execute every notebook headless and render the report stakeholders open without running anything.
//JAVA 17+
//DEPS com.fasterxml.jackson:jackson-bom:2.23.0@pom
//DEPS com.fasterxml.jackson.core:jackson-databind
//DEPS info.picocli:picocli:4.7.7
//DEPS tech.tablesaw:tablesaw-core:0.44.4
//DEPS org.knowm.xchart:xchart:3.8.8
//DEPS org.slf4j:slf4j-nop:2.0.12
//SOURCES ../src/main/java/sizing/**.java

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import sizing.cli.Cli;
import sizing.cli.ReportJob;
import sizing.data.DataDir;

@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    version = "report 0.1.0",
    sortOptions = false,
    description = {
      "Sets up Jupyter and the Java kernel if needed, executes every notebook in notebooks/ headless,",
      "and writes each as self-contained HTML (charts embedded) with an index.html that links them and",
      "states where the data comes from. The output folder is replaced only when every notebook ran,",
      "and only if it is new, empty or an earlier report (else --force); it is checked before any runs."
    },
    footer = {
      "",
      "Examples:",
      "  jbang report                         build/report/index.html",
      "  jbang report --notebook 01 --out /tmp/summary",
      "",
      "Exit codes: 0 written, 1 a notebook failed (nothing written), 2 bad argument."
    })
public class report implements Callable<Integer> {

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "build/report",
      description = "Folder for the HTML pages (default: ${DEFAULT-VALUE}): new, empty, or an earlier report; replaced whole.")
  Path out;

  @Option(names = "--force", description = "Replace --out even if it holds files the workbook did not write (never /, a home directory or a repository).")
  boolean force;

  @Option(names = "--notebook", paramLabel = "NAME",
      description = "Render only this notebook (a name or its number prefix, e.g. 01); repeatable. Default: all.")
  List<String> notebooks = new ArrayList<>();

  @Option(names = "--no-setup", description = "Skip tools/setup-jupyter.sh (Jupyter and the kernel are already set up).")
  boolean noSetup;

  @Override
  public Integer call() {
    var repo = DataDir.locate().getParent();
    var result = ReportJob.run(repo, out, notebooks, !noSetup, force);
    System.out.println("report: " + result.pages().size() + " pages in " + result.out() + " (open index.html)");
    return 0;
  }

  public static void main(String... args) {
    System.exit(Cli.run(new report(), args));
  }
}
