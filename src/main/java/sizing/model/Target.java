package sizing.model;

/** A goal the whole plan must hit, beside the utilisation limit of each {@link Resource}. */
public enum Target implements Constraint {
  /** The 95th-percentile response, seconds, at most {@link Goals#p95Seconds()}. */
  P95("s", false),
  /** Monthly availability, percent, at least {@link Goals#availabilityPct()}. */
  AVAILABILITY("%", true),
  /** Monthly hosting cost, USD, at most {@link Goals#budgetUsd()}. */
  BUDGET("USD", false);

  private final String unit;
  private final boolean atLeast;

  Target(String unit, boolean atLeast) {
    this.unit = unit;
    this.atLeast = atLeast;
  }

  @Override
  public String unit() {
    return unit;
  }

  @Override
  public boolean atLeast() {
    return atLeast;
  }
}
