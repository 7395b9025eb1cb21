package sizing.model;

/** How often a catalog price is billed. */
public enum Period implements Key {
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

  public static Period ofId(String id) {
    return Key.parse(Period.class, "period", id);
  }
}
