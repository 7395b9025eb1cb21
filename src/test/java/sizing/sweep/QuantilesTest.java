package sizing.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;

/** Hyndman and Fan's definition 7: the ends are the extremes, the median of an odd sample is its middle value. */
class QuantilesTest {

  @Property(tries = 200)
  void quantilesRunFromTheMinimumToTheMaximumWithoutFalling(
      @ForAll @Size(min = 1, max = 50) double[] xs, @ForAll @DoubleRange(min = 0, max = 1) double p,
      @ForAll @DoubleRange(min = 0, max = 1) double q) {
    var finite = Arrays.stream(xs).filter(Double::isFinite).map(x -> x % 1e6).toArray();
    if (finite.length == 0) {
      return;
    }
    var sorted = finite.clone();
    Arrays.sort(sorted);
    assertThat(Quantiles.of(finite, 0)).isEqualTo(sorted[0]);
    assertThat(Quantiles.of(finite, 1)).isEqualTo(sorted[sorted.length - 1]);
    double lo = Math.min(p, q);
    double hi = Math.max(p, q);
    assertThat(Quantiles.of(finite, hi)).isGreaterThanOrEqualTo(Quantiles.of(finite, lo) - 1e-9 * (1 + Math.abs(sorted[0])));
    if (sorted.length % 2 == 1) {
      assertThat(Quantiles.of(finite, 0.5)).isEqualTo(sorted[sorted.length / 2]);
    }
  }

  @Property(tries = 300)
  void wholeNumberQuantilesAreThoseOfTheSortedNumbers(
      @ForAll @Size(min = 1, max = 300) int[] xs, @ForAll @DoubleRange(min = 0, max = 1) double p,
      @ForAll boolean narrow) {
    // narrow: values in a small range (counting); else anywhere in int (a sorted copy)
    var values = narrow ? Arrays.stream(xs).map(x -> Math.floorMod(x, 50)).toArray() : xs;
    var doubles = Arrays.stream(values).asDoubleStream().toArray();
    assertThat(Quantiles.ofWhole(values, p)).isEqualTo(Quantiles.of(doubles, p));
    var sorted = values.clone();
    Arrays.sort(sorted);
    int k = Quantiles.lowRank(values.length, p);
    assertThat(Quantiles.orderStatistics(values, k, 0, values.length - 1))
        .containsExactly(sorted[k], sorted[0], sorted[values.length - 1]);
  }
}
