package sizing.io;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Names from data made safe for spreadsheets (OWASP, "CSV Injection",
 * https://owasp.org/www-community/attacks/CSV_Injection), Markdown and HTML.
 */
class SafeTextTest {

  /** OWASP's list of characters a spreadsheet reads as the start of a formula. */
  @ParameterizedTest
  @ValueSource(strings = {"=cmd|' /C calc'!A0", "+1+cmd", "-2+3+cmd|' /C calc'!A0", "@SUM(1)", "\t=1", "\r=1", "=1"})
  void aCellThatBeginsAFormulaGetsAQuoteInFront(String cell) {
    assertThat(SafeText.neutraliseFormula(cell)).isEqualTo("'" + cell);
  }

  @ParameterizedTest
  @ValueSource(strings = {"-12.5", "+3", "-1e3", "small-managed", "a=b", "", "'quoted'"})
  void numbersAndOrdinaryTextAreLeftAlone(String cell) {
    assertThat(SafeText.neutraliseFormula(cell)).isEqualTo(cell);
  }

  @Property
  void whatIsNeutralisedIsRestoredExactly(@ForAll String value) {
    var cell = SafeText.neutraliseFormula(value);
    assertThat(SafeText.formulaLike(cell)).isFalse();
    assertThat(SafeText.restoreFormula(cell)).isEqualTo(value);
  }

  @Property
  void quotesAndFormulaStartsSurviveTheRoundTrip(@ForAll("risky") String value) {
    assertThat(SafeText.restoreFormula(SafeText.neutraliseFormula(value))).isEqualTo(value);
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> risky() {
    return net.jqwik.api.Arbitraries.strings().withChars("'=+-@\t\r1a.e ").ofMaxLength(6);
  }

  @Test
  void markdownShowsANameAsTypedNotAsMarkup() {
    assertThat(SafeText.markdown("<script>alert(1)</script> **x** [a](b) | `c` _d_ ~e~ #f &g"))
        .isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt; \\*\\*x\\*\\* \\[a\\](b) \\| \\`c\\` \\_d\\_ \\~e\\~ \\#f &amp;g");
    assertThat(SafeText.markdown("two\nlines")).isEqualTo("two lines");
  }

  @Test
  void htmlEscapesTheFiveSpecialCharacters() {
    assertThat(SafeText.html("<a href=\"x\" title='y'>&</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  }
}
