package sizing.model;

/**
 * What a plan must achieve. NaN means "no goal" for the optional ones.
 *
 * @param p95Seconds the 95th-percentile response time, seconds
 * @param availabilityPct monthly availability, percent
 * @param cpuMaxUtilisation the highest CPU utilisation allowed on any host, 0..1
 * @param memoryMaxUtilisation the highest memory utilisation allowed on any host, 0..1
 * @param budgetUsd the most the plan may cost per month, USD
 */
public record Goals(
    double p95Seconds, double availabilityPct, double cpuMaxUtilisation, double memoryMaxUtilisation, double budgetUsd) {
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
    if (!Double.isNaN(budgetUsd) && !(budgetUsd > 0)) {
      throw new IllegalArgumentException("budget must be greater than zero USD, was " + budgetUsd);
    }
  }

  public Goals withP95(double s) {
    return new Goals(s, availabilityPct, cpuMaxUtilisation, memoryMaxUtilisation, budgetUsd);
  }

  public Goals withAvailability(double pct) {
    return new Goals(p95Seconds, pct, cpuMaxUtilisation, memoryMaxUtilisation, budgetUsd);
  }

  public Goals withBudget(double usd) {
    return new Goals(p95Seconds, availabilityPct, cpuMaxUtilisation, memoryMaxUtilisation, usd);
  }
}
