package sizing.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UserRangeTest {
  @Test
  void parsesFromToStepAndListsEveryValueIncludingTheEnd() {
    var r = UserRange.parse("5..20:5");
    assertThat(r.values()).containsExactly(5, 10, 15, 20);
    assertThat(r).hasToString("5..20:5");
  }

  @Test
  void stepDefaultsToOne() {
    assertThat(UserRange.parse("1..3").values()).containsExactly(1, 2, 3);
  }

  @Test
  void aStepThatOvershootsStopsBeforeTheEnd() {
    assertThat(UserRange.parse("10..25:10").values()).containsExactly(10, 20);
  }

  @Test
  void malformedOrBackwardRangesAreRejectedWithTheForm() {
    assertThatThrownBy(() -> UserRange.parse("ten..20")).hasMessageContaining("FROM..TO:STEP");
    assertThatThrownBy(() -> UserRange.parse("20..10")).hasMessageContaining("20..10");
    assertThatThrownBy(() -> UserRange.parse("0..10")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> UserRange.parse("1..10:0")).hasMessageContaining("step");
    assertThatThrownBy(() -> UserRange.parse("1..1000000:1")).hasMessageContaining("larger step");
  }
}
