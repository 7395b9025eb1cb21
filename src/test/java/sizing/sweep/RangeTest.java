package sizing.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The range syntax FROM..TO:STEP, lists a,b,c, and the one-line errors for malformed ranges. */
class RangeTest {

  @Property(tries = 200)
  void aRangeStartsAtFromStepsByStepAndEndsAtOrBelowTo(
      @ForAll @IntRange(min = 0, max = 1000) int from, @ForAll @IntRange(min = 0, max = 1000) int span,
      @ForAll @IntRange(min = 1, max = 100) int step) {
    int to = from + span;
    var values = Range.numbers("--users", from + ".." + to + ":" + step);
    assertThat(values).hasSize(span / step + 1);
    assertThat(values.get(0)).isEqualTo((double) from);
    for (int i = 1; i < values.size(); i++) {
      assertThat(values.get(i) - values.get(i - 1)).isEqualTo((double) step);
    }
    assertThat(values.get(values.size() - 1)).isLessThanOrEqualTo(to).isGreaterThan(to - step);
  }

  @Property(tries = 100)
  void decimalStepsLandOnTheDecimalValuesNotOnAccumulatedRoundingError(
      @ForAll @IntRange(min = 1, max = 9) int tenths, @ForAll @IntRange(min = 1, max = 40) int count) {
    var step = new BigDecimal(tenths).movePointLeft(1);
    var to = step.multiply(BigDecimal.valueOf(count));
    var values = Range.numbers("--vary x", step.toPlainString() + ".." + to.toPlainString() + ":" + step.toPlainString());
    assertThat(values).hasSize(count);
    for (int i = 0; i < count; i++) {
      assertThat(values.get(i)).isEqualTo(step.multiply(BigDecimal.valueOf(i + 1)).doubleValue());
    }
  }

  @Test
  void withoutAStepARangeStepsByOne() {
    var values = Range.numbers("--users", "3..7");
    assertThat(values).containsExactlyElementsOf(Range.numbers("--users", "3..7:1"));
  }

  @Test
  void aListKeepsItsOrderAndASingleValueIsAListOfOne() {
    assertThat(Range.numbers("--users", "300, 10,50")).containsExactly(300.0, 10.0, 50.0);
    assertThat(Range.numbers("--users", "120")).containsExactly(120.0);
    assertThat(Range.names("--llm", "gpt-4,gpt-4o-mini")).containsExactly("gpt-4", "gpt-4o-mini");
  }

  @Test
  void aBackwardsRangeIsAOneLineErrorNamingTheArgument() {
    assertOneLineError(() -> Range.numbers("--users", "10..5"), "--users: ", "backwards");
  }

  @Test
  void aRangeOfWordsIsAOneLineErrorNamingTheArgument() {
    assertOneLineError(() -> Range.numbers("--users", "a..b"), "--users: ", "FROM..TO:STEP");
  }

  @Test
  void aZeroOrNegativeStepIsAOneLineErrorNamingTheArgument() {
    assertOneLineError(() -> Range.numbers("--users", "10..500:0"), "--users: ", "step");
    assertOneLineError(() -> Range.numbers("--users", "10..500:-10"), "--users: ", "step");
  }

  @Test
  void emptyItemsRepeatsAndMixedSyntaxAreErrors() {
    for (var bad : List.of("", "1,,2", "1,1", "1..5,7", "10..", "..10", "1..5:x")) {
      assertThatThrownBy(() -> Range.numbers("--users", bad)).as(bad)
          .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("--users: ");
    }
  }

  @Test
  void tooManyValuesIsAnErrorBeforeAnyIsMade() {
    assertOneLineError(() -> Range.numbers("--users", "1..1e9:1"), "--users: ", "at most");
  }

  @Test
  void namesCannotBeARange() {
    assertOneLineError(() -> Range.names("--llm", "gpt-4..gpt-4o"), "--llm: ", "list");
  }

  private static void assertOneLineError(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String prefix, String word) {
    assertThatThrownBy(call).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(prefix).hasMessageContaining(word)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }
}
