///usr/bin/env jbang "$0" "$@" ; exit $?
//DESCRIPTION Import DigitalOcean's droplet size list as a price catalog, or compare two catalogs and what the difference does to each of the guide's deployments.
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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import sizing.cli.Cli;
import sizing.cli.Options;
import sizing.cli.PricesJob;

@Command(
    name = "prices",
    mixinStandardHelpOptions = true,
    version = "prices 0.1.0",
    subcommands = {prices.Import.class, prices.Diff.class},
    description = {
      "Price catalogs: import DigitalOcean's droplet size list (the GET /v2/sizes response or doctl "
          + "compute size list --output json) as a catalog in the workbook's CSV format, or compare two "
          + "catalogs and what the difference does to each of the guide's deployments."
    },
    footer = {
      "",
      "Examples:",
      "  jbang prices import sizes.json --out data/prices/do-2025-11.csv",
      "  jbang size --prices data/prices/guide-catalog.csv --prices data/prices/do-2025-11.csv",
      "  jbang prices diff data/prices/guide-catalog.csv data/prices/do-published.csv",
      "",
      "Exit codes: 0 done, 2 bad argument or input file (nothing written)."
    })
public class prices implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "Missing a subcommand: import or diff");
  }

  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      description = {
        "Reads DigitalOcean's droplet size list, as GET /v2/sizes returns it or as doctl compute size "
            + "list --output json prints it, and writes a price catalog (item = slug, memory in GB, "
            + "price_monthly, available) with source (the file and the API shape) and as_of. Unknown fields "
            + "are ignored; unavailable sizes are kept with available=false. Without --out the catalog goes to "
            + "standard output; with it the file is written whole or not at all."
      })
  static class Import implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "The size list (JSON).")
    Path file;

    @Option(names = "--out", paramLabel = "CATALOG.csv", description = "Write the catalog here (default: standard output).")
    Path out;

    @Option(names = "--as-of", paramLabel = "DATE", description = "The date the list was fetched, YYYY-MM-DD (default: today).")
    String asOf;

    @Override
    public Integer call() {
      System.out.print(PricesJob.importSizes(new PricesJob.ImportRequest(file, out, asOf)));
      return 0;
    }
  }

  @Command(
      name = "diff",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      description = {
        "Items whose monthly price differs between catalogs A and B, the items only one has, and each of "
            + "the guide's deployments priced by both; a deployment with an item a catalog lacks says which "
            + "instead of a total. --overlay prices with B laid over A, as --prices A --prices B."
      })
  static class Diff implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "A", description = "The first catalog CSV.")
    Path a;

    @Parameters(index = "1", paramLabel = "B", description = "The second catalog CSV.")
    Path b;

    @Option(names = "--overlay", description = "Lay B over A before pricing, so B need only hold the items it changes.")
    boolean overlay;

    @Mixin Options.Output output;

    @Override
    public Integer call() {
      System.out.print(PricesJob.diff(new PricesJob.DiffRequest(a, b, overlay, output.format(), output.width())));
      return 0;
    }
  }

  public static void main(String... args) {
    System.exit(Cli.run(new prices(), args));
  }
}
