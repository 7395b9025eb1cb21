package sizing.model;

/** The goals a goals file sets ({@code data/workloads/guide-goals.csv}, column {@code goal}); see {@link Goals}. */
public enum Goal implements Key {
  /** {@link Goals#p95Seconds()}. */
  P95_SECONDS,
  /** {@link Goals#availabilityPct()}. */
  AVAILABILITY_PCT,
  /** {@link Goals#cpuMaxUtilisation()}, in percent. */
  CPU_MAX_UTILISATION_PCT,
  /** {@link Goals#memoryMaxUtilisation()}, in percent. */
  MEMORY_MAX_UTILISATION_PCT,
  /** {@link Goals#dbPoolMaxUtilisation()}, in percent: the guide's connection-pool alert. */
  DB_POOL_MAX_UTILISATION_PCT,
  /** {@link Goals#budgetUsd()}. */
  BUDGET_USD;

  public static Goal ofId(String id) {
    return Key.parse(Goal.class, "goal", id);
  }
}
