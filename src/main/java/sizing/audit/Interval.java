package sizing.audit;

/**
 * A closed range of numbers {@code [low, high]}; a single figure has {@code low == high}, and
 * {@link #NONE} (both NaN) stands for "no figure". The guide writes many of its figures as ranges
 * ("$10-25", "15-20 users"), and a check that chooses between alternatives computes one too.
 */
public record Interval(double low, double high) {
  public static final Interval NONE = new Interval(Double.NaN, Double.NaN);

  public Interval {
    if (Double.isNaN(low) != Double.isNaN(high)) {
      throw new IllegalArgumentException("an interval needs both ends or neither, was " + low + ", " + high);
    }
    if (!Double.isNaN(low) && !(low <= high)) {
      throw new IllegalArgumentException("low " + low + " is above high " + high);
    }
  }

  public static Interval of(double v) {
    return new Interval(v, v);
  }

  public boolean isNone() {
    return Double.isNaN(low);
  }

  public boolean isPoint() {
    return !isNone() && low == high;
  }

  /** Whether every value of this interval lies in {@code outer} (to within a millionth). */
  public boolean within(Interval outer) {
    return !isNone() && !outer.isNone() && low >= outer.low - 1e-6 && high <= outer.high + 1e-6;
  }

  /** {@code [low + o.low, high + o.high]}. */
  public Interval plus(Interval o) {
    return new Interval(low + o.low, high + o.high);
  }

  /** {@code [k low, k high]} for {@code k >= 0}. */
  public Interval times(double k) {
    return new Interval(low * k, high * k);
  }

  /** The smallest interval holding both. */
  public Interval span(Interval o) {
    if (isNone()) {
      return o;
    }
    return o.isNone() ? this : new Interval(Math.min(low, o.low), Math.max(high, o.high));
  }

  /**
   * How far each end of this interval lies outside {@code reference}: {@code d(x) = x - ref.high}
   * above it, {@code x - ref.low} below it, 0 inside. A single guide figure is its own reference,
   * so {@code d} is then the plain signed difference {@code computed - guide}.
   */
  public Interval distanceFrom(Interval reference) {
    if (isNone() || reference.isNone()) {
      return NONE;
    }
    double a = distance(low, reference);
    double b = distance(high, reference);
    return new Interval(Math.min(a, b), Math.max(a, b));
  }

  private static double distance(double x, Interval r) {
    if (x > r.high + 1e-9) {
      return x - r.high;
    }
    if (x < r.low - 1e-9) {
      return x - r.low;
    }
    return 0;
  }

  /** The end of this interval furthest from zero, by magnitude (0 for NONE). */
  public double magnitude() {
    return isNone() ? 0 : Math.max(Math.abs(low), Math.abs(high));
  }
}
