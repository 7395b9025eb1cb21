package sizing.model;

/**
 * A lognormal latency {@code L = m·e^{σZ}}, {@code Z ~ N(0, 1)}: {@code ln L} is normal with mean
 * {@code ln m} and standard deviation {@code σ}. It is the usual family for service latencies, which
 * are positive with a long right tail (Johnson, Kotz &amp; Balakrishnan, <i>Continuous Univariate
 * Distributions</i>, vol. 1, 2nd ed., Wiley, 1994, ch. 14).
 *
 * <p>{@code σ = 0} (or {@code m = 0}) is the point mass at {@code m}: a latency that never varies,
 * which is what a single latency figure per call amounts to.
 *
 * @param median {@code m}, seconds; finite and {@code ≥ 0}
 * @param sigma {@code σ}, the standard deviation of {@code ln L}; finite and {@code ≥ 0}
 */
public record Lognormal(double median, double sigma) {

  /** Rejects a negative or non-finite median or shape. */
  public Lognormal {
    if (!(median >= 0) || Double.isInfinite(median)) {
      throw new IllegalArgumentException("median must be finite and >= 0 seconds, got " + median);
    }
    if (!(sigma >= 0) || Double.isInfinite(sigma)) {
      throw new IllegalArgumentException("sigma must be finite and >= 0, got " + sigma);
    }
  }

  /**
   * The lognormal with the given median and 95th percentile.
   *
   * @param median {@code m}, seconds; {@code > 0}
   * @param p95 {@code t_0.95}, seconds; {@code ≥ m}
   * @return {@code m} and {@code σ = ln(t_0.95 / m) / z_0.95}, from {@code t_p = m·e^{σ z_p}}
   */
  public static Lognormal ofMedianAndP95(double median, double p95) {
    if (!(median > 0) || Double.isInfinite(median)) {
      throw new IllegalArgumentException("median must be finite and > 0 seconds, got " + median);
    }
    if (!(p95 >= median) || Double.isInfinite(p95)) {
      throw new IllegalArgumentException("p95 " + p95 + " s must be finite and not below the median " + median + " s");
    }
    return new Lognormal(median, Math.log(p95 / median) / StandardNormal.Z95);
  }

  /** Whether this is a point mass (no spread): {@code σ = 0} or {@code m = 0}. */
  public boolean isPointMass() {
    return sigma == 0 || median == 0;
  }

  /**
   * The {@code p}-quantile.
   *
   * @param p in {@code (0, 1)}
   * @return {@code t_p = m·e^{σ z_p}} seconds, {@code z_p = Φ⁻¹(p)}
   */
  public double quantile(double p) {
    if (isPointMass()) {
      if (!(p > 0 && p < 1)) {
        throw new IllegalArgumentException("p must be in (0, 1), got " + p);
      }
      return median;
    }
    return median * Math.exp(sigma * StandardNormal.quantile(p));
  }

  /**
   * The mean.
   *
   * @return {@code E[L] = m·e^{σ²/2}} seconds (Johnson et al. 1994, eq. 14.8a)
   */
  public double mean() {
    return median * Math.exp(0.5 * sigma * sigma);
  }

  /**
   * The probability of exceeding {@code seconds}.
   *
   * @return {@code P(L > t) = Φ̄(ln(t/m)/σ)}; for a point mass, 1 below {@code m} and 0 from it
   */
  public double upperTail(double seconds) {
    if (isPointMass()) {
      return seconds < median ? 1 : 0;
    }
    if (seconds <= 0) {
      return 1;
    }
    return StandardNormal.upperTail(Math.log(seconds / median) / sigma);
  }

  /**
   * The lognormal that stands for the sum of {@code k} independent copies of this one (e.g. {@code
   * k} LLM calls made one after another in a request), by matching the sum's mean and variance:
   * Fenton–Wilkinson's approximation (L. F. Fenton, "The sum of log-normal probability
   * distributions in scatter transmission systems", <i>IRE Trans. Communications Systems</i>
   * CS-8(1), 1960). Exact for {@code k = 1} and for a point mass; {@code k} may be fractional (an
   * average number of calls).
   *
   * @param k the number of copies, {@code > 0}
   * @return {@code σ_k² = ln(1 + (e^{σ²} − 1)/k)} and {@code m_k = k·E[L]·e^{−σ_k²/2}}
   */
  public Lognormal sumOf(double k) {
    if (!(k > 0) || Double.isInfinite(k)) {
      throw new IllegalArgumentException("k must be finite and > 0, got " + k);
    }
    if (k == 1) {
      return this;
    }
    double s2 = Math.log1p(Math.expm1(sigma * sigma) / k);
    return new Lognormal(k * mean() * Math.exp(-0.5 * s2), Math.sqrt(s2));
  }
}
