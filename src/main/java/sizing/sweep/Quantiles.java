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
    int n = sorted.length;
    int lo = lowRank(n, p);
    if (n == 0) {
      return Double.NaN;
    }
    if (lo >= n - 1) {
      return sorted[n - 1];
    }
    return between(sorted[lo], sorted[lo + 1], n, p);
  }

  /** {@code Q(p)} of {@code values} in any order (a sorted copy is taken). */
  public static double of(double[] values, double p) {
    var sorted = values.clone();
    Arrays.sort(sorted);
    return ofSorted(sorted, p);
  }

  /**
   * {@code Q(p)} of whole numbers in any order, from the two order statistics it needs ({@link
   * #orderStatistics}) instead of a sort; the same figure as {@link #of} on the same numbers.
   */
  public static double ofWhole(int[] values, double p) {
    int n = values.length;
    int lo = lowRank(n, p);
    if (n == 0) {
      return Double.NaN;
    }
    int hi = Math.min(n - 1, lo + 1);
    var x = orderStatistics(values, lo, hi);
    return lo >= n - 1 ? x[0] : between(x[0], x[1], n, p);
  }

  /** {@code ⌊h⌋}, {@code h = (n − 1) p}: the rank (0-based) of the lower order statistic {@code Q(p)} takes. */
  public static int lowRank(int n, double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("p must be in [0, 1], was " + p);
    }
    return (int) Math.floor((n - 1) * p);
  }

  private static double between(double below, double above, int n, double p) {
    double h = (n - 1) * p;
    return below + (h - Math.floor(h)) * (above - below);
  }

  /**
   * The {@code k}-th smallest of {@code values} (0-based) for each {@code k} of {@code ranks}: by
   * counting sort (Cormen et al., <i>Introduction to Algorithms</i>, 3rd ed., §8.2) when the
   * values span at most a few times as many integers as there are values, a linear pass and a
   * table; else from a sorted copy. {@code values} is left as it was.
   */
  public static int[] orderStatistics(int[] values, int... ranks) {
    int n = values.length;
    for (int k : ranks) {
      if (k < 0 || k >= n) {
        throw new IllegalArgumentException("rank " + k + " is outside 0.." + (n - 1));
      }
    }
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (int v : values) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    var out = new int[ranks.length];
    long span = (long) max - min + 1;
    if (span > 4L * n + 1024) {
      var sorted = values.clone();
      Arrays.sort(sorted);
      for (int i = 0; i < ranks.length; i++) {
        out[i] = sorted[ranks[i]];
      }
      return out;
    }
    var count = new int[(int) span];
    for (int v : values) {
      count[v - min]++;
    }
    for (int i = 0; i < ranks.length; i++) {
      int below = 0;
      int v = 0;
      while (below + count[v] <= ranks[i]) {
        below += count[v++];
      }
      out[i] = v + min;
    }
    return out;
  }
}
