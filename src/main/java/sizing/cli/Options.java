package sizing.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import sizing.table.Width;

/**
 * The options that mean the same in every command, as picocli mixins ({@code @Mixin
 * Options.Output output;}), so each is declared and described once.
 */
public final class Options {
  private Options() {}

  /** {@code --format} and {@code --wide}: how the answer is printed. */
  public static final class Output {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
        description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Mixin Wide wide = new Wide();

    public OutputFormat format() {
      return format;
    }

    /** The width the aligned text fits: {@link Width#fromEnvironment}. */
    public Width width() {
      return wide.width();
    }
  }

  /** {@code --wide} alone, for a command that prints only aligned text. */
  public static final class Wide {
    @Option(names = "--wide",
        description = "Print every column and name in full, however wide (default: fit $COLUMNS, else 100 columns).")
    boolean wide;

    public Width width() {
      return Width.fromEnvironment(wide);
    }
  }

  /** {@code --prices}: price catalogs laid over each other. */
  public static final class Prices {
    @Option(names = "--prices", paramLabel = "FILE",
        description = "A price catalog CSV; repeat to lay later files over earlier ones item by item (default: the guide's "
            + "catalog, with DigitalOcean's published prices where a plan is recommended).")
    List<Path> files = new ArrayList<>();

    public List<Path> files() {
      return List.copyOf(files);
    }
  }

  /** {@code --out DIR} (default {@code build/COMMAND}) and {@code --force}: a folder the command replaces whole. */
  public static final class OutDir {
    @Option(names = "--out", paramLabel = "DIR", defaultValue = "build/${COMMAND-NAME}",
        description = "Folder for the files (default: ${DEFAULT-VALUE}): new, empty, or written by an earlier run; replaced whole.")
    Path out;

    @Option(names = "--force",
        description = "Replace --out even if it holds files the workbook did not write (never /, a home folder or a repository).")
    boolean force;

    public Path out() {
      return out;
    }

    public boolean force() {
      return force;
    }
  }

  /** The demand and the goals: {@code --users --llm --p95 --uptime --budget --workload}. */
  public static final class Demand {
    @Option(names = "--users", paramLabel = "N", converter = Cli.Users.class,
        description = "Concurrent users to serve (default: the workload file's, 50).")
    Double users;

    @Option(names = "--llm", paramLabel = "MODEL",
        description = "LLM the backend calls, from data/llm/models.csv (default: gpt-4, as the guide).")
    String llm;

    @Option(names = "--p95", paramLabel = "SECONDS", converter = Cli.Seconds.class,
        description = "Goal: 95th-percentile response time, seconds (default: data/workloads/guide-goals.csv).")
    Double p95;

    @Option(names = "--uptime", paramLabel = "PERCENT", converter = Cli.Percent.class,
        description = "Goal: monthly availability of the hosting, percent, e.g. 99.9 (default: the goals file's).")
    Double uptime;

    @Option(names = "--budget", paramLabel = "USD", converter = Cli.Usd.class,
        description = "Goal: the most the hosting may cost per month, USD (default: none).")
    Double budget;

    @Option(names = "--workload", paramLabel = "FILE", description = "A workload CSV (default: data/workloads/guide.csv).")
    Path workload;

    /** {@code --users}, or null. */
    public Double users() {
      return users;
    }

    public String llm() {
      return llm;
    }

    public Double p95() {
      return p95;
    }

    public Double uptime() {
      return uptime;
    }

    public Double budget() {
      return budget;
    }

    public Path workload() {
      return workload;
    }

    /** {@code v}, or NaN when it was not given. */
    public static double orNaN(Double v) {
      return v == null ? Double.NaN : v;
    }
  }
}
