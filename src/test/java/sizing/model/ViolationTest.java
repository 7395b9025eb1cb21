package sizing.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * A violation's sentence shows the value and the goal with the digits that tell them apart, and its
 * shortfall is relative to what the goal allows. The reference cases are the outputs the workbook
 * used to print: "availability 99.9% below the goal of 99.9% by 0.00999 points", and a goal of
 * 99.95% printed as "100%".
 */
class ViolationTest {

  @Test
  void availabilityJustBelowTheGoalShowsTheDigitsThatDiffer() {
    var v = new Violation(Target.AVAILABILITY, 99.89001, 99.9);
    assertThat(v.sentence()).isEqualTo("availability 99.89% below the goal of 99.9% by 0.00999 points");
  }

  @Test
  void aGoalOfNinetyNinePointNineFiveIsNotPrintedAsAHundred() {
    var v = new Violation(Target.AVAILABILITY, 99.89, 99.95);
    assertThat(v.sentence()).isEqualTo("availability 99.89% below the goal of 99.95% by 0.06 points");
  }

  @Test
  void aLimitWithFloatNoiseReadsAsSet() {
    // 100 x 0.85 is 85.00000000000001 in binary floating point
    assertThat(new Violation(Resource.BACKEND_MEMORY, 144.4, 100 * 0.85).sentence())
        .isEqualTo("backend_memory 144% above the limit of 85% by 59.4 points");
  }

  @Test
  void figuresThatDifferInTheThirdDigitKeepThreeDigits() {
    assertThat(new Violation(Resource.BACKEND_CPU, 92.5, 80).sentence())
        .isEqualTo("backend_cpu 92.5% above the limit of 80% by 12.5 points");
    assertThat(new Violation(Target.P95, 20.5, 20).sentence()).isEqualTo("p95 20.5 s above the limit of 20 s by 0.5 s");
    assertThat(new Violation(Target.BUDGET, 360, 350).sentence())
        .isEqualTo("budget $360.00 above the limit of $350.00 by $10.00");
  }

  @Test
  void aP95JustPastItsGoalShowsTheDifference() {
    assertThat(new Violation(Target.P95, 20.001, 20).sentence()).isEqualTo("p95 20.001 s above the limit of 20 s by 0.001 s");
  }

  @Test
  void shortfallIsRelativeToTheGoalAndForAvailabilityToTheDowntimeItAllows() {
    // (92.5 - 80) / 80; (360 - 350) / 350
    assertThat(new Violation(Resource.BACKEND_CPU, 92.5, 80).shortfall()).isCloseTo(0.15625, within(1e-12));
    assertThat(new Violation(Target.BUDGET, 360, 350).shortfall()).isCloseTo(10.0 / 350, within(1e-12));
    // 99.78% against 99.9%: 0.22% of downtime against the 0.1% allowed, 1.2 past it
    assertThat(new Violation(Target.AVAILABILITY, 99.78, 99.9).shortfall()).isCloseTo(1.2, within(1e-9));
    assertThat(new Violation(Target.P95, Double.POSITIVE_INFINITY, 20).shortfall()).isInfinite();
  }
}
