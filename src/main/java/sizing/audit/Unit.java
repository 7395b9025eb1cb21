package sizing.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import sizing.model.Figures;
import sizing.model.Key;

/** The unit of a claim's figure; the name in {@code data/audit/claims.csv} is {@link #id()}. */
public enum Unit implements Key {
  USD("usd", "US dollars", "US dollar"),
  USD_PER_GB("usd_per_gb", "US dollars per GB", "US dollar per GB"),
  GB("gb", "GB", "GB"),
  TB("tb", "TB", "TB"),
  VCPUS("vcpus", "vCPUs", "vCPU"),
  PERCENT("pct", "percent", "percent"),
  USERS("users", "users", "user"),
  SECONDS("seconds", "seconds", "second"),
  CONNECTIONS("connections", "connections", "connection"),
  PER_MINUTE("per_minute", "per minute", "per minute"),
  PER_SECOND("per_second", "per second", "per second"),
  PER_DAY("per_day", "per day", "per day"),
  /** A claim with no figure of its own (only for claims that cannot be checked). */
  NONE("", "", "");

  private final String id;
  private final String words;
  private final String one;

  Unit(String id, String words, String one) {
    this.id = id;
    this.words = words;
    this.one = one;
  }

  @Override
  public String id() {
    return id;
  }

  /** The unit in words, for sentences such as "the largest gap in US dollars". */
  public String words() {
    return words;
  }

  public static Unit ofId(String id) {
    return Key.parse(Unit.class, "unit", id);
  }

  /** A computed value in this unit: money to the cent, other figures to at most three decimals. */
  public String format(double v) {
    if (Double.isNaN(v)) {
      return "-";
    }
    return switch (this) {
      case USD -> Figures.usd(v);
      case USD_PER_GB -> Figures.usd(v, 4) + "/GB";
      case PERCENT -> number(v) + "%";
      case NONE -> number(v);
      default -> number(v) + " " + (Math.abs(v) == 1 ? one : words);
    };
  }

  /** A computed range: "$325.00-$335.00", "36-38 GB"; a point as {@link #format(double)}. */
  public String format(Interval i) {
    if (i.isNone()) {
      return "-";
    }
    if (i.isPoint()) {
      return format(i.low());
    }
    return switch (this) {
      case USD, USD_PER_GB -> format(i.low()) + "-" + format(i.high());
      case PERCENT -> number(i.low()) + "-" + number(i.high()) + "%";
      case NONE -> number(i.low()) + "-" + number(i.high());
      default -> number(i.low()) + "-" + number(i.high()) + " " + words;
    };
  }

  /** A signed difference: "+$58.00", "-3 users", "+$0.00 to +$20.00". */
  public String formatDifference(Interval d) {
    if (d.isNone()) {
      return "-";
    }
    if (d.isPoint()) {
      return signed(d.low());
    }
    return signed(d.low()) + " to " + signed(d.high());
  }

  private String signed(double v) {
    var text = this == PERCENT ? number(Math.abs(v)) + (Math.abs(v) == 1 ? " point" : " points") : format(Math.abs(v));
    if (v > 0) {
      return "+" + text;
    }
    return v < 0 ? "-" + text : text;
  }

  /**
   * A figure as the guide writes it: whole dollars without cents ("$84", "$10-25"), "~" for a
   * figure the guide marks as approximate, "< 20 users" for a range that starts at zero.
   */
  public String formatGuide(Interval i, boolean approximate) {
    if (i.isNone()) {
      return "-";
    }
    var tilde = approximate ? "~" : "";
    if (i.low() == 0 && i.high() > 0 && (this == USERS || this == SECONDS)) {
      return "< " + number(i.high()) + " " + (i.high() == 1 ? one : words);
    }
    return switch (this) {
      case USD -> tilde + "$" + range(i);
      case USD_PER_GB -> tilde + "$" + number(i.low()) + "/GB";
      case PERCENT -> tilde + range(i) + "%";
      case NONE -> tilde + range(i);
      default -> tilde + range(i) + " " + (i.isPoint() && i.low() == 1 ? one : words);
    };
  }

  private static String range(Interval i) {
    return i.isPoint() ? number(i.low()) : number(i.low()) + "-" + number(i.high());
  }

  /** At most three decimals, trailing zeros dropped, thousands grouped. */
  static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Figures.count(v);
    }
    return plain(v);
  }

  private static String plain(double v) {
    var bd = BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
    return bd.toPlainString();
  }
}
