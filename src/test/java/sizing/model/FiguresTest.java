package sizing.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each kind of figure is written one way: the examples are the forms the guide and the outputs use. */
class FiguresTest {

  @Test
  void plainWritesANumberAsTyped() {
    assertThat(Figures.plain(50)).isEqualTo("50");
    assertThat(Figures.plain(2.5)).isEqualTo("2.5");
  }

  @Test
  void dollarsAreGroupedToTheCent() {
    assertThat(Figures.usd(1234.5)).isEqualTo("$1,234.50");
    assertThat(Figures.usd(0.1, 4)).isEqualTo("$0.1000");
  }

  @Test
  void wholeDollarsRoundHalfUp() {
    assertThat(Figures.usdWhole(73_648.5)).isEqualTo("$73,649");
  }

  @Test
  void briefDollarsDropCentsOnlyWhenThereAreNone() {
    assertThat(Figures.usdBrief(84)).isEqualTo("$84");
    assertThat(Figures.usdBrief(84.001)).isEqualTo("$84");
    assertThat(Figures.usdBrief(75.6)).isEqualTo("$75.60");
  }

  @Test
  void availabilityIsAPercentageToAtMostThreeDecimals() {
    assertThat(Figures.availability(0.9969011)).isEqualTo("99.69%");
    assertThat(Figures.availability(0.99995)).isEqualTo("99.995%");
    assertThat(Figures.availability(0.995)).isEqualTo("99.5%");
    assertThat(Figures.availability(1)).isEqualTo("100%");
  }

  @Test
  void percentagesCarryTheirSign() {
    assertThat(Figures.percent(99.894, 2)).isEqualTo("99.89%");
    assertThat(Figures.percent(12.5, 0)).isEqualTo("13%");
  }

  @Test
  void secondsAreToATenthOrUnbounded() {
    assertThat(Figures.seconds(14.46)).isEqualTo("14.5 s");
    assertThat(Figures.seconds(Double.POSITIVE_INFINITY)).isEqualTo("unbounded");
  }

  @Test
  void countsAreRoundedAndGrouped() {
    assertThat(Figures.count(1234.4)).isEqualTo("1,234");
  }

  @Test
  void ratiosAreToATenth() {
    assertThat(Figures.times(3.25)).isEqualTo("3.3x");
  }
}
