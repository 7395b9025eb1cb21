package sizing.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

class AvailabilityTest {

  // Published reference: donnemartin/system-design-primer, README, "Availability in numbers":
  // 99.9% allows 43m 49.7s of downtime a month and 99.99% allows 4m 23s; two 99.9% components in
  // parallel give 99.9999%.

  @Test
  void averageMonthIs43830Minutes() {
    assertThat(Availability.MINUTES_PER_MONTH).isEqualTo(43_830);
  }

  @Test
  void threeNinesIs43Point83MinutesOfDowntimePerMonth() {
    // 0.001 × 43,830 = 43.83 minutes.
    assertThat(Availability.ofPercent(99.9).downtimeMinutesPerMonth())
        .isCloseTo(43.83, within(1e-9));
  }

  @Test
  void threeNinesDowntimeMatchesTheSystemDesignPrimer() {
    // Primer: 43m 49.7s. It rounds to 0.1 s and its month differs from 30.4375 days by ~0.1 s at
    // this availability; tolerance 0.005 min (0.3 s).
    assertThat(Availability.ofPercent(99.9).downtimeMinutesPerMonth())
        .isCloseTo(43 + 49.7 / 60, within(0.005));
  }

  @Test
  void fourNinesDowntimeMatchesTheSystemDesignPrimer() {
    // Primer: 4m 23s, rounded to the second; tolerance 0.5 s.
    assertThat(Availability.ofPercent(99.99).downtimeMinutesPerMonth())
        .isCloseTo(4 + 23.0 / 60, within(0.5 / 60));
  }

  @Test
  void twoThreeNinesInParallelMatchTheSystemDesignPrimer() {
    var threeNines = Availability.ofPercent(99.9);
    assertThat(Availability.parallel(threeNines, 2).percent()).isCloseTo(99.9999, within(1e-9));
  }

  @Test
  void twoNinetyNinesInParallelAreFourNines() {
    // 1 − (1 − 0.99)² = 0.9999.
    var ninetyNine = Availability.ofPercent(99);
    assertThat(Availability.parallel(ninetyNine, 2).percent()).isCloseTo(99.99, within(1e-9));
  }

  @Test
  void seriesMultipliesAvailabilities() {
    // 0.999 × 0.9995 = 0.9985005.
    var chain = Availability.ofPercent(99.9).inSeriesWith(Availability.ofPercent(99.95));
    assertThat(chain.percent()).isCloseTo(99.85005, within(1e-9));
  }

  @Test
  void seriesWithNothingElseIsItself() {
    var a = Availability.ofPercent(99.5);
    assertThat(a.inSeriesWith()).isEqualTo(a);
  }

  @Property
  void oneOfNIsParallel(
      @ForAll @DoubleRange(min = 0.01, max = 1) @Scale(6) double a,
      @ForAll @IntRange(min = 1, max = 50) int n) {
    var one = new Availability(a);
    assertThat(Availability.kOfN(one, 1, n).probability())
        .isCloseTo(Availability.parallel(one, n).probability(), within(1e-12));
  }

  @Property
  void nOfNIsTheNthPower(
      @ForAll @DoubleRange(min = 0.01, max = 1) @Scale(6) double a,
      @ForAll @IntRange(min = 1, max = 50) int n) {
    var one = new Availability(a);
    assertThat(Availability.kOfN(one, n, n).probability()).isCloseTo(Math.pow(a, n), within(1e-12));
  }

  @Property
  void twoOfThreeIsTripleModularRedundancy(
      @ForAll @DoubleRange(min = 0.01, max = 1) @Scale(6) double a) {
    // TMR: R = 3A² − 2A³ (Trivedi 2002, §1.12).
    assertThat(Availability.kOfN(new Availability(a), 2, 3).probability())
        .isCloseTo(3 * a * a - 2 * a * a * a, within(1e-12));
  }

  @Property
  void kOfNAgreesWithEnumeratingEveryUpDownState(
      @ForAll @DoubleRange(min = 0.01, max = 1) @Scale(6) double a,
      @ForAll @IntRange(min = 1, max = 12) int n,
      @ForAll @IntRange(min = 1, max = 12) int kSeed) {
    int k = 1 + (kSeed - 1) % n;
    double brute = 0;
    for (int state = 0; state < (1 << n); state++) {
      int up = Integer.bitCount(state);
      if (up >= k) {
        brute += Math.pow(a, up) * Math.pow(1 - a, n - up);
      }
    }
    assertThat(Availability.kOfN(new Availability(a), k, n).probability())
        .isCloseTo(brute, within(1e-12));
  }

  @Test
  void threeNinesIsThreeNines() {
    assertThat(Availability.ofPercent(99.9).nines()).isCloseTo(3, within(1e-9));
  }

  @Property
  void ninesCountsTheNines(@ForAll @IntRange(min = 1, max = 9) int k) {
    assertThat(new Availability(1 - Math.pow(10, -k)).nines()).isCloseTo(k, within(1e-6));
  }

  @Property
  void percentRoundTrips(
      @ForAll @DoubleRange(min = 0.001, max = 100) @Scale(6) double percent) {
    assertThat(Availability.ofPercent(percent).percent()).isCloseTo(percent, within(1e-12));
  }

  @Test
  void rejectsZeroProbability() {
    assertThatThrownBy(() -> new Availability(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("probability");
  }

  @Test
  void rejectsProbabilityAboveOne() {
    assertThatThrownBy(() -> new Availability(1.01))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("probability");
  }

  @Test
  void rejectsPercentAboveOneHundred() {
    assertThatThrownBy(() -> Availability.ofPercent(100.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("percent");
  }

  @Test
  void rejectsParallelOfNoReplicas() {
    assertThatThrownBy(() -> Availability.parallel(Availability.ofPercent(99), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("n must be >= 1");
  }

  @Test
  void rejectsKGreaterThanN() {
    assertThatThrownBy(() -> Availability.kOfN(Availability.ofPercent(99), 4, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("k must be in [1, n]");
  }
}
