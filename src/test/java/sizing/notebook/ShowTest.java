package sizing.notebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class ShowTest {

  private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
  private PrintStream original;

  @BeforeEach
  void captureStdout() {
    original = System.out;
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restoreStdout() {
    System.setOut(original);
  }

  private String out() {
    return captured.toString(StandardCharsets.UTF_8);
  }

  private static Table plans() {
    return Table.create(
        "plans <&>",
        StringColumn.create("plan", "s-1vcpu-1gb", "<b>gpu</b>"),
        DoubleColumn.create("usd_month", 6.0, 1234.5));
  }

  @Test
  void outsideAKernelFallsBackToPlainText() {
    assertThat(Show.backend()).isEqualTo("plain");

    Show.markdown("**total**: 42 USD");
    assertThat(out()).isEqualTo("**total**: 42 USD" + System.lineSeparator());
  }

  @Test
  void tablePrintsTablesawTextOutsideAKernel() {
    Show.table(plans());
    assertThat(out()).contains("plans <&>", "s-1vcpu-1gb", "1234.5").doesNotContain("<td");
  }

  @Test
  void chartPrintsAPlaceholderOutsideAKernel() {
    CategoryChart chart = new CategoryChartBuilder().width(300).height(200).title("Cost").build();
    chart.addSeries("usd", new double[] {1, 2}, new double[] {6, 12});
    Show.chart(chart);
    assertThat(out()).isEqualTo("[Cost (300x200 PNG)]" + System.lineSeparator());
  }

  @Test
  void tableHtmlEscapesAndRightAlignsNumbers() {
    String html = Show.tableHtml(plans(), 50);
    assertThat(html)
        .contains("<caption>plans &lt;&amp;&gt;</caption>")
        .contains("<th style=\"text-align:left\">plan</th><th style=\"text-align:right\">usd month</th>")
        .contains("<td style=\"text-align:left\">&lt;b&gt;gpu&lt;/b&gt;</td>")
        .contains("<td style=\"text-align:right\">1,235</td>")
        .doesNotContain("<b>gpu</b>")
        .doesNotContain("rows shown");
  }

  @Test
  void htmlOutputSitsInAnElementMathJaxSkips() {
    assertThat(Show.texIgnored("<p>from &#36;84.00 to &#36;2,352.00</p>"))
        .startsWith("<div class=\"tex2jax_ignore mathjax_ignore\">")
        .contains("<p>from &#36;84.00 to &#36;2,352.00</p>")
        .endsWith("</div>\n");
  }

  @Test
  void tableHtmlCutsLongTables() {
    String html = Show.tableHtml(plans(), 1);
    assertThat(html).contains("s-1vcpu-1gb").doesNotContain("gpu&lt;").contains("1 of 2 rows shown");
    assertThat(Show.tableText(plans(), 1)).contains("(1 of 2 rows shown)");
  }

  @Test
  void rejectsBadArguments() {
    assertThatThrownBy(() -> Show.markdown(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Show.table(plans(), -1)).isInstanceOf(IllegalArgumentException.class);
  }
}
