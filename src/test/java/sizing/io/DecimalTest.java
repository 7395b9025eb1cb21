package sizing.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one number grammar: what a person writes as a number, and nothing Java alone would also take. */
class DecimalTest {

  @ParameterizedTest
  @CsvSource({"12, 12", "-0.5, -0.5", "+3, 3", "1e3, 1000", "2.5E-2, 0.025", ".5, 0.5", "7., 7", " 42 , 42"})
  void readsPlainDecimals(String text, double expected) {
    assertThat(Decimal.parse(text)).isEqualTo(expected);
  }

  /** Each of these Double.parseDouble reads as a number (84d as 84, 0x1p3 as 8, 1e400 as Infinity); here each is an error. */
  @ParameterizedTest
  @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "84d", "1f", "2D", "0x1p3", "0x10", "1_000", "1,5", "", " ", "1e", "e3",
      "--1", "1e400", "1e99999", "١٢"})
  void refusesWhatIsNotAPlainFiniteDecimal(String text) {
    assertThatThrownBy(() -> Decimal.parse(text)).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.5", "1e2", "3.0", "NaN", "84L", "0x10", "99999999999999999999"})
  void aWholeNumberHasNoPointNoExponentAndFitsALong(String text) {
    assertThatThrownBy(() -> Decimal.whole(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @CsvSource({"7, 7", "-3, -3", "+12, 12", "1000000, 1000000"})
  void readsWholeNumbers(String text, long expected) {
    assertThat(Decimal.whole(text)).isEqualTo(expected);
  }
}
