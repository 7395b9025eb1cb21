package sizing.model;

import java.util.Locale;

/**
 * How a figure is written in sentences and plain outputs, one rule per kind, so the same number
 * reads the same wherever it stands. (Tables format their cells by column unit in {@code
 * sizing.table.Render}.)
 */
public final class Figures {
  private Figures() {}

  /**
   * A number as typed: a whole number without decimals ({@code 50}), anything else in the shortest
   * form that reads back as the same double ({@code 2.5}, {@code 0.002}).
   */
  public static String plain(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }

  /** US dollars to the cent, thousands grouped: {@code $1,234.50}. */
  public static String usd(double v) {
    return String.format(Locale.ROOT, "$%,.2f", v);
  }
}
