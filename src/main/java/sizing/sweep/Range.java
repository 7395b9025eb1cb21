package sizing.sweep;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The values one sweep parameter takes, written as a range {@code FROM..TO:STEP} (both ends
 * included, e.g. {@code 10..500:10}; {@code FROM..TO} steps by 1), a list {@code a,b,c} or a single
 * value. Range arithmetic is decimal, so {@code 0.1..0.5:0.1} gives exactly 0.1, 0.2, ..., 0.5.
 * Every malformed text is an {@link IllegalArgumentException} whose one-line message starts with
 * the argument's name.
 */
public final class Range {
  /** The most values one parameter may take. */
  public static final int MAX_VALUES = 1_000_000;

  private Range() {}

  /** The numbers {@code text} stands for; {@code argument} names it in errors (e.g. {@code --users}). */
  public static List<Double> numbers(String argument, String text) {
    var t = text == null ? "" : text.strip();
    if (t.isEmpty()) {
      throw new IllegalArgumentException(argument + ": no value given; use FROM..TO:STEP (e.g. 10..500:10) or a list a,b,c");
    }
    int dots = t.indexOf("..");
    if (dots < 0) {
      var values = new ArrayList<Double>();
      for (var part : list(argument, t)) {
        values.add(number(argument, t, part).doubleValue());
      }
      return List.copyOf(values);
    }
    if (t.contains(",")) {
      throw malformed(argument, t);
    }
    var from = t.substring(0, dots);
    var rest = t.substring(dots + 2);
    String to = rest;
    String step = "1";
    int colon = rest.indexOf(':');
    if (colon >= 0) {
      to = rest.substring(0, colon);
      step = rest.substring(colon + 1);
    }
    var a = number(argument, t, from);
    var b = number(argument, t, to);
    var s = number(argument, t, step);
    if (s.signum() <= 0) {
      throw new IllegalArgumentException(argument + ": '" + t + "' has step " + s.toPlainString() + "; the step must be greater than zero");
    }
    if (a.compareTo(b) > 0) {
      throw new IllegalArgumentException(argument + ": '" + t + "' runs backwards; FROM must not be above TO");
    }
    long count;
    try {
      count = b.subtract(a).divideToIntegralValue(s).longValueExact() + 1;
    } catch (ArithmeticException e) {
      count = Long.MAX_VALUE; // more values than a long counts: a step far too small
    }
    if (count > MAX_VALUES) {
      throw new IllegalArgumentException(
          argument + ": '" + t + "' has " + (count == Long.MAX_VALUE ? "too many" : String.valueOf(count))
              + " values; at most " + MAX_VALUES + " are allowed (take a larger step)");
    }
    var values = new ArrayList<Double>((int) count);
    for (long i = 0; i < count; i++) {
      values.add(a.add(s.multiply(BigDecimal.valueOf(i))).doubleValue());
    }
    return List.copyOf(values);
  }

  /** The names in a list {@code a,b,c} (a range makes no sense for names). */
  public static List<String> names(String argument, String text) {
    var t = text == null ? "" : text.strip();
    if (t.isEmpty()) {
      throw new IllegalArgumentException(argument + ": no value given; use a list a,b,c");
    }
    if (t.contains("..")) {
      throw new IllegalArgumentException(argument + ": '" + t + "' is a range, but this parameter takes names; use a list a,b,c");
    }
    return list(argument, t);
  }

  private static List<String> list(String argument, String text) {
    var parts = new LinkedHashSet<String>();
    for (var part : text.split(",", -1)) {
      var p = part.strip();
      if (p.isEmpty()) {
        throw new IllegalArgumentException(argument + ": '" + text + "' has an empty item; use a list a,b,c");
      }
      if (!parts.add(p)) {
        throw new IllegalArgumentException(argument + ": '" + text + "' names '" + p + "' twice");
      }
    }
    return List.copyOf(parts);
  }

  private static BigDecimal number(String argument, String text, String part) {
    var p = part.strip();
    if (!sizing.io.Decimal.is(p)) {
      throw malformed(argument, text);
    }
    try {
      var v = new BigDecimal(p);
      if (v.abs().compareTo(BigDecimal.valueOf(1e15)) > 0) {
        throw new IllegalArgumentException(argument + ": " + p + " in '" + text + "' is too large");
      }
      return v;
    } catch (NumberFormatException e) {
      throw malformed(argument, text);
    }
  }

  private static IllegalArgumentException malformed(String argument, String text) {
    return new IllegalArgumentException(argument + ": '" + text
        + "' is not a number, range or list; use FROM..TO:STEP (e.g. 10..500:10) or a list a,b,c");
  }
}
