package sizing.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.data.Percentage.withPercentage;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

class StandardNormalTest {

  // Abramowitz & Stegun, Handbook of Mathematical Functions (1964), Table 26.1 gives Φ(x) and
  // Table 26.2 the upper tail Q(x); the values below carry their printed digits.

  @Test
  void cdfMatchesAbramowitzAndStegunTable261() {
    assertThat(StandardNormal.cdf(1.0)).isCloseTo(0.8413447460685429, within(1e-15));
    assertThat(StandardNormal.cdf(2.0)).isCloseTo(0.9772498680518208, within(1e-15));
    assertThat(StandardNormal.cdf(0)).isEqualTo(0.5);
  }

  @Test
  void upperTailKeepsItsRelativeAccuracyFarOut() {
    // Table 26.2: Q(5) = 2.866515719e-7, Q(10) = 7.619853024e-24
    assertThat(StandardNormal.upperTail(5)).isCloseTo(2.866515719e-7, withPercentage(1e-7));
    assertThat(StandardNormal.upperTail(10)).isCloseTo(7.619853024e-24, withPercentage(1e-6));
  }

  @Test
  void quantileOfNinetyFivePercentIsTheTabulatedZ() {
    // Table 26.5: the 0.05 upper point is 1.644853627
    assertThat(StandardNormal.quantile(0.95)).isCloseTo(1.644853627, within(5e-10));
    assertThat(StandardNormal.Z95).isCloseTo(1.644853627, within(5e-10));
  }

  @Property
  void quantileInvertsTheDistributionFunction(@ForAll @DoubleRange(min = 1e-12, max = 0.999999) @Scale(14) double p) {
    assertThat(StandardNormal.cdf(StandardNormal.quantile(p))).isCloseTo(p, withPercentage(1e-8));
  }

  @Property
  void densityIsTheSlopeOfTheDistributionFunction(@ForAll @DoubleRange(min = -6, max = 6) double z) {
    double h = 1e-5;
    double slope = (StandardNormal.cdf(z + h) - StandardNormal.cdf(z - h)) / (2 * h);
    assertThat(StandardNormal.density(z)).isCloseTo(slope, within(1e-9));
  }

  @Test
  void quantileRejectsProbabilitiesOutsideTheOpenUnitInterval() {
    assertThatThrownBy(() -> StandardNormal.quantile(1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StandardNormal.quantile(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
