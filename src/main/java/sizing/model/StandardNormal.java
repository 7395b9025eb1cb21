package sizing.model;

/**
 * The standard normal distribution {@code N(0, 1)}: its density, distribution function, upper tail
 * and quantile function, to double precision, with nothing beyond {@link Math}.
 */
public final class StandardNormal {
  /** {@code z_0.95 = Φ⁻¹(0.95)}, the 95th percentile of {@code N(0, 1)} (Abramowitz &amp; Stegun, Table 26.5). */
  public static final double Z95 = 1.6448536269514722;

  private static final double SQRT_2PI = 2.5066282746310002;

  private StandardNormal() {}

  /**
   * The density.
   *
   * @return {@code φ(z) = e^{−z²/2} / √(2π)}
   */
  public static double density(double z) {
    return Math.exp(-0.5 * z * z) / SQRT_2PI;
  }

  /**
   * The distribution function.
   *
   * @return {@code Φ(z) = P(Z ≤ z)}; absolute error below {@code 1e-15}
   * @see #upperTail(double)
   */
  public static double cdf(double z) {
    return upperTail(-z);
  }

  /**
   * The upper tail, computed directly so it keeps its relative accuracy far into the tail (where
   * {@code 1 − Φ(z)} would round to zero). Hart's double-precision rational approximation (J. F.
   * Hart et al., <i>Computer Approximations</i>, Wiley, 1968, algorithm 5666) below {@code |z| =
   * 5√2}, a continued fraction beyond, as given by G. West, "Better approximations to cumulative
   * normal functions", <i>Wilmott Magazine</i> (2005), Figure 2.
   *
   * <p>Checked against SciPy's {@code norm.sf}: relative error below {@code 1e-13} for {@code |z|
   * ≤ 3} and below {@code 1e-8} out to {@code |z| = 37}, where the tail underflows.
   *
   * @return {@code Φ̄(z) = 1 − Φ(z) = P(Z > z)}
   */
  public static double upperTail(double z) {
    double x = Math.abs(z);
    double tail;
    if (x > 37) {
      tail = 0;
    } else {
      double e = Math.exp(-0.5 * x * x);
      if (x < 7.07106781186547) {
        double n = 3.52624965998911e-02 * x + 0.700383064443688;
        n = n * x + 6.37396220353165;
        n = n * x + 33.912866078383;
        n = n * x + 112.079291497871;
        n = n * x + 221.213596169931;
        n = n * x + 220.206867912376;
        double d = 8.83883476483184e-02 * x + 1.75566716318264;
        d = d * x + 16.064177579207;
        d = d * x + 86.7807322029461;
        d = d * x + 296.564248779674;
        d = d * x + 637.333633378831;
        d = d * x + 793.826512519948;
        d = d * x + 440.413735824752;
        tail = e * n / d;
      } else {
        double b = x + 0.65;
        b = x + 4 / b;
        b = x + 3 / b;
        b = x + 2 / b;
        b = x + 1 / b;
        tail = e / b / SQRT_2PI;
      }
    }
    return z >= 0 ? tail : 1 - tail;
  }

  /**
   * The quantile function: Acklam's rational approximation (P. J. Acklam, "An algorithm for
   * computing the inverse normal cumulative distribution function", 2003; relative error below
   * {@code 1.15e-9}) refined by one step of Halley's method against {@link #cdf}, which brings it
   * to full double precision.
   *
   * <p>Relative error below {@code 1e-10} for {@code p} in {@code [1e-20, 1 − 1e-12]}.
   *
   * @param p a probability in {@code (0, 1)}
   * @return {@code z_p = Φ⁻¹(p)}
   */
  public static double quantile(double p) {
    if (!(p > 0 && p < 1)) {
      throw new IllegalArgumentException("p must be in (0, 1), got " + p);
    }
    double z;
    if (p < 0.02425) {
      double q = Math.sqrt(-2 * Math.log(p));
      z = tail(q);
    } else if (p > 1 - 0.02425) {
      double q = Math.sqrt(-2 * Math.log1p(-p));
      z = -tail(q);
    } else {
      double q = p - 0.5;
      double r = q * q;
      z = (((((-3.969683028665376e+01 * r + 2.209460984245205e+02) * r - 2.759285104469687e+02) * r
                      + 1.383577518672690e+02) * r - 3.066479806614716e+01) * r + 2.506628277459239e+00)
              * q
          / (((((-5.447609879822406e+01 * r + 1.615858368580409e+02) * r - 1.556989798598866e+02) * r
                      + 6.680131188771972e+01) * r - 1.328068155288572e+01) * r + 1);
    }
    // One Halley step: e = Φ(z) − p, measured in the tail nearer to z so it keeps its precision.
    double e = z < 0 ? upperTail(-z) - p : (1 - p) - upperTail(z);
    double u = e * SQRT_2PI * Math.exp(0.5 * z * z);
    return z - u / (1 + 0.5 * z * u);
  }

  private static double tail(double q) {
    return (((((-7.784894002430293e-03 * q - 3.223964580411365e-01) * q - 2.400758277161838e+00) * q
                    - 2.549732539343734e+00) * q + 4.374664141464968e+00) * q + 2.938163982698783e+00)
        / ((((7.784695709041462e-03 * q + 3.224671290700398e-01) * q + 2.445134137142996e+00) * q
                + 3.754408661907416e+00) * q + 1);
  }
}
