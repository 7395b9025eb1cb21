package sizing.io;

import java.util.regex.Pattern;

/**
 * The one number grammar for everything a user types or a data file holds: an optional sign, digits
 * with an optional decimal point, and an optional exponent ({@code 12}, {@code -0.5}, {@code 1e3},
 * {@code 2.5E-2}). Java's own parsers accept more, and each extra is a way to read a wrong value
 * silently: {@code NaN}, {@code Infinity}, type suffixes ({@code 84d} read as 84, {@code 1f}),
 * hexadecimal floats ({@code 0x1p3} read as 8), underscores. Here each of those is an error. A
 * number too large for a double (e.g. {@code 1e400}) is an error too, never an infinity.
 */
public final class Decimal {
  private static final Pattern NUMBER = Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]{1,4})?");
  private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]+");

  private Decimal() {}

  /** True when {@code text} (as it is, no white space) is a number in this grammar. */
  public static boolean is(String text) {
    return text != null && NUMBER.matcher(text).matches();
  }

  /**
   * The finite double {@code text} stands for (surrounding white space ignored). Throws {@link
   * IllegalArgumentException} with a phrase that completes "'TEXT' ...", e.g. {@code is not a
   * decimal number (like 12, 0.5 or 1e3)}.
   */
  public static double parse(String text) {
    var t = text == null ? "" : text.strip();
    if (!NUMBER.matcher(t).matches()) {
      throw new IllegalArgumentException("'" + t + "' is not a decimal number (like 12, 0.5 or 1e3)");
    }
    double v = Double.parseDouble(t);
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException("'" + t + "' is too large to be a number here");
    }
    return v;
  }

  /**
   * The whole number {@code text} stands for: digits with an optional sign, no decimal point, no
   * exponent. Throws {@link IllegalArgumentException} ("'0.5' is not a whole number") otherwise.
   */
  public static long whole(String text) {
    var t = text == null ? "" : text.strip();
    if (!WHOLE.matcher(t).matches()) {
      throw new IllegalArgumentException("'" + t + "' is not a whole number");
    }
    try {
      return Long.parseLong(t);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + t + "' is too large to be a number here");
    }
  }
}
