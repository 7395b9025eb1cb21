package sizing.model;

/**
 * An M/M/c queue: Poisson arrivals at rate {@code λ}, exponential service at rate {@code μ} per
 * server, {@code c} identical servers and an unbounded first-come-first-served queue.
 *
 * <p>Symbols follow Gross, Shortle, Thompson &amp; Harris, <i>Fundamentals of Queueing Theory</i>,
 * 4th ed. (Wiley, 2008), §2.3: offered load {@code a = λ/μ} (Erlangs), utilisation {@code ρ =
 * a/c}. Rates are per second, so times come out in seconds.
 *
 * <p><b>Saturation.</b> When {@code ρ ≥ 1} the queue has no steady state. Rather than throwing, the
 * waiting quantities then report their limits — {@link #probabilityOfWait()} is {@code 1} and the
 * waits are {@link Double#POSITIVE_INFINITY} — so callers can sweep load straight through
 * saturation.
 *
 * @param arrivalRate {@code λ}, arrivals per second; finite and {@code ≥ 0}
 * @param serviceRate {@code μ}, completions per second of one busy server; finite and {@code > 0}
 * @param servers {@code c}, the number of servers; {@code ≥ 1}
 */
public record ErlangC(double arrivalRate, double serviceRate, int servers) {

  /** Rejects rates that are negative, zero (service), or not finite, and fewer than one server. */
  public ErlangC {
    if (!(arrivalRate >= 0) || Double.isInfinite(arrivalRate)) {
      throw new IllegalArgumentException(
          "arrivalRate must be finite and >= 0 (per second), got " + arrivalRate);
    }
    if (!(serviceRate > 0) || Double.isInfinite(serviceRate)) {
      throw new IllegalArgumentException(
          "serviceRate must be finite and > 0 (per second), got " + serviceRate);
    }
    if (servers < 1) {
      throw new IllegalArgumentException("servers must be >= 1, got " + servers);
    }
  }

  /**
   * The smallest number of servers for which the {@code p}-quantile of the waiting time is at most
   * {@code maxWaitSeconds}, i.e. {@code P(W_q ≤ maxWaitSeconds) ≥ p} — the call-centre "service
   * level" criterion (e.g. 80% of calls answered within 20 s).
   *
   * @param arrivalRate {@code λ}, arrivals per second
   * @param serviceRate {@code μ}, completions per second per server
   * @param maxWaitSeconds the wait bound {@code t}, seconds; finite and {@code ≥ 0}
   * @param p the required fraction {@code p}, in {@code [0, 1)}
   * @return {@code min{c : t_p(c) ≤ t}}, searched upward from the smallest stable {@code c}
   * @see #waitQuantile(double)
   */
  public static int minServersFor(
      double arrivalRate, double serviceRate, double maxWaitSeconds, double p) {
    if (!(maxWaitSeconds >= 0) || Double.isInfinite(maxWaitSeconds)) {
      throw new IllegalArgumentException(
          "maxWaitSeconds must be finite and >= 0, got " + maxWaitSeconds);
    }
    requireQuantileLevel(p);
    var first = new ErlangC(arrivalRate, serviceRate, 1);
    int c = Math.max(1, (int) Math.floor(first.offeredLoad()) + 1);
    while (new ErlangC(arrivalRate, serviceRate, c).waitQuantile(p) > maxWaitSeconds) {
      c++;
    }
    return c;
  }

  /**
   * The offered load in Erlangs: the mean number of busy servers.
   *
   * @return {@code a = λ/μ} (Gross et al., 4th ed., §2.3)
   */
  public double offeredLoad() {
    return arrivalRate / serviceRate;
  }

  /**
   * The utilisation (traffic intensity) of each server.
   *
   * @return {@code ρ = a/c = λ/(cμ)} (Gross et al., 4th ed., §2.3)
   */
  public double utilisation() {
    return offeredLoad() / servers;
  }

  /**
   * Whether the queue has a steady state.
   *
   * @return {@code ρ < 1} (Gross et al., 4th ed., §2.3)
   */
  public boolean isStable() {
    return utilisation() < 1;
  }

  /**
   * Erlang's loss formula for the same offered load and number of servers: the probability that an
   * arrival finds all {@code c} servers busy in the <em>loss</em> system M/M/c/c, where it would be
   * turned away instead of queueing. Defined for any load. Always {@code ≤}
   * {@link #probabilityOfWait()}.
   *
   * <p>Computed by the standard recurrence {@code B(0) = 1}, {@code B(k) = a·B(k−1) / (k +
   * a·B(k−1))}, which never forms {@code a^c} or {@code c!} and so stays accurate for thousands of
   * servers (Jagerman, "Some properties of the Erlang loss function", <i>Bell System Technical
   * Journal</i> 53(3), 1974).
   *
   * @return {@code B(c, a) = (a^c/c!) / Σ_{k=0..c} a^k/k!} (Gross et al., 4th ed., §2.6)
   */
  public double probabilityOfBlocking() {
    double a = offeredLoad();
    double b = 1;
    for (int k = 1; k <= servers; k++) {
      b = a * b / (k + a * b);
    }
    return b;
  }

  /**
   * The Erlang C formula: the probability that an arrival finds all servers busy and has to wait.
   * Returns {@code 1} when the queue is unstable ({@code ρ ≥ 1}).
   *
   * <p>Obtained from Erlang B as {@code C = B / (1 − ρ(1 − B))} (Harchol-Balter, <i>Performance
   * Modeling and Design of Computer Systems</i>, Cambridge, 2013, ch. 14), which is the textbook
   * ratio {@code [a^c/(c!(1−ρ))] / [Σ_{k=0..c−1} a^k/k! + a^c/(c!(1−ρ))]} rearranged.
   *
   * @return {@code C(c, a) = P(W_q > 0)} (Gross et al., 4th ed., §2.3), or {@code 1} if {@code ρ ≥
   *     1}
   */
  public double probabilityOfWait() {
    if (!isStable()) {
      return 1;
    }
    double b = probabilityOfBlocking();
    return b / (1 - utilisation() * (1 - b));
  }

  /**
   * The mean time an arrival spends queueing before service starts (the call-centre "average speed
   * of answer"). {@link Double#POSITIVE_INFINITY} when unstable.
   *
   * @return {@code W_q = C / (cμ − λ)} seconds (Gross et al., 4th ed., §2.3)
   */
  public double meanWait() {
    return isStable() ? probabilityOfWait() / drainRate() : Double.POSITIVE_INFINITY;
  }

  /**
   * The {@code p}-quantile of the time spent queueing. The waiting time has an atom {@code 1 − C}
   * at zero and an exponential tail {@code P(W_q > t) = C·e^{−(cμ−λ)t}}, so the quantile is zero
   * whenever {@code p ≤ 1 − C}. {@link Double#POSITIVE_INFINITY} when unstable.
   *
   * @param p the quantile level, in {@code [0, 1)}
   * @return {@code t_p = max(0, ln(C/(1−p)) / (cμ − λ))} seconds, from the waiting-time
   *     distribution {@code W_q(t) = 1 − C·e^{−(cμ−λ)t}} (Gross et al., 4th ed., §2.3)
   */
  public double waitQuantile(double p) {
    requireQuantileLevel(p);
    if (!isStable()) {
      return Double.POSITIVE_INFINITY;
    }
    return Math.max(0, Math.log(probabilityOfWait() / (1 - p)) / drainRate());
  }

  /**
   * The mean time in the system: queueing plus service. {@link Double#POSITIVE_INFINITY} when
   * unstable.
   *
   * @return {@code W = W_q + 1/μ} seconds (Gross et al., 4th ed., §2.3)
   */
  public double meanResponse() {
    return meanWait() + 1 / serviceRate;
  }

  /** {@code cμ − λ}: the rate at which a full system drains its queue. */
  private double drainRate() {
    return servers * serviceRate - arrivalRate;
  }

  private static void requireQuantileLevel(double p) {
    if (!(p >= 0 && p < 1)) {
      throw new IllegalArgumentException("p must be in [0, 1), got " + p);
    }
  }
}
