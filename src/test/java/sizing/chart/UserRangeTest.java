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

  @Test
  void readsTheSweepsGrammarAndItsErrors() {
    assertThat(UserRange.parse(" 0.5..2:0.5 ").values()).containsExactly(0.5, 1, 1.5, 2);
    assertThatThrownBy(() -> UserRange.parse("10,20,30")).hasMessage("users: '10,20,30' is not a range; use FROM..TO:STEP (e.g. 10..500:10)");
    assertThatThrownBy(() -> UserRange.parse("20..10")).hasMessage("users: '20..10' runs backwards; FROM must not be above TO");
  }

  @Test
  void usersAreCappedWhereTheModelCapsThem() {
    assertThatThrownBy(() -> UserRange.parse("999000..1001000:100")).hasMessageContaining("at most 1000000");
  }

  @Test
  void evenlySpacedUsersMakeARangeAndNothingElseDoes() {
    assertThat(UserRange.of(java.util.List.of(10.0, 40.0, 70.0, 100.0))).contains(new UserRange(10, 100, 30));
    assertThat(UserRange.of(java.util.List.of(10.0, 20.0, 40.0))).isEmpty();
    assertThat(UserRange.of(java.util.List.of(50.0))).isEmpty();
  }
}
