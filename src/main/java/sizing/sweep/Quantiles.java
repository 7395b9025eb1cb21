package sizing.sweep;

import java.util.Arrays;

/**
 * Sample quantiles by Hyndman and Fan's definition 7 (the default of R and of NumPy): for sorted
 * {@code x_1..x_n} and {@code h = (n - 1) p}, {@code Q(p) = x_⌊h⌋ + (h - ⌊h⌋)(x_⌊h⌋+1 - x_⌊h⌋)}
 * (0-based). Hyndman, R. J. and Fan, Y., "Sample quantiles in statistical packages", The American
 * Statistician 50(4), 1996, pp. 361-365.
 */
public final class Quantiles {
  private Quantiles() {}

  /** {@code Q(p)} of {@code sorted}, which must be in ascending order; NaN when empty. */
  public static double ofSorted(double[] sorted, double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("p must be in [0, 1], was " + p);
    }
    int n = sorted.length;
    if (n == 0) {
      return Double.NaN;
    }
    double h = (n - 1) * p;
    int lo = (int) Math.floor(h);
    if (lo >= n - 1) {
      return sorted[n - 1];
    }
    return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
  }

  /** {@code Q(p)} of {@code values} in any order (a sorted copy is taken). */
  public static double of(double[] values, double p) {
    var sorted = values.clone();
    Arrays.sort(sorted);
    return ofSorted(sorted, p);
  }
}
