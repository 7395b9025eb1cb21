package sizing.cli;

import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeSet;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import sizing.io.BadInput;
import sizing.io.Decimal;
import sizing.model.SizingModel;

/**
 * Runs a picocli command the workbook's way: bad arguments and bad data files print one line on
 * standard error and exit with {@link #USAGE}; nothing prints a stack trace unless {@code
 * SIZING_DEBUG} is set.
 *
 * <p>Every number on the command line is read in {@link Decimal}'s grammar, so {@code NaN},
 * {@code Infinity}, {@code 84d}, {@code 1f} and hexadecimal floats are usage errors, and a whole
 * number is needed wherever an option is an integer. Options with a range of their own name one
 * of the converters below ({@link Users}, {@link Count}, ...). A command whose answer could not be
 * written in full to standard output (a full disk, a closed pipe) exits with {@link #USAGE} and
 * says so on standard error, never 0.
 */
public final class Cli {
  /** Exit code for bad input: an argument, a data file, a value. */
  public static final int USAGE = 2;
  /** Exit code for a failure that is the workbook's own fault. */
  public static final int SOFTWARE = 1;

  /** The narrowest {@code --help} picocli 4.7 draws (it refuses a usage width below 55). */
  static final int HELP_MIN_WIDTH = 55;

  private Cli() {}

  /** Parses {@code args} into {@code command}, runs it and returns the exit code. */
  public static int run(Object command, String... args) {
    var cl = new CommandLine(command);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    // --help wraps at the width the tables fit (COLUMNS, else 100), the same on every machine;
    // picocli's own detection (usageHelpAutoWidth) asks the terminal, so a test could not pin it
    cl.setUsageHelpWidth(Math.max(HELP_MIN_WIDTH, sizing.table.Width.fromEnvironment(false).columns()));
    cl.setUsageHelpLongOptionsMaxWidth(24);
    cl.registerConverter(Double.class, new AnyNumber());
    cl.registerConverter(Double.TYPE, new AnyNumber());
    cl.registerConverter(Integer.class, new AnyInt());
    cl.registerConverter(Integer.TYPE, new AnyInt());
    cl.registerConverter(Long.class, new AnyLong());
    cl.registerConverter(Long.TYPE, new AnyLong());
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
          if (ex instanceof java.io.UncheckedIOException io) {
            // a file the command needed could not be read or written (a full disk, a size limit)
            Throwable root = io;
            while (root.getCause() != null && root.getCause() != root) {
              root = root.getCause();
            }
            var why = root == io || root.getMessage() == null ? "" : " (" + oneLine(root.getMessage()) + ")";
            var message = oneLine(String.valueOf(io.getMessage()));
            err.println(name + ": " + message + (message.contains(why.strip()) ? "" : why));
            return USAGE;
          }
          if (ex instanceof CommandFailed) {
            err.println(oneLine(ex.getMessage()));
            return SOFTWARE;
          }
          err.println(name + ": internal error: " + oneLine(String.valueOf(ex)) + " (set SIZING_DEBUG=1 for details)");
          return SOFTWARE;
        });
    int code = cl.execute(args);
    var name = cl.getCommandSpec().qualifiedName();
    for (var parsed = cl.getParseResult(); parsed != null; parsed = parsed.subcommand()) {
      name = parsed.commandSpec().qualifiedName(); // the subcommand that ran, e.g. "prices import"
    }
    return checkOutput(name, cl.getOut(), cl.getErr(), code);
  }

  /**
   * {@code code}, unless standard output or standard error failed along the way: a {@link
   * java.io.PrintStream} never throws, it only sets an error flag, so without this check a full
   * disk or a closed pipe would leave a truncated answer and exit 0. Then one line on standard
   * error (if it can still be written) and {@link #USAGE}.
   */
  static int checkOutput(String name, java.io.PrintWriter out, java.io.PrintWriter err, int code) {
    boolean outFailed = out.checkError() | System.out.checkError();
    if (outFailed) {
      System.err.println(name + ": could not write the whole answer to standard output (a full disk or a closed pipe?)");
    }
    boolean errFailed = err.checkError() | System.err.checkError();
    return (outFailed || errFailed) && code == 0 ? USAGE : code;
  }

  private static double decimal(String text) {
    try {
      return Decimal.parse(text);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }

  private static long whole(String text, long min, long max) {
    long v;
    try {
      v = Decimal.whole(text);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
    if (v < min || v > max) {
      throw new TypeConversionException("'" + text.strip() + "' is too large to be a number here");
    }
    return v;
  }

  /** Any number in {@link Decimal}'s grammar. */
  static final class AnyNumber implements ITypeConverter<Double> {
    @Override
    public Double convert(String text) {
      return decimal(text);
    }
  }

  /** Any whole number that fits an {@code int}. */
  static final class AnyInt implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String text) {
      return (int) whole(text, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }
  }

  /** Any whole number that fits a {@code long}. */
  static final class AnyLong implements ITypeConverter<Long> {
    @Override
    public Long convert(String text) {
      return whole(text, Long.MIN_VALUE, Long.MAX_VALUE);
    }
  }

  /** A number of concurrent users: a whole number from 1 to {@value SizingModel#MAX_USERS}. */
  public static final class Users implements ITypeConverter<Double> {
    @Override
    public Double convert(String text) {
      long v = whole(text, Long.MIN_VALUE, Long.MAX_VALUE);
      if (v < 1 || v > SizingModel.MAX_USERS) {
        throw new TypeConversionException(String.format(Locale.ROOT,
            "'%s' users: give a whole number from 1 to %,d", text.strip(), SizingModel.MAX_USERS));
      }
      return (double) v;
    }
  }

  /** How many of something (plans, samples, months): a whole number of at least 1. */
  public static final class Count implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String text) {
      long v = whole(text, Long.MIN_VALUE, Long.MAX_VALUE);
      if (v < 1 || v > Integer.MAX_VALUE) {
        throw new TypeConversionException("'" + text.strip() + "': give a whole number of at least 1");
      }
      return (int) v;
    }
  }

  /** A response-time goal in seconds: above 0 and at most a day (86,400 s). */
  public static final class Seconds implements ITypeConverter<Double> {
    /** The longest response-time goal accepted, seconds: one day. */
    public static final double MAX = 86_400;

    @Override
    public Double convert(String text) {
      double v = decimal(text);
      if (!(v > 0 && v <= MAX)) {
        throw new TypeConversionException("'" + text.strip() + "' seconds: give a number above 0 and at most 86400 (a day)");
      }
      return v;
    }
  }

  /** A percentage of time, as an availability goal: above 0 and below 100 (no plan reaches 100%). */
  public static final class Percent implements ITypeConverter<Double> {
    @Override
    public Double convert(String text) {
      double v = decimal(text);
      if (!(v > 0 && v < 100)) {
        throw new TypeConversionException("'" + text.strip() + "' percent: give a number above 0 and below 100 (no plan reaches 100%)");
      }
      return v;
    }
  }

  /** A monthly amount in US dollars: above 0 and at most a billion. */
  public static final class Usd implements ITypeConverter<Double> {
    /** The largest monthly amount accepted, USD. */
    public static final double MAX = 1e9;

    @Override
    public Double convert(String text) {
      double v = decimal(text);
      if (!(v > 0 && v <= MAX)) {
        throw new TypeConversionException("'" + text.strip() + "' USD: give an amount above 0 and at most 1,000,000,000 a month");
      }
      return v;
    }
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
