package sizing.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.data.Percentage.withPercentage;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class LognormalTest {

  @Property
  void medianAndP95AreTheOnesItWasBuiltFrom(
      @ForAll @DoubleRange(min = 0.01, max = 100) double median, @ForAll @DoubleRange(min = 1.01, max = 10) double spread) {
    var l = Lognormal.ofMedianAndP95(median, median * spread);
    assertThat(l.quantile(0.5)).isCloseTo(median, withPercentage(1e-12));
    assertThat(l.quantile(0.95)).isCloseTo(median * spread, withPercentage(1e-9));
    assertThat(l.upperTail(median * spread)).isCloseTo(0.05, within(1e-12));
  }

  @Test
  void meanIsMedianTimesExpOfHalfSigmaSquared() {
    // Johnson, Kotz & Balakrishnan (1994), eq. 14.8a: E[L] = e^{μ + σ²/2}; σ = 1, m = 1 gives √e.
    assertThat(new Lognormal(1, 1).mean()).isCloseTo(Math.sqrt(Math.E), within(1e-15));
  }

  @Test
  void pointMassHasNoSpread() {
    var fixed = Lognormal.ofMedianAndP95(12, 12);
    assertThat(fixed.isPointMass()).isTrue();
    assertThat(fixed.quantile(0.99)).isEqualTo(12);
    assertThat(fixed.upperTail(11.999)).isEqualTo(1);
    assertThat(fixed.upperTail(12)).isEqualTo(0);
    assertThat(fixed.sumOf(2)).isEqualTo(new Lognormal(24, 0));
  }

  @Property
  void sumOfOneCopyIsItself(@ForAll @DoubleRange(min = 0.1, max = 20) double median, @ForAll @DoubleRange(min = 0, max = 1.5) double sigma) {
    var l = new Lognormal(median, sigma);
    assertThat(l.sumOf(1)).isEqualTo(l);
  }

  @Property
  void fentonWilkinsonKeepsTheMeanAndVarianceOfTheSum(
      @ForAll @DoubleRange(min = 0.1, max = 20) double median, @ForAll @DoubleRange(min = 0.05, max = 1.5) double sigma,
      @ForAll @IntRange(min = 2, max = 6) int k) {
    var one = new Lognormal(median, sigma);
    var sum = one.sumOf(k);
    double var1 = Math.expm1(sigma * sigma) * one.mean() * one.mean();
    double varSum = Math.expm1(sum.sigma() * sum.sigma()) * sum.mean() * sum.mean();
    assertThat(sum.mean()).isCloseTo(k * one.mean(), withPercentage(1e-10));
    assertThat(varSum).isCloseTo(k * var1, withPercentage(1e-8));
  }

  @Test
  void fentonWilkinsonP95OfTwoCallsIsWithinOnePercentOfSampledSums() {
    // Two gpt-4o-mini calls (data/llm/latency.csv: median 3.02 s, p95 5.05 s), a million sampled sums.
    var one = Lognormal.ofMedianAndP95(3.02, 5.05);
    var random = new SplittableRandom(12);
    var sums = new double[1_000_000];
    for (int i = 0; i < sums.length; i++) {
      sums[i] = one.quantile(random.nextDouble(1e-12, 1)) + one.quantile(random.nextDouble(1e-12, 1));
    }
    assertThat(one.sumOf(2).quantile(0.95)).isCloseTo(MmcSimulator.quantile(sums, 0.95), withPercentage(1));
  }

  @Test
  void rejectsAP95BelowTheMedian() {
    assertThatThrownBy(() -> Lognormal.ofMedianAndP95(12, 9))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not below the median");
  }

  @Test
  void rejectsANegativeSigma() {
    assertThatThrownBy(() -> new Lognormal(1, -0.1)).isInstanceOf(IllegalArgumentException.class);
  }
}
