package sizing.model;

/**
 * The distribution of the whole response time of one request to one backend host, and its
 * percentiles: {@code T = W + S + d + L}, where
 *
 * <ul>
 *   <li>{@code W} is the wait for a worker in the M/M/c queue of the host's {@code c} workers: zero
 *       with probability {@code 1 − C}, otherwise exponential with rate {@code θ = cμ − λ}, where
 *       {@code C = C(c, λ/μ)} is Erlang C (Gross, Shortle, Thompson &amp; Harris, <i>Fundamentals
 *       of Queueing Theory</i>, 4th ed., Wiley, 2008, §2.3; {@link ErlangC});
 *   <li>{@code S} is the worker's service time, exponential with rate {@code μ = 1 / E[S]}, as
 *       M/M/c assumes;
 *   <li>{@code d} is a fixed delay outside the queue (database queries, a dedicated vector store),
 *       taken at its mean;
 *   <li>{@code L} is the LLM time of the request, lognormal ({@link Lognormal}), spent outside the
 *       queue (the worker awaits the provider without holding a CPU).
 * </ul>
 *
 * {@code W}, {@code S} and {@code L} are independent, so the percentile of the sum is computed from
 * the distribution of the sum, not as a sum of percentiles.
 *
 * <p><b>Closed form for the queue.</b> {@code W + S} has the survival function {@code G(u) =
 * e^{−μu} + Cμ·k(u)}, {@code k(u) = (e^{−θu} − e^{−μu}) / (μ − θ)}: the convolution of the
 * waiting-time distribution {@code P(W > w) = C e^{−θw}} (Gross et al., 4th ed., §2.3) with the
 * exponential service time; {@code k} is {@code u e^{−μu}} in the limit {@code θ = μ}.
 * When the LLM time is a point mass {@code ℓ}, {@code P(T > t) = G(t − d − ℓ)} exactly.
 *
 * <p><b>Numerical part.</b> Otherwise, with {@code x = t − d} and {@code f} the lognormal density,
 *
 * <pre>
 *   P(T &gt; t) = P(L &gt; x) + I_μ(x) + Cμ (I_θ(x) − I_μ(x)) / (μ − θ),
 *   I_β(x)   = ∫₀ˣ f(l) e^{−β(x−l)} dl.
 * </pre>
 *
 * {@code P(L > x)} is closed form ({@link Lognormal#upperTail}). Each {@code I_β} is a product
 * integration (Davis &amp; Rabinowitz, <i>Methods of Numerical Integration</i>, 2nd ed., Academic
 * Press, 1984, ch. 2): {@code f} is interpolated linearly between nodes spaced evenly in {@code ln
 * l} from {@code m·e^{−8σ}} to {@code min(x, m·e^{8σ})} (the lognormal mass outside is below {@code
 * 1.3e-15}), and each panel's integral against the exponential is taken exactly; Richardson
 * extrapolation over one and two panels (same book, ch. 6) removes the rule's {@code h²} error
 * term. What is left grows with how steeply the exponential falls across the top panel, {@code βh}
 * ({@code h = x − l_{n−1}}, {@code β} the larger of {@code μ} and {@code θ}): with {@value #PANELS}
 * panels, against a brute-force quadrature on random hosts, loads up to 99.5% and LLM spreads
 * {@code σ ≤ 1.2}, the tail probability was within {@code 1e-7} where {@code βh ≤ 1}, {@code 2e-7}
 * where {@code βh ≤ 2} and {@code 3e-7} where {@code βh ≤ 4} ({@code ResponseTimeTest} checks the
 * middle one); the worst case found, a 0.33 s service time against a 270 s bound, was {@code
 * 2e-6}. An error {@code ε} in {@code P(T > t)} moves a percentile by {@code ε} over the response
 * time's density there, well under a millisecond at this workbook's loads. Percentiles invert
 * {@link #upperTail} by the Illinois method inside a bracket that holds by construction.
 *
 * <p><b>Cost.</b> A {@link Goal} fixes the bound {@code t}, so the nodes and {@code I_μ} are built
 * once; each {@link Goal#heldAt(double)} then costs one Erlang C and, only where exact bounds on
 * the tail cannot decide, {@code I_θ}: first by the rule on every other node, which settles the
 * verdict when the tail lies more than {@link Shape#SCREEN} from the target, else by the full
 * rule; at most {@value #PANELS} exponentials. Judging a goal never inverts the distribution.
 *
 * @param serviceSeconds {@code E[S] = 1/μ}, a worker's mean service time, seconds; finite and
 *     {@code > 0}
 * @param servers {@code c}, the workers on the host; {@code ≥ 1}
 * @param fixedSeconds {@code d}, the fixed delay outside the queue, seconds; finite and {@code ≥ 0}
 * @param llm the LLM time of one request (all its calls), seconds
 */
public record ResponseTime(double serviceSeconds, int servers, double fixedSeconds, Lognormal llm) {

  /** Panels of the product integration over the lognormal (see the class comment). */
  static final int PANELS = 256;

  /** The lognormal is integrated over {@code ln m ± SPAN·σ}; the mass outside is {@code 2Φ̄(8) < 1.3e-15}. */
  private static final double SPAN = 8;

  /** Rejects a non-positive service time, no workers, a negative fixed delay or a missing LLM time. */
  public ResponseTime {
    if (!(serviceSeconds > 0) || Double.isInfinite(serviceSeconds)) {
      throw new IllegalArgumentException("serviceSeconds must be finite and > 0, got " + serviceSeconds);
    }
    if (servers < 1) {
      throw new IllegalArgumentException("servers must be >= 1, got " + servers);
    }
    if (!(fixedSeconds >= 0) || Double.isInfinite(fixedSeconds)) {
      throw new IllegalArgumentException("fixedSeconds must be finite and >= 0, got " + fixedSeconds);
    }
    java.util.Objects.requireNonNull(llm, "llm");
  }

  /** The 50th, 95th and 99th percentiles of the response time, seconds. */
  public record Percentiles(double p50, double p95, double p99) {}

  /**
   * The arrival rate the host can never sustain: at or above it the queue grows without bound.
   *
   * @return {@code cμ}, requests per second
   */
  public double saturationRate() {
    return servers / serviceSeconds;
  }

  /**
   * The mean response time: the cheap figure, with no distribution to integrate.
   *
   * @param arrivalRate {@code λ} to this host, requests per second; {@code ≥ 0}
   * @return {@code E[T] = C/(cμ − λ) + 1/μ + d + E[L]} seconds (Gross et al., 4th ed., §2.3), or
   *     {@code +∞} when {@code λ ≥ cμ}
   */
  public double meanSeconds(double arrivalRate) {
    return queue(arrivalRate).meanResponse() + fixedSeconds + llm.mean();
  }

  /**
   * The probability that a request takes longer than {@code seconds}.
   *
   * @param arrivalRate {@code λ} to this host, requests per second; {@code ≥ 0}
   * @param seconds {@code t}
   * @return {@code P(T > t)} (formulas in the class comment); {@code 1} when {@code λ ≥ cμ}
   */
  public double upperTail(double arrivalRate, double seconds) {
    var q = queue(arrivalRate);
    if (!q.isStable()) {
      return 1;
    }
    double x = seconds - fixedSeconds;
    if (x <= 0) {
      return 1;
    }
    double mu = q.serviceRate();
    double wait = q.probabilityOfWait();
    double theta = servers * mu - arrivalRate;
    if (llm.isPointMass()) {
      return sojournTail(x - llm.median(), mu, theta, wait);
    }
    var nodes = Nodes.upTo(llm, x);
    return nodes.upperTail(x, mu, nodes.moment(x, mu), theta, wait, llm.upperTail(x));
  }

  /**
   * The {@code p}-quantile of the response time.
   *
   * @param arrivalRate {@code λ} to this host, requests per second; {@code ≥ 0}
   * @param p the level, in {@code (0, 1)}
   * @return {@code t_p} with {@code P(T > t_p) = 1 − p}, seconds, to {@code 1e-9} relative; {@code
   *     +∞} when {@code λ ≥ cμ}
   */
  public double quantile(double arrivalRate, double p) {
    if (!(p > 0 && p < 1)) {
      throw new IllegalArgumentException("p must be in (0, 1), got " + p);
    }
    var q = queue(arrivalRate);
    if (!q.isStable()) {
      return Double.POSITIVE_INFINITY;
    }
    double tail = 1 - p;
    // T − d ≥ L and T − d ≥ S, so t_p is at least d plus either's p-quantile.
    double lo = fixedSeconds + Math.max(llm.quantile(p), -Math.log(tail) / q.serviceRate());
    // P(T > d + w + s + l) ≤ P(W > w) + P(S > s) + P(L > l): each a third of 1 − p.
    double third = tail / 3;
    double hi = fixedSeconds + q.waitQuantile(1 - third) - Math.log(third) / q.serviceRate() + llm.quantile(1 - third);
    double fLo = upperTail(arrivalRate, lo) - tail;
    if (fLo <= 0) {
      return lo;
    }
    double fHi = upperTail(arrivalRate, hi) - tail;
    if (fHi >= 0) {
      return hi;
    }
    var bracket = illinois(t -> upperTail(arrivalRate, t) - tail, lo, hi, fLo, fHi);
    return 0.5 * (bracket[0] + bracket[1]);
  }

  /**
   * Shrinks {@code [lo, hi]}, where {@code f} changes sign, around the root to {@code 1e-10}
   * relative by the Illinois method (regula falsi that halves the stale end's value; Dowell &amp;
   * Jarratt, "A modified regula falsi method for computing the root of an equation", <i>BIT</i> 11,
   * 1971): superlinear on smooth {@code f}, and never leaves the bracket.
   *
   * @return the final bracket {@code {lo, hi}}, {@code f} keeping at each end the sign it had
   */
  private static double[] illinois(java.util.function.DoubleUnaryOperator f, double lo, double hi, double fLo, double fHi) {
    int side = 0;
    for (int i = 0; i < 200 && hi - lo > 1e-10 * Math.abs(hi); i++) {
      double t = (lo * fHi - hi * fLo) / (fHi - fLo);
      if (!(t > lo && t < hi)) {
        t = 0.5 * (lo + hi);
      }
      double ft = f.applyAsDouble(t);
      if (ft == 0) {
        return new double[] {t, t};
      }
      if ((ft > 0) == (fLo > 0)) {
        lo = t;
        fLo = ft;
        if (side == -1) {
          fHi *= 0.5;
        }
        side = -1;
      } else {
        hi = t;
        fHi = ft;
        if (side == 1) {
          fLo *= 0.5;
        }
        side = 1;
      }
    }
    return new double[] {lo, hi};
  }

  /** The 50th, 95th and 99th percentiles at {@code arrivalRate} ({@link #quantile}). */
  public Percentiles percentiles(double arrivalRate) {
    return new Percentiles(quantile(arrivalRate, 0.50), quantile(arrivalRate, 0.95), quantile(arrivalRate, 0.99));
  }

  /**
   * The goal "the {@code level}-quantile of the response time is at most {@code seconds}", ready to
   * be judged at many arrival rates: the cheap path for capacity searches.
   *
   * @param seconds the bound {@code t}, seconds; finite and {@code > 0}
   * @param level the quantile level {@code p}, in {@code (0, 1)}, e.g. 0.95
   */
  public Goal goal(double seconds, double level) {
    return new Goal(this, seconds, level);
  }

  /**
   * "The {@code p}-quantile of {@code T} is at most {@code t}", i.e. {@code P(T > t) ≤ 1 − p},
   * with everything that does not depend on the arrival rate or the number of workers computed once
   * ({@link Shape}, shared by every goal with the same service time, fixed delay, LLM time and
   * bound).
   */
  public static final class Goal {
    private final ResponseTime response;
    private final double level;
    private final Shape shape;

    private Goal(ResponseTime response, double seconds, double level) {
      if (!(seconds > 0) || Double.isInfinite(seconds)) {
        throw new IllegalArgumentException("seconds must be finite and > 0, got " + seconds);
      }
      if (!(level > 0 && level < 1)) {
        throw new IllegalArgumentException("level must be in (0, 1), got " + level);
      }
      this.response = response;
      this.level = level;
      this.shape = Shape.of(response.serviceSeconds, response.fixedSeconds, response.llm, seconds);
    }

    /** The response time this goal is about. */
    public ResponseTime response() {
      return response;
    }

    /** The bound {@code t}, seconds. */
    public double seconds() {
      return shape.seconds;
    }

    /** The quantile level {@code p}. */
    public double level() {
      return level;
    }

    /**
     * Whether the goal holds at {@code arrivalRate}: {@code P(T > t) ≤ 1 − p}, which is {@code t_p
     * ≤ t} without computing {@code t_p}. Holds for every rate up to {@link #maxArrivalRate()} and
     * for none above it, since the tail grows with the load.
     *
     * <p>Decided by exact bounds where they suffice ({@link Bounds}: 64 multiply-adds, two
     * exponentials and one Erlang C), by finer bounds next, and by the product integration of the
     * class comment only when the tail lies within the finer bounds' gap of {@code 1 − p}. Since
     * the tail rises with the load, every answer is also a fact about other loads (holds at
     * {@code λ} means holds below it; fails means fails above): the shape keeps, per number of
     * workers, the highest rate known to hold and the lowest known to fail, and answers from them
     * first, so plans that share a shape and a worker count (the plans of one Monte Carlo sample,
     * a capacity search's later steps) do not judge the same boundary again.
     *
     * @param arrivalRate {@code λ} to this host, requests per second; {@code ≥ 0}
     */
    public boolean heldAt(double arrivalRate) {
      return judge(arrivalRate, false) > 0;
    }

    /**
     * What the cheap tests alone tell at {@code arrivalRate} (what is already known for this shape,
     * the coarse bounds, the closed form for a fixed LLM time), without the integral: {@code 1} the
     * goal holds, {@code −1} it fails, {@code 0} they cannot tell; each answer as {@link #heldAt}
     * would give it.
     */
    public int cheapVerdictAt(double arrivalRate) {
      return judge(arrivalRate, true);
    }

    /**
     * {@link #heldAt}, or with {@code cheapOnly} {@link #cheapVerdictAt}: what the shape already
     * knows, then the bounds, then (unless {@code cheapOnly}) the integral. Every verdict reached
     * (a cheap test's too: the bounds are exact) is kept as a fact about other loads.
     *
     * @return {@code 1} holds, {@code −1} fails, {@code 0} the cheap tests cannot tell
     */
    private int judge(double arrivalRate, boolean cheapOnly) {
      double target = 1 - level;
      // P(T > t) ≥ P(L > t − d): when the LLM alone breaks the goal, no load can meet it.
      if (shape.llmTail > target) {
        return -1;
      }
      var known = shape.known(response.servers, level);
      boolean coarseUnsure = false;
      if (known != null) {
        if (arrivalRate <= known.holdsUpTo) {
          return 1;
        }
        if (arrivalRate >= known.failsFrom) {
          return -1;
        }
        coarseUnsure = arrivalRate >= known.unsureFrom && arrivalRate <= known.unsureTo;
        if (coarseUnsure && cheapOnly) {
          return 0;
        }
      }
      int verdict = decide(arrivalRate, target, cheapOnly, coarseUnsure);
      if (verdict == UNSURE_THEN_HOLDS || verdict == UNSURE_THEN_FAILS || verdict == 0) {
        if (!coarseUnsure) { // else the band already holds this rate
          known = shape.learnUnsure(response.servers, level, known, arrivalRate);
        }
        verdict = verdict == UNSURE_THEN_HOLDS ? 1 : verdict == UNSURE_THEN_FAILS ? -1 : 0;
      }
      if (verdict != 0) {
        shape.learn(response.servers, level, known, arrivalRate, verdict > 0);
      }
      return verdict;
    }

    /** {@link #decide}'s answers when the coarse bounds could not tell and the finer tests then did. */
    private static final int UNSURE_THEN_HOLDS = 2;
    private static final int UNSURE_THEN_FAILS = -2;

    /**
     * {@code 1} when the goal holds at {@code arrivalRate}, {@code −1} when it fails, {@code 0}
     * when {@code cheapOnly} and the cheap tests cannot tell; {@code ±2} for {@code ±1} when the
     * coarse bounds could not tell (or {@code coarseUnsure} says they cannot) and the fine bounds
     * or the integral did.
     */
    private int decide(double arrivalRate, double target, boolean cheapOnly, boolean coarseUnsure) {
      var q = response.queue(arrivalRate);
      if (!q.isStable() || shape.x <= 0) {
        return -1;
      }
      double wait = q.probabilityOfWait();
      double theta = response.servers * shape.mu - arrivalRate;
      if (!shape.bounded) {
        return shape.exactTail(theta, wait) <= target ? 1 : -1;
      }
      if (!coarseUnsure) {
        int verdict = shape.coarse().decide(theta, wait, target);
        if (verdict != 0 || cheapOnly) {
          return verdict;
        }
      }
      int verdict = shape.fine().decide(theta, wait, target);
      if (verdict == 0) {
        verdict = shape.tailWithin(theta, wait, target) ? 1 : -1;
      }
      return 2 * verdict;
    }

    /** {@code P(T > t)} at {@code arrivalRate}, as {@link ResponseTime#upperTail} for this {@code t}. */
    public double upperTailAt(double arrivalRate) {
      var q = response.queue(arrivalRate);
      if (!q.isStable() || shape.x <= 0) {
        return 1;
      }
      return shape.exactTail(response.servers * shape.mu - arrivalRate, q.probabilityOfWait());
    }

    /**
     * The largest arrival rate at which the goal holds, to {@code 1e-10} relative (Illinois method);
     * {@code 0} when even an idle host misses it.
     *
     * @return requests per second to this host
     */
    public double maxArrivalRate() {
      double excess = upperTailAt(0) - (1 - level);
      if (excess > 0) {
        return 0;
      }
      double top = response.saturationRate();
      var bracket = illinois(rate -> upperTailAt(rate) - (1 - level), 0, top, excess, level);
      return bracket[0];
    }
  }

  /**
   * What a goal's tail needs that depends only on {@code E[S]}, {@code d}, the LLM time and {@code
   * t}, not on the load or the workers: {@code x = t − d}, {@code μ}, {@code P(L > x)}, the bounds'
   * grids and (built on first need) the product integration's nodes. Kept in a small per-thread
   * cache, so plans that share a service time and delay (every plan of one Monte Carlo sample with
   * the same vector-store placement, e.g.) build it once.
   */
  static final class Shape {
    /** Bins of the coarse and the fine bounds. */
    static final int COARSE = 64;
    static final int FINE = 256;
    private static final int CACHED = 8;
    /** Worker counts up to this keep what they learn ({@link #known}). */
    private static final int KNOWN_WORKERS = 64;
    /** The level {@link #known} is kept for. */
    private static final double KNOWN_LEVEL = 0.95;
    private static final ThreadLocal<Shape[]> CACHE = ThreadLocal.withInitial(() -> new Shape[CACHED]);
    private static final ThreadLocal<int[]> NEXT = ThreadLocal.withInitial(() -> new int[1]);

    final double serviceSeconds;
    final double fixedSeconds;
    final Lognormal llm;
    final double seconds;
    final double x;
    final double mu;
    final double llmTail;
    /** Whether the bounds apply (a spread-out LLM time and {@code x > 0}); built on first need. */
    final boolean bounded;
    private Bounds coarse;
    private Bounds fine;
    private Nodes nodes;
    /** {@code I_μ} by the full rule and by the rule on every other node; each computed on first need. */
    private double momentMu = Double.NaN;
    private double momentMuHalf = Double.NaN;
    private double halfTopPanel;
    /**
     * How far the rule on every other node must lie from a target to settle a verdict: three times
     * the largest difference between the two rules {@code ResponseTimeTest} allows (1e-5).
     */
    static final double SCREEN = 3e-5;
    /**
     * The screen is used only where {@code β h ≤} this, {@code β} the steeper of the two
     * exponentials and {@code h} the coarser rule's top panel: beyond it the exponential falls off
     * within a fraction of that panel and the two rules can differ by more than {@link #SCREEN}.
     */
    static final double SCREEN_STEEPEST = 8;
    /** Per number of workers, what is known at the 95th-percentile level ({@link Known}). */
    private final Known[] known = new Known[KNOWN_WORKERS + 1];

    private Shape(double serviceSeconds, double fixedSeconds, Lognormal llm, double seconds) {
      this.serviceSeconds = serviceSeconds;
      this.fixedSeconds = fixedSeconds;
      this.llm = llm;
      this.seconds = seconds;
      this.x = seconds - fixedSeconds;
      this.mu = 1 / serviceSeconds;
      this.llmTail = x > 0 ? llm.upperTail(x) : 1;
      this.bounded = x > 0 && !llm.isPointMass();
    }

    static Shape of(double serviceSeconds, double fixedSeconds, Lognormal llm, double seconds) {
      var cache = CACHE.get();
      for (var s : cache) {
        if (s != null && s.serviceSeconds == serviceSeconds && s.fixedSeconds == fixedSeconds && s.seconds == seconds
            && s.llm.equals(llm)) {
          return s;
        }
      }
      var made = new Shape(serviceSeconds, fixedSeconds, llm, seconds);
      var next = NEXT.get();
      cache[next[0]] = made;
      next[0] = (next[0] + 1) % CACHED;
      return made;
    }

    /**
     * What is known for {@code servers} workers at {@code level}: the goal holds at every rate up to
     * {@code holdsUpTo} and at none from {@code failsFrom}; the coarse bounds cannot tell between
     * {@code unsureFrom} and {@code unsureTo} ({@link #learnUnsure}). Immutable, so a reader on another thread
     * sees either an older record or a newer one, each true (final-field semantics, JLS §17.5); a
     * lost update only loses a shortcut.
     */
    record Known(double holdsUpTo, double failsFrom, double unsureFrom, double unsureTo) {
      static final Known NOTHING =
          new Known(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
    }

    Known known(int servers, double level) {
      return servers <= KNOWN_WORKERS && level == KNOWN_LEVEL ? known[servers] : null;
    }

    void learn(int servers, double level, Known was, double rate, boolean holds) {
      if (servers > KNOWN_WORKERS || level != KNOWN_LEVEL) {
        return;
      }
      var k = was == null ? Known.NOTHING : was;
      known[servers] = holds
          ? new Known(Math.max(k.holdsUpTo, rate), k.failsFrom, k.unsureFrom, k.unsureTo)
          : new Known(k.holdsUpTo, Math.min(k.failsFrom, rate), k.unsureFrom, k.unsureTo);
    }

    /**
     * Keeps that the coarse bounds cannot tell at {@code rate}: both bounds rise with the load, so
     * they cannot tell anywhere between two such rates either ({@code [unsureFrom, unsureTo]}).
     * Were rounding to break that, the cost is only that a coarse test is skipped there.
     */
    Known learnUnsure(int servers, double level, Known was, double rate) {
      if (servers > KNOWN_WORKERS || level != KNOWN_LEVEL) {
        return was;
      }
      var k = was == null ? Known.NOTHING : was;
      var now = new Known(k.holdsUpTo, k.failsFrom, Math.min(k.unsureFrom, rate), Math.max(k.unsureTo, rate));
      known[servers] = now;
      return now;
    }

    /** The coarse bounds; not built for a shape whose LLM time alone breaks the goal, which no check reaches. */
    Bounds coarse() {
      if (coarse == null) {
        coarse = Bounds.of(llm, x, mu, COARSE);
      }
      return coarse;
    }

    Bounds fine() {
      if (fine == null) {
        fine = Bounds.of(llm, x, mu, FINE);
      }
      return fine;
    }

    /** {@code P(T > t)} by the closed form (a point-mass LLM) or the product integration. */
    double exactTail(double theta, double wait) {
      if (x <= 0) {
        return 1;
      }
      if (llm.isPointMass()) {
        return sojournTail(x - llm.median(), mu, theta, wait);
      }
      if (Double.isNaN(momentMu)) {
        momentMu = nodes().moment(x, mu);
      }
      return nodes.upperTail(x, mu, momentMu, theta, wait, llmTail);
    }

    private Nodes nodes() {
      if (nodes == null) {
        nodes = Nodes.upTo(llm, x);
      }
      return nodes;
    }

    /**
     * Whether {@code P(T > t) ≤ target} by the product integration: first by its rule on every
     * other node (half the work), which settles it when it lies more than {@link #SCREEN} from
     * {@code target}, since the two rules differ by far less ({@code ResponseTimeTest}); else by
     * {@link #exactTail}. The same answer as {@code exactTail(θ, C) ≤ target}.
     */
    boolean tailWithin(double theta, double wait, double target) {
      if (x <= 0 || llm.isPointMass()) {
        return exactTail(theta, wait) <= target;
      }
      if (Double.isNaN(momentMuHalf)) {
        momentMuHalf = nodes().moment(x, mu, 2);
        int top = nodes.l().length - 1;
        halfTopPanel = top >= 2 ? nodes.l()[top] - nodes.l()[top - 2] : 0;
      }
      // the rules part where the exponential falls within a fraction of the top panel
      if (Math.max(mu, theta) * halfTopPanel > SCREEN_STEEPEST) {
        return exactTail(theta, wait) <= target;
      }
      double screened = nodes.upperTail(x, mu, momentMuHalf, theta, wait, llmTail, 2);
      if (Math.abs(screened - target) > SCREEN) {
        return screened <= target;
      }
      return exactTail(theta, wait) <= target;
    }
  }

  /**
   * Exact lower and upper bounds on {@code P(T > t)}, cheap enough to decide most goal checks
   * without the integral. With {@code G(u) = P(W + S > u)} (the class comment's closed form,
   * decreasing in {@code u}), {@code P(T > t) = P(L > x) + E[G(x − L); L ≤ x]}. Cut the LLM's range
   * {@code [a, b] = [m e^{−6σ}, min(x, m e^{6σ})]} into {@code B} bins of width {@code h} and let
   * {@code u_i = x − b + i h}; on bin {@code i} (where {@code x − L ∈ [u_i, u_{i+1}]}), {@code G}
   * lies between {@code G(u_{i+1})} and {@code G(u_i)}, so
   *
   * <pre>
   *   lower = P(L &gt; x) + Σ p_i G(u_{i+1}),
   *   upper = P(L &gt; x) + Σ p_i G(u_i) + P(L &lt; a) + P(b &lt; L ≤ x),
   * </pre>
   *
   * {@code p_i} the lognormal's mass in bin {@code i} (the two masses outside {@code [a, b]} are
   * below {@code 1e-9} and counted as a tail of 1). Since {@code G(u) = (1 − A) e^{−μu} + A
   * e^{−θu}}, {@code A = Cμ/(μ − θ)}, and {@code e^{−θ u_i} = e^{−θ u_0} r^i}, {@code r = e^{−θh}},
   * both bounds are {@code (1 − A)·E + A e^{−θ u_0}·P(r)} with {@code E} a sum fixed by the shape
   * and {@code P(r) = Σ p_i r^i} one polynomial: two exponentials and {@code B} multiply-adds per
   * check. The gap is {@code Σ p_i (G(u_i) − G(u_{i+1}))}, about {@code h} times the response
   * time's density at {@code t}.
   */
  static final class Bounds {
    private final double u0;
    private final double h;
    private final double[] p;
    private final double expMuUpper;
    private final double expMuLower;
    private final double outside;
    private final double llmTail;
    private final double mu;

    private Bounds(double u0, double h, double[] p, double expMuUpper, double expMuLower, double outside, double llmTail,
        double mu) {
      this.u0 = u0;
      this.h = h;
      this.p = p;
      this.expMuUpper = expMuUpper;
      this.expMuLower = expMuLower;
      this.outside = outside;
      this.llmTail = llmTail;
      this.mu = mu;
    }

    static Bounds of(Lognormal llm, double x, double mu, int bins) {
      double s = llm.sigma();
      double m = llm.median();
      double a = Math.min(x, m * Math.exp(-6 * s));
      double b = Math.min(x, m * Math.exp(6 * s));
      double h = (b - a) / bins;
      var p = new double[bins];
      double u0 = x - b;
      double upperE = 0;
      double lowerE = 0;
      double cdfAbove = 1 - llm.upperTail(b);
      double expAbove = Math.exp(-mu * u0);
      double stepMu = Math.exp(-mu * h);
      for (int i = 0; i < bins; i++) {
        double below = i == bins - 1 ? a : b - (i + 1) * h;
        double cdfBelow = 1 - llm.upperTail(below);
        p[i] = Math.max(0, cdfAbove - cdfBelow);
        double expBelow = expAbove * stepMu;
        upperE += p[i] * expAbove;
        lowerE += p[i] * expBelow;
        cdfAbove = cdfBelow;
        expAbove = expBelow;
      }
      double outside = (1 - llm.upperTail(a)) + (llm.upperTail(b) - llm.upperTail(x));
      return new Bounds(u0, h, p, upperE, lowerE, outside, llm.upperTail(x), mu);
    }

    /**
     * {@code 1} when the upper bound is at most {@code target}, {@code −1} when the lower bound is
     * above it, {@code 0} when they straddle it (or {@code A} is so large that cancellation could
     * blur them: {@code θ} within a millionth of {@code μ}'s scale).
     */
    int decide(double theta, double wait, double target) {
      double diff = mu - theta;
      double big = wait * mu;
      if (!(Math.abs(diff) * 1e6 > big)) {
        return wait == 0 ? decideIdle(target) : 0;
      }
      double amp = big / diff;
      double r = Math.exp(-theta * h);
      double poly = polynomial(p, r);
      double lead = Math.exp(-theta * u0) * poly;
      double upper = llmTail + outside + (1 - amp) * expMuUpper + amp * lead;
      double lower = llmTail + (1 - amp) * expMuLower + amp * lead * r;
      double slack = 1e-12 * (1 + Math.abs(amp));
      if (upper + slack <= target) {
        return 1;
      }
      return lower - slack > target ? -1 : 0;
    }

    /**
     * {@code Σ p_i r^i}, as four interleaved Horner chains in {@code r⁴} (coefficients {@code i ≡ k
     * mod 4} in chain {@code k}), so that the processor overlaps them instead of waiting on one
     * chain of dependent multiply-adds; {@code p.length} is a multiple of 4.
     */
    static double polynomial(double[] p, double r) {
      double r2 = r * r;
      double r4 = r2 * r2;
      double c0 = 0;
      double c1 = 0;
      double c2 = 0;
      double c3 = 0;
      for (int i = p.length - 4; i >= 0; i -= 4) {
        c0 = c0 * r4 + p[i];
        c1 = c1 * r4 + p[i + 1];
        c2 = c2 * r4 + p[i + 2];
        c3 = c3 * r4 + p[i + 3];
      }
      return c0 + r * c1 + r2 * (c2 + r * c3);
    }

    private int decideIdle(double target) {
      if (llmTail + outside + expMuUpper <= target) {
        return 1;
      }
      return llmTail + expMuLower > target ? -1 : 0;
    }
  }

  private ErlangC queue(double arrivalRate) {
    return new ErlangC(arrivalRate, 1 / serviceSeconds, servers);
  }

  /**
   * {@code P(W + S > u) = e^{−μu} + Cμ·u·e^{−min(μ,θ)u}·ψ(|μ − θ|u)}, {@code ψ(z) = (1 − e^{−z})/z}:
   * the M/M/c sojourn time's survival function written so that it stays exact as {@code θ → μ}.
   */
  static double sojournTail(double u, double mu, double theta, double wait) {
    if (u <= 0) {
      return 1;
    }
    double slow = Math.min(mu, theta);
    double gap = Math.abs(mu - theta) * u;
    return Math.min(1, Math.exp(-mu * u) + wait * mu * u * Math.exp(-slow * u) * psi(gap));
  }

  /** {@code ψ(z) = (1 − e^{−z}) / z}, {@code ψ(0) = 1}. */
  private static double psi(double z) {
    return z < 1e-8 ? 1 - 0.5 * z : -Math.expm1(-z) / z;
  }

  /**
   * {@code e^{−z} − 1} for {@code z ≥ 0}, to a few ulps, without {@link Math#expm1} (not an
   * intrinsic of the JVM, about three times as slow as {@link Math#exp}): below {@code z = 1/64}
   * its Taylor series to {@code z⁷} (the rest is below {@code z⁸/8! < 6e-18 z}); from there on
   * {@code Math.exp(−z) − 1}, where the subtraction costs at most {@code 65ε} relative, since the
   * result is at least {@code 1 − e^{−1/64} > 1/65}.
   */
  static double expm1Neg(double z) {
    if (z < 0.015625) {
      return -z * (1 - z * (0.5 - z * (1.0 / 6 - z * (1.0 / 24 - z * (1.0 / 120 - z * (1.0 / 720 - z / 5040))))));
    }
    return Math.exp(-z) - 1;
  }

  /**
   * {@code χ(z) = ∫₀¹ w e^{−zw} dw = (ψ(z) − e^{−z}) / z = −((e^{−z} − 1)(1 + z) + z) / z²}, from
   * {@code em1 = e^{−z} − 1} (which {@link Math#expm1} keeps exact for small {@code z}); the
   * cancellation costs {@code 2ε/z} relative, so below {@code z = 1e-4} the series {@code 1/2 − z/3
   * + z²/8 − z³/30} is used instead.
   */
  private static double chi(double z, double em1) {
    if (z < 1e-4) {
      return 0.5 - z * (1.0 / 3 - z * (0.125 - z / 30));
    }
    return -(em1 * (1 + z) + z) / (z * z);
  }

  /**
   * The lognormal density at nodes evenly spaced in {@code z = ln(l/m)/σ}, from {@code −8} to
   * {@code min(z_x, 8)}; the last node is {@code x} itself when {@code x} is inside.
   */
  record Nodes(Lognormal llm, double[] l, double[] f) {

    /** Nodes and densities by recurrence: {@code l_j+1 = l_j e^{σ dz}}, {@code φ(z_j+1) = φ(z_j) e^{−z_j dz − dz²/2}}. */
    static Nodes upTo(Lognormal llm, double x) {
      double s = llm.sigma();
      double zx = Math.log(x / llm.median()) / s;
      double top = Math.min(zx, SPAN);
      if (top <= -SPAN) {
        return new Nodes(llm, new double[0], new double[0]);
      }
      double dz = (top + SPAN) / PANELS;
      var l = new double[PANELS + 1];
      var f = new double[PANELS + 1];
      double grow = Math.exp(s * dz);
      double step = Math.exp(-dz * dz);
      double ratio = Math.exp(SPAN * dz - 0.5 * dz * dz);
      double node = llm.median() * Math.exp(-s * SPAN);
      double density = StandardNormal.density(-SPAN);
      for (int j = 0; j <= PANELS; j++) {
        l[j] = node;
        f[j] = density / (s * node);
        node *= grow;
        density *= ratio;
        ratio *= step;
      }
      if (zx <= SPAN) {
        l[PANELS] = x;
        f[PANELS] = StandardNormal.density(zx) / (s * x);
      }
      return new Nodes(llm, l, f);
    }

    /**
     * {@code I_β(x) = ∫ f(l) e^{−β(x−l)} dl} over the nodes, {@code f} linear on each panel and the
     * exponential integrated exactly: panel {@code [l_a, l_b]} of width {@code h} gives {@code
     * e^{−β(x−l_b)} h (f_a χ(βh) + f_b (ψ(βh) − χ(βh)))}, {@code χ(z) = (1 − e^{−z}(1 + z))/z²}.
     * The rule's error is {@code c·h² + O(h⁴)}, so it is taken on every panel and on every pair of
     * panels and combined as {@code (4 I_h − I_2h) / 3} (Richardson). Summed from the top panel
     * down, the factor {@code e^{−β(x−l)}} carried from panel to panel, and stopped once it falls
     * below {@code 1e-18}.
     */
    double moment(double x, double beta) {
      return moment(x, beta, 1);
    }

    /**
     * {@link #moment(double, double)} on every {@code stride}-th node only (the same rule with
     * {@code PANELS / stride} panels; the last node, {@code x} when inside, is on every stride's grid).
     */
    double moment(double x, double beta, int stride) {
      int top = l.length - 1;
      if (top <= 0) {
        return 0;
      }
      double decay = Math.exp(-beta * (x - l[top]));
      double fine = 0;
      double coarse = 0;
      double aboveEm1 = 0;
      double decayAbove = decay;
      for (int j = top, panel = 0; j > 0 && decay >= 1e-18; j -= stride, panel++) {
        double h = l[j] - l[j - stride];
        double z = beta * h;
        double em1 = expm1Neg(z);
        double ps = z < 1e-8 ? 1 - 0.5 * z : -em1 / z;
        double ch = chi(z, em1);
        fine += decay * h * (f[j - stride] * ch + f[j] * (ps - ch));
        if ((panel & 1) == 1) {
          // the pair of panels [l_j−1, l_j+1]: e^{−(z_a+z_b)} − 1 = a + b + ab, a, b the panels' e^{−z} − 1
          double h2 = l[j + stride] - l[j - stride];
          double z2 = beta * h2;
          double em2 = aboveEm1 + em1 + aboveEm1 * em1;
          double ps2 = z2 < 1e-8 ? 1 - 0.5 * z2 : -em2 / z2;
          double ch2 = chi(z2, em2);
          coarse += decayAbove * h2 * (f[j - stride] * ch2 + f[j + stride] * (ps2 - ch2));
        }
        aboveEm1 = em1;
        decayAbove = decay;
        decay *= 1 + em1;
      }
      // Richardson: (4 I_h − I_2h) / 3 cancels the rule's h² error term.
      return (4 * fine - coarse) / 3;
    }

    /**
     * {@code P(L > x) + I_μ + Cμ K} ({@code llmTail} is {@code P(L > x)}), {@code K = (I_θ − I_μ) / (μ − θ)}. Where {@code θ} comes within
     * {@code g = min(1e-5 μ, 1e-4 / x)} of {@code μ} (at a utilisation of {@code (c − 1)/c}, e.g.),
     * the difference quotient would lose its digits to cancellation, so {@code K} is interpolated
     * linearly between {@code θ = μ − g} and {@code μ + g}: an error of about {@code (g x)² / 8 ≤
     * 1.3e-9} relative, since {@code K} is smooth in {@code θ}.
     */
    double upperTail(double x, double mu, double momentMu, double theta, double wait, double llmTail) {
      return upperTail(x, mu, momentMu, theta, wait, llmTail, 1);
    }

    /** {@link #upperTail(double, double, double, double, double, double)} by the rule on every {@code stride}-th node. */
    double upperTail(double x, double mu, double momentMu, double theta, double wait, double llmTail, int stride) {
      double tail = llmTail + momentMu;
      if (wait > 0 && l.length > 0) {
        double gap = Math.min(1e-5 * mu, 1e-4 / x);
        double k;
        if (Math.abs(mu - theta) < gap) {
          double below = (moment(x, mu - gap, stride) - momentMu) / gap;
          double above = (momentMu - moment(x, mu + gap, stride)) / gap;
          k = below + (above - below) * (theta - (mu - gap)) / (2 * gap);
        } else {
          k = (moment(x, theta, stride) - momentMu) / (mu - theta);
        }
        tail += wait * mu * k;
      }
      return Math.min(1, Math.max(0, tail));
    }
  }
}
