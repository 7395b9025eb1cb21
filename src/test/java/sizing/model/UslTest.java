package sizing.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.data.Percentage.withPercentage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

class UslTest {

  // Cisco benchmark (concurrency, queries per second) from Baron Schwartz, "Practical Scalability
  // Analysis with the Universal Scalability Law" (VividCortex, 2015), with the coefficients fitted
  // there by nonlinear least squares: λ = 995.6486, σ = 0.02671591, κ = 7.690945e-4, peak at
  // N = 35 with X ≈ 12,341. The same data and values are the reference in usl4j's ModelTest.
  private static final double[][] CISCO = {
    {1, 955.16}, {2, 1878.91}, {3, 2688.01}, {4, 3548.68}, {5, 4315.54}, {6, 5130.43},
    {7, 5931.37}, {8, 6531.08}, {9, 7219.8}, {10, 7867.61}, {11, 8278.71}, {12, 8646.7},
    {13, 9047.84}, {14, 9426.55}, {15, 9645.37}, {16, 9897.24}, {17, 10097.6}, {18, 10240.5},
    {19, 10532.39}, {20, 10798.52}, {21, 11151.43}, {22, 11518.63}, {23, 11806}, {24, 12089.37},
    {25, 12075.41}, {26, 12177.29}, {27, 12211.41}, {28, 12158.93}, {29, 12155.27},
    {30, 12118.04}, {31, 12140.4}, {32, 12074.39}
  };

  private static final Usl CISCO_FIT = Usl.fit(measurements(CISCO));

  @Test
  void fitMatchesSchwartzsPublishedCoefficientsForTheCiscoBenchmark() {
    // The book prints 7 significant figures; tolerance 0.001% relative.
    assertThat(CISCO_FIT.sigma()).isCloseTo(0.02671591, withPercentage(0.001));
    assertThat(CISCO_FIT.kappa()).isCloseTo(7.690945e-4, withPercentage(0.001));
    assertThat(CISCO_FIT.lambda()).isCloseTo(995.6486, withPercentage(0.001));
  }

  @Test
  void fittedCiscoModelPeaksAtSchwartzsPublishedConcurrency() {
    assertThat(CISCO_FIT.maxConcurrency()).isEqualTo(35);
  }

  @Test
  void fittedCiscoModelPeakThroughputMatchesSchwartzsPublishedValue() {
    // Published rounded to a whole query per second; tolerance 1 QPS.
    assertThat(CISCO_FIT.maxThroughput()).isCloseTo(12341, within(1.0));
  }

  @Property
  void fitRecoversTheCoefficientsOfExactData(
      @ForAll @DoubleRange(min = 0, max = 0.3) @Scale(6) double sigma,
      @ForAll @DoubleRange(min = 0, max = 0.003) @Scale(8) double kappa,
      @ForAll @DoubleRange(min = 1, max = 10_000) double lambda,
      @ForAll @IntRange(min = 1, max = 8) int firstConcurrency) {
    // No noise, and usually no N = 1 point, so λ is not simply read off the data.
    var truth = new Usl(sigma, kappa, lambda);
    var fitted = Usl.fit(sample(truth, firstConcurrency, 12, 0, null));
    assertThat(fitted.sigma()).isCloseTo(sigma, within(1e-9));
    assertThat(fitted.kappa()).isCloseTo(kappa, within(1e-11));
    assertThat(fitted.lambda()).isCloseTo(lambda, withPercentage(1e-7));
  }

  @Property
  void fitIsNoWorseThanTheCoefficientsThatGeneratedNoisyData(
      @ForAll @DoubleRange(min = 0, max = 0.3) @Scale(6) double sigma,
      @ForAll @DoubleRange(min = 0, max = 0.003) @Scale(8) double kappa,
      @ForAll @DoubleRange(min = 1, max = 10_000) double lambda,
      @ForAll long seed) {
    // Least squares: the fit's residual sum of squares can't exceed any feasible point's,
    // in particular the true coefficients' (±5% multiplicative noise, seeded).
    var truth = new Usl(sigma, kappa, lambda);
    var data = sample(truth, 1, 16, 0.05, new Random(seed));
    var fitted = Usl.fit(data);
    assertThat(sumOfSquares(fitted, data))
        .isLessThanOrEqualTo(sumOfSquares(truth, data) * (1 + 1e-9));
  }

  @Property
  void throughputAtOneIsLambda(
      @ForAll @DoubleRange(min = 0, max = 1) double sigma,
      @ForAll @DoubleRange(min = 0, max = 1) double kappa,
      @ForAll @DoubleRange(min = 0.01, max = 1e6) double lambda) {
    assertThat(new Usl(sigma, kappa, lambda).throughputAtConcurrency(1)).isEqualTo(lambda);
  }

  @Property
  void noContentionOrCoherencyScalesLinearly(
      @ForAll @DoubleRange(min = 0.01, max = 1e6) double lambda,
      @ForAll @DoubleRange(min = 1, max = 1e4) double n) {
    var linear = new Usl(0, 0, lambda);
    assertThat(linear.throughputAtConcurrency(n)).isCloseTo(lambda * n, withPercentage(1e-12));
  }

  @Property
  void speedupIsThroughputRelativeToOneWorker(
      @ForAll @DoubleRange(min = 0, max = 1) double sigma,
      @ForAll @DoubleRange(min = 0, max = 0.1) @Scale(4) double kappa,
      @ForAll @DoubleRange(min = 1, max = 1000) double n) {
    var usl = new Usl(sigma, kappa, 123.4);
    assertThat(usl.speedupAt(n))
        .isCloseTo(
            usl.throughputAtConcurrency(n) / usl.throughputAtConcurrency(1),
            withPercentage(1e-12));
  }

  @Property
  void efficiencyIsSpeedupPerWorker(
      @ForAll @DoubleRange(min = 0, max = 1) double sigma,
      @ForAll @DoubleRange(min = 0, max = 0.1) @Scale(4) double kappa,
      @ForAll @DoubleRange(min = 1, max = 1000) double n) {
    var usl = new Usl(sigma, kappa, 123.4);
    assertThat(usl.efficiencyAt(n)).isCloseTo(usl.speedupAt(n) / n, withPercentage(1e-12));
  }

  @Property
  void maxConcurrencyIsWhereWholeWorkerThroughputPeaks(
      @ForAll @DoubleRange(min = 0, max = 0.5) @Scale(4) double sigma,
      @ForAll @DoubleRange(min = 1e-5, max = 0.1) @Scale(7) double kappa) {
    // Brute force over whole workers: the best N is ⌊√((1−σ)/κ)⌋ or the next one up.
    var usl = new Usl(sigma, kappa, 1);
    int best = 1;
    for (int n = 2; n <= 3 * usl.maxConcurrency() + 3; n++) {
      if (usl.throughputAtConcurrency(n) > usl.throughputAtConcurrency(best)) {
        best = n;
      }
    }
    assertThat((double) best).isIn(usl.maxConcurrency(), usl.maxConcurrency() + 1);
  }

  @Test
  void noCoherencyMeansNoThroughputPeak() {
    assertThat(new Usl(0.05, 0, 100).maxConcurrency()).isEqualTo(Double.POSITIVE_INFINITY);
  }

  @Test
  void noCoherencyMaxThroughputIsTheAmdahlCeiling() {
    // κ = 0 is Amdahl's law: X(N) → λ/σ as N → ∞ (Gunther 2007, ch. 4).
    assertThat(new Usl(0.05, 0, 100).maxThroughput()).isCloseTo(2000, within(1e-9));
  }

  @Test
  void fitRejectsFewerThanFourMeasurements() {
    var three = measurements(Arrays.copyOf(CISCO, 3));
    assertThatThrownBy(() -> Usl.fit(three))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fit needs at least 4 measurements, got 3");
  }

  @Test
  void fitRejectsFewerThanThreeDistinctConcurrencies() {
    var twoLevels =
        measurements(new double[][] {{1, 10}, {1, 11}, {1, 9}, {2, 19}, {2, 20}, {2, 18}});
    assertThatThrownBy(() -> Usl.fit(twoLevels))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3 or more distinct concurrencies");
  }

  @Test
  void rejectsNegativeSigma() {
    assertThatThrownBy(() -> new Usl(-0.1, 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sigma");
  }

  @Test
  void rejectsNegativeKappa() {
    assertThatThrownBy(() -> new Usl(0, -1e-3, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kappa");
  }

  @Test
  void rejectsNonPositiveLambda() {
    assertThatThrownBy(() -> new Usl(0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lambda");
  }

  @Test
  void rejectsNonPositiveConcurrency() {
    assertThatThrownBy(() -> new Usl.Measurement(0, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("concurrency");
  }

  @Test
  void rejectsNonPositiveThroughput() {
    assertThatThrownBy(() -> new Usl.Measurement(1, -5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("throughput");
  }

  private static List<Usl.Measurement> measurements(double[][] rows) {
    return Arrays.stream(rows).map(r -> new Usl.Measurement(r[0], r[1])).toList();
  }

  /** {@code count} points at N = first, first + 2, ...; multiplicative noise of ± {@code noise}. */
  private static List<Usl.Measurement> sample(
      Usl truth, int first, int count, double noise, Random random) {
    var data = new ArrayList<Usl.Measurement>();
    for (int i = 0; i < count; i++) {
      double n = first + 2.0 * i;
      double jitter = noise == 0 ? 1 : 1 + noise * (2 * random.nextDouble() - 1);
      data.add(new Usl.Measurement(n, truth.throughputAtConcurrency(n) * jitter));
    }
    return data;
  }

  private static double sumOfSquares(Usl model, List<Usl.Measurement> data) {
    double sse = 0;
    for (var m : data) {
      double r = m.throughput() - model.throughputAtConcurrency(m.concurrency());
      sse += r * r;
    }
    return sse;
  }
}
