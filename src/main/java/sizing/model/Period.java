package sizing.model;

import java.util.Locale;

/** How often a catalog price is billed. */
public enum Period {
  MONTH(1),
  YEAR(12);

  private final int months;

  Period(int months) {
    this.months = months;
  }

  /** Months covered by one payment. */
  public int months() {
    return months;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Period ofId(String id) {
    for (var p : values()) {
      if (p.id().equals(id)) {
        return p;
      }
    }
    throw new IllegalArgumentException("unknown period '" + id + "' (valid: month, year)");
  }
}
