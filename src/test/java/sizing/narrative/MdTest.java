package sizing.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Generated Markdown as HTML: money never reaches a TeX typesetter, code spans are code. */
class MdTest {

  @Test
  void everyDollarSignIsAnEntitySoNoTypesetterReadsPricesAsMaths() {
    var html = Md.html("The frontier has steps from " + Md.usd(84) + "/month to " + Md.usd(2352) + "/month; Domain ~$12/year ($1/month).");
    assertThat(html).doesNotContain("$").contains("&#36;84.00/month to &#36;2,352.00/month", "~&#36;12/year (&#36;1/month)");
  }

  @Test
  void codeSpansBoldAndBulletsBecomeHtmlWithNoMarkdownLeft() {
    var html = Md.html("For " + Md.bold("120 users") + " calling " + Md.code("gpt-4") + ":\n\n" + Md.bullets(java.util.List.of("one", "two")));
    assertThat(html).contains("<strong>120 users</strong>", "<code>gpt-4</code>", "<li>one</li>").doesNotContain("`", "**");
  }

  @Test
  void pipeTablesBecomeHtmlTables() {
    assertThat(Md.html("| plan | usd |\n| --- | ---: |\n| pov | 84 |\n")).contains("<table>", "<th>plan</th>", "<td align=\"right\">84</td>");
  }

  @Test
  void rawHtmlInTheTextIsEscaped() {
    assertThat(Md.html("a <script>x</script> b")).doesNotContain("<script>").contains("&lt;script&gt;");
  }
}
