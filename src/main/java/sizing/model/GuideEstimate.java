package sizing.model;

import java.util.Objects;

/**
 * A figure the guide estimates for one of its deployments, as a range ({@code low == high} for a
 * single value), e.g. POV/demo carries 15-20 concurrent users.
 *
 * @param benchmark true for rows of the guide's "Performance Benchmarks (Estimated)" tables, the
 *     ones the model is calibrated against
 */
public record GuideEstimate(
    String scenario, Metric metric, double low, double high, String unit, boolean benchmark, Provenance provenance) {

  /** What the guide estimates ({@code data/scenarios/guide-estimates.csv}, column {@code metric}). */
  public enum Metric implements Key {
    /** The concurrent users the deployment carries. */
    CONCURRENT_USERS,
    /** The average response time, seconds. */
    AVG_RESPONSE_SECONDS,
    /** The monthly uptime, percent. */
    UPTIME_PCT;

    public static Metric ofId(String id) {
      return Key.parse(Metric.class, "metric", id);
    }
  }

  public GuideEstimate {
    Objects.requireNonNull(metric, "metric");
    if (!(low <= high)) {
      throw new IllegalArgumentException("low " + low + " is above high " + high);
    }
  }

  public boolean contains(double v) {
    return v >= low && v <= high;
  }

  /** "15-20" or "99.5". */
  public String range() {
    return low == high ? Figures.plain(low) : Figures.plain(low) + "-" + Figures.plain(high);
  }
}
