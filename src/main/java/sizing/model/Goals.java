package sizing.model;

/**
 * What a plan must achieve. NaN means "no goal" for the optional ones.
 *
 * @param p95Seconds the 95th-percentile response time, seconds
 * @param availabilityPct monthly availability, percent
 * @param cpuMaxUtilisation the highest CPU utilisation allowed on any host, 0..1
 * @param memoryMaxUtilisation the highest memory utilisation allowed on any host, 0..1
 * @param budgetUsd the most the plan may cost per month, USD
 * @param dbPoolMaxUtilisation the largest share of the backends' connection pools the connections in
 *     use may reach, 0..1 ({@link Resource#DB_CONNECTIONS}; guide §Monitoring and Alerting: "Database
 *     connection pool alert if > 90% utilized")
 */
public record Goals(
    double p95Seconds, double availabilityPct, double cpuMaxUtilisation, double memoryMaxUtilisation, double budgetUsd,
    double dbPoolMaxUtilisation) {
  public Goals {
    if (!Double.isNaN(p95Seconds) && !(p95Seconds > 0)) {
      throw new IllegalArgumentException("p95 must be greater than zero seconds, was " + p95Seconds);
    }
    if (!Double.isNaN(availabilityPct) && !(availabilityPct > 0 && availabilityPct < 100)) {
      throw new IllegalArgumentException(
          "availability must be above 0% and below 100% (no plan reaches 100%), was " + availabilityPct);
    }
    if (!(cpuMaxUtilisation > 0 && cpuMaxUtilisation <= 1)) {
      throw new IllegalArgumentException("CPU utilisation limit must be in (0, 100]%, was " + 100 * cpuMaxUtilisation);
    }
    if (!(memoryMaxUtilisation > 0 && memoryMaxUtilisation <= 1)) {
      throw new IllegalArgumentException(
          "memory utilisation limit must be in (0, 100]%, was " + 100 * memoryMaxUtilisation);
    }
    if (!(dbPoolMaxUtilisation > 0 && dbPoolMaxUtilisation <= 1)) {
      throw new IllegalArgumentException(
          "connection pool utilisation limit must be in (0, 100]%, was " + 100 * dbPoolMaxUtilisation);
    }
    if (!Double.isNaN(budgetUsd) && !(budgetUsd > 0)) {
      throw new IllegalArgumentException("budget must be greater than zero USD, was " + budgetUsd);
    }
  }

  /** Goals that let the connections in use fill the whole pool (no pool goal beyond its size). */
  public Goals(
      double p95Seconds, double availabilityPct, double cpuMaxUtilisation, double memoryMaxUtilisation, double budgetUsd) {
    this(p95Seconds, availabilityPct, cpuMaxUtilisation, memoryMaxUtilisation, budgetUsd, 1);
  }

  public Goals withP95(double s) {
    return new Goals(s, availabilityPct, cpuMaxUtilisation, memoryMaxUtilisation, budgetUsd, dbPoolMaxUtilisation);
  }

  public Goals withAvailability(double pct) {
    return new Goals(p95Seconds, pct, cpuMaxUtilisation, memoryMaxUtilisation, budgetUsd, dbPoolMaxUtilisation);
  }

  public Goals withBudget(double usd) {
    return new Goals(p95Seconds, availabilityPct, cpuMaxUtilisation, memoryMaxUtilisation, usd, dbPoolMaxUtilisation);
  }
}
