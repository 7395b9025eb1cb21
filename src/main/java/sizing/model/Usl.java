package sizing.model;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Gunther's Universal Scalability Law: the throughput of a system at concurrency {@code N} (users,
 * threads, nodes), limited by contention {@code σ} and by coherency (crosstalk) {@code κ}.
 *
 * <p>{@code X(N) = λN / (1 + σ(N−1) + κN(N−1))} — Gunther, <i>Guerrilla Capacity Planning</i>
 * (Springer, 2007), ch. 4; also Schwartz, <i>Practical Scalability Analysis with the Universal
 * Scalability Law</i> (VividCortex, 2015), eq. 3. With {@code κ = 0} it reduces to Amdahl's law;
 * with {@code σ = κ = 0} scaling is linear.
 *
 * @param sigma {@code σ}, the contention (serialisation) coefficient; in {@code [0, 1]} (Gunther
 *     takes {@code 0 ≤ σ < 1}; {@code σ = 1}, a fully serialised system, is admitted as the limit)
 * @param kappa {@code κ}, the coherency (crosstalk) coefficient; finite and {@code ≥ 0}
 * @param lambda {@code λ}, the throughput of a single worker with no interference, e.g. requests
 *     per second; finite and {@code > 0}
 */
public record Usl(double sigma, double kappa, double lambda) {

  /**
   * The fewest measurements {@link #fit} accepts: one more than the three coefficients, so a fit
   * leaves a residual to judge it by (usl4j asks for six; a load test at four concurrency levels is
   * already a usable, if rough, calibration).
   */
  public static final int MIN_MEASUREMENTS = 4;

  private static final int MAX_ITERATIONS = 10_000;

  /**
   * One observation of a system under load.
   *
   * @param concurrency {@code N}, the load at which throughput was measured; finite and {@code > 0}
   * @param throughput {@code X(N)}, the measured throughput; finite and {@code > 0}
   */
  public record Measurement(double concurrency, double throughput) {

    /** Rejects non-positive or non-finite values. */
    public Measurement {
      if (!(concurrency > 0) || Double.isInfinite(concurrency)) {
        throw new IllegalArgumentException(
            "concurrency must be finite and > 0, got " + concurrency);
      }
      if (!(throughput > 0) || Double.isInfinite(throughput)) {
        throw new IllegalArgumentException("throughput must be finite and > 0, got " + throughput);
      }
    }
  }

  /** Rejects coefficients outside the ranges the law is defined for. */
  public Usl {
    if (!(sigma >= 0 && sigma <= 1)) {
      throw new IllegalArgumentException("sigma must be in [0, 1], got " + sigma);
    }
    if (!(kappa >= 0) || Double.isInfinite(kappa)) {
      throw new IllegalArgumentException("kappa must be finite and >= 0, got " + kappa);
    }
    if (!(lambda > 0) || Double.isInfinite(lambda)) {
      throw new IllegalArgumentException("lambda must be finite and > 0, got " + lambda);
    }
  }

  /**
   * Fits {@code σ}, {@code κ} and {@code λ} to measurements by nonlinear least squares: minimises
   * {@code Σ (X_i − X(N_i))²} subject to {@code 0 ≤ σ ≤ 1}, {@code κ ≥ 0}, {@code λ > 0}. This is
   * the criterion usl4j (Levenberg–Marquardt) and R's {@code nls} apply to the same model.
   *
   * <p>The search starts from Gunther's linearisation (<i>Guerrilla Capacity Planning</i>, ch. 5):
   * with {@code λ₀ = max X_i/N_i} and {@code C_i = X_i/λ₀}, regress {@code N_i/C_i − 1} on {@code
   * N_i − 1} and {@code N_i(N_i − 1)} through the origin; the two slopes are {@code σ} and {@code
   * κ}. Levenberg–Marquardt (Marquardt's diagonal scaling; parameters on a bound whose gradient
   * points outward are held there) then refines all three.
   *
   * @param measurements at least {@value #MIN_MEASUREMENTS}, at no fewer than three distinct
   *     concurrencies
   * @return the least-squares {@code Usl}
   * @throws IllegalArgumentException if there are too few measurements or concurrency levels
   */
  public static Usl fit(List<Measurement> measurements) {
    Objects.requireNonNull(measurements, "measurements");
    if (measurements.size() < MIN_MEASUREMENTS) {
      throw new IllegalArgumentException(
          "fit needs at least " + MIN_MEASUREMENTS + " measurements, got " + measurements.size());
    }
    double[] n = measurements.stream().mapToDouble(Measurement::concurrency).toArray();
    double[] x = measurements.stream().mapToDouble(Measurement::throughput).toArray();
    long levels = Arrays.stream(n).distinct().count();
    if (levels < 3) {
      throw new IllegalArgumentException(
          "fit needs measurements at 3 or more distinct concurrencies, got " + levels);
    }
    double[] p = refine(n, x, gunthersStart(n, x));
    return new Usl(p[0], p[1], p[2]);
  }

  /**
   * The expected throughput at concurrency {@code n}.
   *
   * @param n the concurrency {@code N}; finite and {@code > 0}
   * @return {@code X(N) = λN / (1 + σ(N−1) + κN(N−1))} (Gunther 2007, ch. 4; Schwartz 2015, eq.
   *     3)
   */
  public double throughputAtConcurrency(double n) {
    return lambda * speedupAt(n);
  }

  /**
   * The relative capacity: throughput at {@code n} relative to a single worker.
   *
   * @param n the concurrency {@code N}; finite and {@code > 0}
   * @return {@code C(N) = X(N)/X(1) = N / (1 + σ(N−1) + κN(N−1))} (Gunther 2007, ch. 4)
   */
  public double speedupAt(double n) {
    if (!(n > 0) || Double.isInfinite(n)) {
      throw new IllegalArgumentException("n must be finite and > 0, got " + n);
    }
    return n / (1 + sigma * (n - 1) + kappa * n * (n - 1));
  }

  /**
   * The fraction of linear scaling achieved at {@code n}: {@code 1} means every worker is as
   * productive as a lone one.
   *
   * @param n the concurrency {@code N}; finite and {@code > 0}
   * @return {@code E(N) = C(N)/N = 1 / (1 + σ(N−1) + κN(N−1))} (Gunther 2007, ch. 5)
   */
  public double efficiencyAt(double n) {
    return speedupAt(n) / n;
  }

  /**
   * The concurrency at which throughput peaks, rounded down to a whole worker as Gunther does, and
   * never below {@code 1}. {@link Double#POSITIVE_INFINITY} when {@code κ = 0}, since throughput
   * then rises forever (towards {@code λ/σ}).
   *
   * @return {@code N* = ⌊√((1 − σ)/κ)⌋} (Gunther 2007, ch. 4; Schwartz 2015, eq. 4), or {@code +∞}
   *     if {@code κ = 0}
   */
  public double maxConcurrency() {
    if (kappa == 0) {
      return Double.POSITIVE_INFINITY;
    }
    return Math.max(1, Math.floor(Math.sqrt((1 - sigma) / kappa)));
  }

  /**
   * The throughput at {@link #maxConcurrency()}. When {@code κ = 0} this is the Amdahl ceiling
   * approached as {@code N → ∞}: {@code λ/σ}, or {@code +∞} if {@code σ} is also zero.
   *
   * @return {@code X(N*)}; {@code λ/σ} if {@code κ = 0} (Gunther 2007, ch. 4)
   */
  public double maxThroughput() {
    if (kappa == 0) {
      return sigma == 0 ? Double.POSITIVE_INFINITY : lambda / sigma;
    }
    return throughputAtConcurrency(maxConcurrency());
  }

  // ---- fitting ------------------------------------------------------------------------------

  /** Gunther's transformed-data regression, clamped into the feasible region. */
  private static double[] gunthersStart(double[] n, double[] x) {
    double lambda0 = 0;
    for (int i = 0; i < n.length; i++) {
      lambda0 = Math.max(lambda0, x[i] / n[i]);
    }
    double suu = 0, suv = 0, svv = 0, suy = 0, svy = 0;
    for (int i = 0; i < n.length; i++) {
      double u = n[i] - 1;
      double v = n[i] * (n[i] - 1);
      double y = n[i] * lambda0 / x[i] - 1;
      suu += u * u;
      suv += u * v;
      svv += v * v;
      suy += u * y;
      svy += v * y;
    }
    double det = suu * svv - suv * suv;
    double sigma = (suy * svv - svy * suv) / det;
    double kappa = (svy * suu - suy * suv) / det;
    return project(new double[] {finiteOr(sigma, 0), finiteOr(kappa, 0), lambda0});
  }

  /** Bounded Levenberg–Marquardt on (σ, κ, λ) minimising the sum of squared residuals. */
  private static double[] refine(double[] n, double[] x, double[] start) {
    double[] p = start;
    double sse = sumOfSquares(n, x, p);
    double damping = 1e-3;
    for (int iteration = 0; iteration < MAX_ITERATIONS && sse > 0; iteration++) {
      double[][] jtj = new double[3][3];
      double[] jtr = new double[3];
      for (int i = 0; i < n.length; i++) {
        double d = 1 + p[0] * (n[i] - 1) + p[1] * n[i] * (n[i] - 1);
        double residual = x[i] - p[2] * n[i] / d;
        double[] g = {
          -p[2] * n[i] * (n[i] - 1) / (d * d), // ∂X/∂σ
          -p[2] * n[i] * n[i] * (n[i] - 1) / (d * d), // ∂X/∂κ
          n[i] / d // ∂X/∂λ
        };
        for (int a = 0; a < 3; a++) {
          jtr[a] += g[a] * residual;
          for (int b = 0; b < 3; b++) {
            jtj[a][b] += g[a] * g[b];
          }
        }
      }
      // jtr is the descent direction; hold a parameter on its bound if it points outward.
      boolean[] held = {
        (p[0] <= 0 && jtr[0] < 0) || (p[0] >= 1 && jtr[0] > 0), p[1] <= 0 && jtr[1] < 0, false
      };
      double[] next = null;
      double nextSse = sse;
      while (damping < 1e20) {
        double[] step = dampedStep(jtj, jtr, damping, held);
        double[] candidate = project(new double[] {p[0] + step[0], p[1] + step[1], p[2] + step[2]});
        double candidateSse = candidate[2] > 0 ? sumOfSquares(n, x, candidate) : Double.NaN;
        if (candidateSse < sse) {
          next = candidate;
          nextSse = candidateSse;
          damping = Math.max(damping / 10, 1e-15);
          break;
        }
        damping *= 10;
      }
      if (next == null) {
        break; // no downhill step left: converged
      }
      boolean settled = sse - nextSse <= 1e-15 * sse || relativeChange(p, next) <= 1e-14;
      p = next;
      sse = nextSse;
      if (settled) {
        break;
      }
    }
    return p;
  }

  /** Solves (JᵀJ + damping·diag(JᵀJ)) δ = Jᵀr, with held parameters fixed at δ = 0. */
  private static double[] dampedStep(double[][] jtj, double[] jtr, double damping, boolean[] held) {
    // Jacobi-scale so the 3×3 system is well conditioned whatever the parameters' magnitudes.
    double[] scale = new double[3];
    for (int j = 0; j < 3; j++) {
      scale[j] = jtj[j][j] > 0 ? Math.sqrt(jtj[j][j]) : 1;
    }
    double[][] a = new double[3][4];
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        a[i][j] = held[i] || held[j] ? (i == j ? 1 : 0) : jtj[i][j] / (scale[i] * scale[j]);
      }
      a[i][i] += held[i] ? 0 : damping;
      a[i][3] = held[i] ? 0 : jtr[i] / scale[i];
    }
    double[] y = solve3(a);
    return new double[] {y[0] / scale[0], y[1] / scale[1], y[2] / scale[2]};
  }

  /** Gaussian elimination with partial pivoting on an augmented 3×4 matrix. */
  private static double[] solve3(double[][] a) {
    for (int col = 0; col < 3; col++) {
      int pivot = col;
      for (int row = col + 1; row < 3; row++) {
        if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
          pivot = row;
        }
      }
      double[] swap = a[col];
      a[col] = a[pivot];
      a[pivot] = swap;
      for (int row = col + 1; row < 3; row++) {
        double factor = a[row][col] / a[col][col];
        for (int k = col; k < 4; k++) {
          a[row][k] -= factor * a[col][k];
        }
      }
    }
    double[] y = new double[3];
    for (int row = 2; row >= 0; row--) {
      double sum = a[row][3];
      for (int k = row + 1; k < 3; k++) {
        sum -= a[row][k] * y[k];
      }
      y[row] = sum / a[row][row];
    }
    return y;
  }

  private static double sumOfSquares(double[] n, double[] x, double[] p) {
    double sse = 0;
    for (int i = 0; i < n.length; i++) {
      double r = x[i] - p[2] * n[i] / (1 + p[0] * (n[i] - 1) + p[1] * n[i] * (n[i] - 1));
      sse += r * r;
    }
    return sse;
  }

  private static double relativeChange(double[] before, double[] after) {
    double change = 0;
    for (int j = 0; j < 3; j++) {
      double size = Math.max(Math.abs(after[j]), 1e-300);
      change = Math.max(change, Math.abs(after[j] - before[j]) / size);
    }
    return change;
  }

  private static double[] project(double[] p) {
    return new double[] {Math.min(Math.max(p[0], 0), 1), Math.max(p[1], 0), p[2]};
  }

  private static double finiteOr(double value, double fallback) {
    return Double.isFinite(value) ? value : fallback;
  }
}
