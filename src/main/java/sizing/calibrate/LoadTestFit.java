package sizing.calibrate;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import sizing.data.DataException;
import sizing.model.Figures;
import sizing.model.Parameter;
import sizing.model.Provenance;
import sizing.model.Usl;
import sizing.model.Workload;
import sizing.model.WorkloadParameter;

/**
 * A load test fitted by the Universal Scalability Law, and the service demand per request it
 * implies.
 *
 * <p>The fit is {@link Usl#fit}: least squares of {@code X(N) = λN / (1 + σ(N−1) + κN(N−1))} over
 * the test's levels, {@code N} being the test's concurrency (clients or Locust users) against the
 * one plan tested, so {@code σ} and {@code κ} describe how that plan's throughput scales with
 * concurrent requests inside it (Gunther, <i>Guerrilla Capacity Planning</i>, Springer, 2007, ch.
 * 5-6). Its quality is {@code R² = 1 − Σ(X_i − X̂_i)² / Σ(X_i − X̄)²} with the residuals {@code
 * X_i − X̂_i}.
 *
 * <p><b>Service demand.</b> At saturation every one of the plan's {@code c} workers is busy, so the
 * utilisation law {@code U = X D / c = 1} (Lazowska et al., <i>Quantitative System Performance</i>,
 * 1984, §3.2 and the asymptotic bound {@code X ≤ c/D} of §5.2) gives the worker-seconds a request
 * holds, {@code D = c / X_max}, with {@code X_max} the fitted peak ({@link Usl#maxThroughput()}).
 * That is all the time a request holds a worker on the tested plan, in-process vector searches
 * included; the workload gets it with the fitted contention taken out ({@link #calibrate}).
 *
 * @param test the load test
 * @param usl the fitted law
 * @param rSquared {@code R²} of the fit
 */
public record LoadTestFit(LoadTest test, Usl usl, double rSquared) {

  /**
   * The least {@code R²} a fit must reach to count as converged to the measurements: below half the
   * variance explained, the levels are not a scalability curve and a service demand read off them
   * would mean nothing.
   */
  public static final double MIN_R_SQUARED = 0.5;

  /** One level of the test beside the fitted curve. */
  public record Point(int line, double concurrency, double measured, double fitted, double p95Seconds) {
    /** {@code X_i − X̂_i}, requests per second. */
    public double residual() {
      return measured - fitted;
    }

    /** The residual as a percentage of the measured throughput, {@code 100 (X_i − X̂_i) / X_i}. */
    public double residualPct() {
      return 100 * residual() / measured;
    }
  }

  public LoadTestFit {
    Objects.requireNonNull(test, "test");
    Objects.requireNonNull(usl, "usl");
  }

  /**
   * Fits {@code test}.
   *
   * @throws DataException naming the file when the fit does not converge (coefficients that are not
   *     finite, or {@code R²} below {@value #MIN_R_SQUARED}), or when throughput grows in
   *     proportion to concurrency over the whole test ({@code σ = κ = 0}), so the plan was never
   *     loaded to saturation and no service demand can be read off
   */
  public static LoadTestFit of(LoadTest test) {
    var measurements = test.levels().stream()
        .map(l -> new Usl.Measurement(l.concurrency(), l.throughputPerSecond()))
        .toList();
    Usl usl;
    try {
      usl = Usl.fit(measurements);
    } catch (IllegalArgumentException e) {
      throw new DataException(test.file(), 0, null, "the USL fit does not converge: " + e.getMessage());
    }
    double mean = 0;
    for (var l : test.levels()) {
      mean += l.throughputPerSecond() / test.levels().size();
    }
    double sse = 0;
    double sst = 0;
    for (var l : test.levels()) {
      double r = l.throughputPerSecond() - usl.throughputAtConcurrency(l.concurrency());
      sse += r * r;
      sst += (l.throughputPerSecond() - mean) * (l.throughputPerSecond() - mean);
    }
    double r2 = sst > 0 ? 1 - sse / sst : Double.NaN;
    if (!Double.isFinite(usl.sigma() + usl.kappa() + usl.lambda()) || !Double.isFinite(sse)) {
      throw new DataException(test.file(), 0, null, "the USL fit does not converge (coefficients are not finite)");
    }
    if (!(r2 >= MIN_R_SQUARED)) {
      throw new DataException(test.file(), 0, null, String.format(Locale.ROOT,
          "the USL fit does not converge to the measurements: it explains %s of the throughput's variance (R^2 %.3f, "
              + "below %.1f); the levels do not follow a scalability curve (a failed or mixed run?)",
          Double.isNaN(r2) ? "none" : Figures.percent(100 * Math.max(0, r2), 0), r2, MIN_R_SQUARED));
    }
    if (usl.sigma() == 0 && usl.kappa() == 0) {
      throw new DataException(test.file(), 0, null, "throughput grows in proportion to concurrency over the whole test "
          + "(the fit finds sigma = kappa = 0): the plan was never loaded to saturation, so its service demand cannot be "
          + "read off; run the test to higher concurrency");
    }
    return new LoadTestFit(test, usl, r2);
  }

  /** Each level with the fitted throughput and the residual. */
  public List<Point> points() {
    return test.levels().stream()
        .map(l -> new Point(l.line(), l.concurrency(), l.throughputPerSecond(),
            usl.throughputAtConcurrency(l.concurrency()), l.p95Seconds()))
        .toList();
  }

  /** {@code X_max}, the fitted peak throughput, requests per second ({@link Usl#maxThroughput()}). */
  public double peakThroughput() {
    return usl.maxThroughput();
  }

  /** {@code N*}, where the fitted throughput peaks; {@code +∞} when {@code κ = 0} ({@link Usl#maxConcurrency()}). */
  public double peakConcurrency() {
    return usl.maxConcurrency();
  }

  /** The highest throughput measured, requests per second. */
  public double measuredPeak() {
    return test.levels().stream().mapToDouble(LoadTest.Level::throughputPerSecond).max().orElseThrow();
  }

  /**
   * The worker-seconds a request holds on the tested plan.
   *
   * @param workers {@code c}, the workers of the tested plan (backends × workers per backend)
   * @return {@code D = c / X_max} seconds (class comment)
   */
  public double serviceSeconds(int workers) {
    if (workers < 1) {
      throw new IllegalArgumentException("workers must be >= 1, got " + workers);
    }
    return workers / peakThroughput();
  }

  /**
   * {@code base} with the service demand and the contention of this fit:
   *
   * <ul>
   *   <li>{@code usl_sigma} and {@code usl_kappa}: the fitted {@code σ} and {@code κ}, which the
   *       model applies among the {@code c} workers of one backend droplet ({@link
   *       sizing.model.SizingModel#contention()}): below saturation each of the test's concurrent
   *       requests holds a worker, so the test's {@code N} is the number of requests in service at
   *       once on the tested host;
   *   <li>{@code backend_cpu_seconds_per_request}: the demand with that contention taken out, {@code
   *       D₁ = D · eff(c)} ({@link #serviceSeconds}, {@code eff(c) = 1 / (1 + σ(c − 1) + κc(c − 1))}
   *       at the tested host's {@code c = workersPerHost}), 4 significant figures, so the model's
   *       service time on the tested plan, {@code D₁ / eff(c)}, is the measured {@code D}; its
   *       range runs from that value to the one the highest measured throughput implies.
   * </ul>
   *
   * Each carries the load test as its source, dated {@code asOf}; every other parameter is kept as
   * it is, with its own source.
   *
   * @param workers {@code c}, the workers of the tested plan (backends × workers per backend)
   * @param workersPerHost the workers on one backend of the tested plan
   * @param plan what was tested, for the source text, e.g. "plan pov: 1 backend x 2 workers"
   */
  public Workload calibrate(Workload base, int workers, int workersPerHost, String plan, LocalDate asOf) {
    if (workersPerHost < 1 || workersPerHost > workers) {
      throw new IllegalArgumentException("workersPerHost must be in 1.." + workers + ", got " + workersPerHost);
    }
    double eff = usl.efficiencyAt(workersPerHost);
    double fitted = round4(serviceSeconds(workers) * eff);
    double measured = round4(workers / measuredPeak() * eff);
    var source = String.format(Locale.ROOT,
        Workload.LOAD_TEST_SOURCE + " %s (%s, %d levels): %d workers (%s) / fitted USL peak %s req/s "
            + "(sigma %s, kappa %s, R^2 %.4f), times the USL efficiency %s at the host's %d workers so the contention "
            + "is counted once (usl_sigma, usl_kappa); low: the fitted peak, high: the highest measured throughput, %s req/s",
        named(test.file()), test.format().description(), test.levels().size(), workers, plan, sig4(peakThroughput()),
        sig4(usl.sigma()), sig4(usl.kappa()), rSquared, sig4(eff), workersPerHost, sig4(measuredPeak()));
    var old = base.parameter(WorkloadParameter.BACKEND_CPU);
    var parameters = new LinkedHashMap<>(base.parameters());
    parameters.put(WorkloadParameter.BACKEND_CPU, new Parameter(WorkloadParameter.BACKEND_CPU, fitted, Math.min(fitted, measured),
        Math.max(fitted, measured), old.unit(), new Provenance(source, asOf)));
    var uslSource = String.format(Locale.ROOT,
        "fitted by least squares to the load test %s (%s, R^2 %.4f): the Universal Scalability Law among the workers of one "
            + "backend droplet (N = requests in service at once on the tested host)",
        named(test.file()), plan, rSquared);
    parameters.put(WorkloadParameter.USL_SIGMA, new Parameter(WorkloadParameter.USL_SIGMA, usl.sigma(), usl.sigma(), usl.sigma(),
        "coefficient", new Provenance(uslSource, asOf)));
    parameters.put(WorkloadParameter.USL_KAPPA, new Parameter(WorkloadParameter.USL_KAPPA, usl.kappa(), usl.kappa(), usl.kappa(),
        "coefficient", new Provenance(uslSource, asOf)));
    return new Workload(parameters);
  }

  /**
   * How a workload's source names the load test it was fitted to: the path as given when it is
   * relative (e.g. {@code data/loadtests/cisco-usl.csv}), relative to the working folder when an
   * absolute path lies inside it, else the file's name alone; never a path of one machine that
   * means nothing on the next one the workload file is handed to.
   */
  static String named(java.nio.file.Path file) {
    if (!file.isAbsolute()) {
      return file.toString();
    }
    var here = java.nio.file.Path.of("").toAbsolutePath();
    var path = file.normalize();
    return path.startsWith(here) ? here.relativize(path).toString() : String.valueOf(path.getFileName());
  }

  /** {@code v} to four significant figures. */
  static double round4(double v) {
    return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).doubleValue();
  }

  static String sig4(double v) {
    return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
  }
}
