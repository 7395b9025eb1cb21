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
 * the argument's name. This is the workbook's one grammar for ranges: sweeps read parameters with
 * {@link #numbers}, charts read their users axis with {@link #span}.
 */
public final class Range {
  /** The most values one parameter may take. */
  public static final int MAX_VALUES = 1_000_000;

  private Range() {}

  /**
   * A range {@code FROM..TO:STEP}: {@code from, from + step, ...} up to and including {@code to},
   * at most {@value #MAX_VALUES} values.
   */
  public record Span(BigDecimal from, BigDecimal to, BigDecimal step) {
    /** The number of values: {@code floor((to - from) / step) + 1}. */
    public long count() {
      return to.subtract(from).divideToIntegralValue(step).longValueExact() + 1;
    }

    /** Every value, in decimal arithmetic, as doubles. */
    public List<Double> values() {
      long count = count();
      var values = new ArrayList<Double>((int) count);
      for (long i = 0; i < count; i++) {
        values.add(from.add(step.multiply(BigDecimal.valueOf(i))).doubleValue());
      }
      return List.copyOf(values);
    }
  }

  /** The range {@code text} writes, {@code FROM..TO} or {@code FROM..TO:STEP}; a list or a single value is an error. */
  public static Span span(String argument, String text) {
    var t = text == null ? "" : text.strip();
    var notARange = new IllegalArgumentException(argument + ": '" + t + "' is not a range; use FROM..TO:STEP (e.g. 10..500:10)");
    if (!t.contains("..") || t.contains(",")) {
      throw notARange;
    }
    return span(argument, t, notARange);
  }

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
        values.add(number(argument, t, part, malformed(argument, t)).doubleValue());
      }
      return List.copyOf(values);
    }
    if (t.contains(",")) {
      throw malformed(argument, t);
    }
    return span(argument, t, malformed(argument, t)).values();
  }

  private static Span span(String argument, String t, IllegalArgumentException malformed) {
    int dots = t.indexOf("..");
    var from = t.substring(0, dots);
    var rest = t.substring(dots + 2);
    String to = rest;
    String step = "1";
    int colon = rest.indexOf(':');
    if (colon >= 0) {
      to = rest.substring(0, colon);
      step = rest.substring(colon + 1);
    }
    var a = number(argument, t, from, malformed);
    var b = number(argument, t, to, malformed);
    var s = number(argument, t, step, malformed);
    if (s.signum() <= 0) {
      throw new IllegalArgumentException(argument + ": '" + t + "' has step " + s.toPlainString() + "; the step must be greater than zero");
    }
    if (a.compareTo(b) > 0) {
      throw new IllegalArgumentException(argument + ": '" + t + "' runs backwards; FROM must not be above TO");
    }
    var span = new Span(a, b, s);
    if (span.count() > MAX_VALUES) {
      throw new IllegalArgumentException(
          argument + ": '" + t + "' has " + span.count() + " values; at most " + MAX_VALUES + " are allowed");
    }
    return span;
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

  private static BigDecimal number(String argument, String text, String part, IllegalArgumentException malformed) {
    var p = part.strip();
    BigDecimal v;
    try {
      v = new BigDecimal(p);
    } catch (NumberFormatException e) {
      throw malformed;
    }
    if (v.abs().compareTo(BigDecimal.valueOf(1e15)) > 0) {
      throw new IllegalArgumentException(argument + ": " + p + " in '" + text + "' is too large");
    }
    return v;
  }

  private static IllegalArgumentException malformed(String argument, String text) {
    return new IllegalArgumentException(argument + ": '" + text
        + "' is not a number, range or list; use FROM..TO:STEP (e.g. 10..500:10) or a list a,b,c");
  }
}
