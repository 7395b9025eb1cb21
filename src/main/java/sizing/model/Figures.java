package sizing.model;

import java.util.Locale;

/**
 * How a figure is written in sentences and plain outputs, one rule per kind (dollars, percentages,
 * seconds, counts, ratios), so the same number reads the same wherever it stands. (Tables format
 * their cells by column unit in {@code sizing.table.Render}.)
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
    return usd(v, 2);
  }

  /** US dollars to {@code decimals} places, thousands grouped: {@code $0.1000} with 4. */
  public static String usd(double v, int decimals) {
    return String.format(Locale.ROOT, "$%,." + decimals + "f", v);
  }

  /** Whole US dollars, rounded half up, thousands grouped: {@code $1,235}. */
  public static String usdWhole(double v) {
    return usd(v, 0);
  }

  /** Whole dollars unless there are cents: {@code $1,234}, {@code $84.50}. */
  public static String usdBrief(double v) {
    return Math.abs(v - Math.rint(v)) < 0.005 ? usdWhole(v) : usd(v);
  }

  /** A percentage with its sign, {@code decimals} places: {@code 99.89%}. */
  public static String percent(double percent, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f%%", percent);
  }

  /**
   * An availability, a fraction 0..1, as a percentage to at most three decimals with trailing zeros
   * dropped: {@code 99.69%}, {@code 99.995%}, {@code 99.5%}.
   */
  public static String availability(double fraction) {
    if (!Double.isFinite(fraction)) {
      return "unknown";
    }
    var text = new java.math.BigDecimal(100 * fraction).setScale(3, java.math.RoundingMode.HALF_EVEN)
        .stripTrailingZeros().toPlainString();
    return text + "%";
  }

  /** Seconds to a tenth, or {@code unbounded} when there is no finite figure: {@code 14.5 s}. */
  public static String seconds(double s) {
    return Double.isFinite(s) ? String.format(Locale.ROOT, "%.1f s", s) : "unbounded";
  }

  /** A count, rounded to a whole number, thousands grouped: {@code 1,234}. */
  public static String count(double v) {
    return String.format(Locale.ROOT, "%,d", Math.round(v));
  }

  /** A ratio to a tenth: {@code 3.2x}. */
  public static String times(double ratio) {
    return String.format(Locale.ROOT, "%,.1fx", ratio);
  }
}
