package sizing.model;

import java.util.Objects;

/**
 * A steady-state availability {@code A}: the long-run probability that a component or service is
 * up. Compositions assume components fail independently.
 *
 * <p>Series, parallel and k-out-of-n formulas are those of Trivedi, <i>Probability and Statistics
 * with Reliability, Queuing, and Computer Science Applications</i>, 2nd ed. (Wiley, 2002), §1.10
 * (series and parallel systems of independent components) and §1.12 (Bernoulli trials; k-out-of-n
 * systems); they apply to availabilities as to reliabilities.
 *
 * @param probability {@code A}, in {@code (0, 1]}
 */
public record Availability(double probability) {

  /**
   * Minutes in an average month: a 365.25-day year over 12 months is 30.4375 days, i.e. 43,830
   * minutes.
   */
  public static final double MINUTES_PER_MONTH = 365.25 / 12 * 24 * 60;

  /** Rejects anything outside {@code (0, 1]}, including NaN. */
  public Availability {
    if (!(probability > 0 && probability <= 1)) {
      throw new IllegalArgumentException("probability must be in (0, 1], got " + probability);
    }
  }

  /**
   * An availability given as a percentage, e.g. {@code 99.95}.
   *
   * @param percent {@code 100·A}, in {@code (0, 100]}
   * @return {@code A = percent/100}
   */
  public static Availability ofPercent(double percent) {
    if (!(percent > 0 && percent <= 100)) {
      throw new IllegalArgumentException("percent must be in (0, 100], got " + percent);
    }
    return new Availability(percent / 100);
  }

  /**
   * {@code n} identical, independent replicas of which any one suffices (active redundancy).
   *
   * @param a the availability {@code A} of one replica
   * @param n the number of replicas, {@code ≥ 1}
   * @return {@code 1 − (1 − A)^n} (Trivedi 2002, §1.10, parallel system)
   */
  public static Availability parallel(Availability a, int n) {
    Objects.requireNonNull(a, "a");
    if (n < 1) {
      throw new IllegalArgumentException("n must be >= 1, got " + n);
    }
    return new Availability(1 - Math.pow(1 - a.probability, n));
  }

  /**
   * {@code n} identical, independent replicas of which at least {@code k} must be up (e.g. a
   * quorum). {@code k = 1} is {@link #parallel}; {@code k = n} is {@code n} in series.
   *
   * <p>Terms are summed in log space, so large {@code n} neither overflows the binomial
   * coefficient nor underflows {@code A^i(1 − A)^{n−i}}. A result that underflows to zero is
   * rejected like any other zero availability.
   *
   * @param a the availability {@code A} of one replica
   * @param k the number that must be up, {@code 1 ≤ k ≤ n}
   * @param n the number of replicas
   * @return {@code Σ_{i=k..n} C(n,i)·A^i·(1 − A)^{n−i}} (Trivedi 2002, §1.12, k-out-of-n system)
   */
  public static Availability kOfN(Availability a, int k, int n) {
    Objects.requireNonNull(a, "a");
    if (n < 1) {
      throw new IllegalArgumentException("n must be >= 1, got " + n);
    }
    if (k < 1 || k > n) {
      throw new IllegalArgumentException("k must be in [1, n] = [1, " + n + "], got " + k);
    }
    if (a.probability == 1) {
      return a;
    }
    double logUp = Math.log(a.probability);
    double logDown = Math.log1p(-a.probability);
    double logBinomial = 0; // ln C(n, i), starting at i = 0
    double sum = 0;
    for (int i = 0; i <= n; i++) {
      if (i >= k) {
        sum += Math.exp(logBinomial + i * logUp + (n - i) * logDown);
      }
      logBinomial += Math.log(n - i) - Math.log(i + 1);
    }
    return new Availability(Math.min(1, sum));
  }

  /**
   * This component followed by others, all of which must be up.
   *
   * @param others the other components in the chain
   * @return {@code A · Π A_j} (Trivedi 2002, §1.10, series system)
   */
  public Availability inSeriesWith(Availability... others) {
    double product = probability;
    for (Availability other : others) {
      product *= Objects.requireNonNull(other, "others must not contain null").probability;
    }
    return new Availability(product);
  }

  /**
   * Expected downtime in an average month of {@value #MINUTES_PER_MONTH} minutes (30.4375 days).
   *
   * @return {@code (1 − A) · 43,830} minutes
   */
  public double downtimeMinutesPerMonth() {
    return (1 - probability) * MINUTES_PER_MONTH;
  }

  /**
   * The number of nines, continuous: 99.9% is 3, 99.95% about 3.3. Infinite when {@code A = 1}.
   *
   * @return {@code −log₁₀(1 − A)}
   */
  public double nines() {
    return -Math.log10(1 - probability);
  }

  /**
   * The availability as a percentage.
   *
   * @return {@code 100·A}
   */
  public double percent() {
    return probability * 100;
  }
}
