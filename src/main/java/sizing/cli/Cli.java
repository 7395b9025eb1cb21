package sizing.cli;

import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeSet;
import picocli.CommandLine;
import sizing.io.BadInput;

/**
 * Runs a picocli command the workbook's way: bad arguments and bad data files print one line on
 * standard error and exit with {@link #USAGE}; nothing prints a stack trace unless {@code
 * SIZING_DEBUG} is set.
 */
public final class Cli {
  /** Exit code for bad input: an argument, a data file, a value. */
  public static final int USAGE = 2;
  /** Exit code for a failure that is the workbook's own fault. */
  public static final int SOFTWARE = 1;

  private Cli() {}

  /** Parses {@code args} into {@code command}, runs it and returns the exit code. */
  public static int run(Object command, String... args) {
    var cl = new CommandLine(command);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          var name = ex.getCommandLine().getCommandSpec().qualifiedName();
          ex.getCommandLine().getErr().println(name + ": " + oneLine(ex.getMessage()) + " (see " + name + " --help)");
          return USAGE;
        });
    cl.setExecutionExceptionHandler(
        (ex, line, parsed) -> {
          var err = line.getErr();
          var name = line.getCommandSpec().qualifiedName();
          if (System.getenv("SIZING_DEBUG") != null) {
            ex.printStackTrace(err);
          }
          if (ex instanceof BadInput) {
            err.println(name + ": " + oneLine(ex.getMessage()));
            return USAGE;
          }
          if (ex instanceof CommandFailed) {
            err.println(oneLine(ex.getMessage()));
            return SOFTWARE;
          }
          err.println(name + ": internal error: " + oneLine(String.valueOf(ex)) + " (set SIZING_DEBUG=1 for details)");
          return SOFTWARE;
        });
    return cl.execute(args);
  }

  /** The value of {@code map} for {@code key}, or a usage error naming {@code option} and the choices. */
  public static <T> T choose(String option, String key, Map<String, T> map) {
    var value = map.get(key);
    if (value == null) {
      throw new UsageException(
          option + ": unknown value '" + key + "' (valid: " + String.join(", ", map.keySet()) + ")");
    }
    return value;
  }

  /** Rewords a model lookup failure as a usage error. */
  public static UsageException usage(String option, NoSuchElementException e) {
    return new UsageException(option + ": " + e.getMessage());
  }

  static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ").strip();
  }

  /** Sorted valid names, comma-separated. */
  public static String names(Iterable<String> names) {
    var set = new TreeSet<String>();
    names.forEach(set::add);
    return String.join(", ", set);
  }
}
