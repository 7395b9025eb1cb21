package sizing.narrative;

import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import sizing.model.Figures;
import tech.tablesaw.api.Table;

/**
 * Formatting for generated prose: every number in a sentence passes through one of these, each the
 * rule of {@link Figures} for its kind of figure.
 */
public final class Md {
  private Md() {}

  /** {@code $1,234.00}. */
  public static String usd(double v) {
    return Figures.usd(v);
  }

  /** {@code $1,234} for large round figures. */
  public static String usd0(double v) {
    return Figures.usdWhole(v);
  }

  /** {@code 99.89%} with the given decimals. */
  public static String pct(double percent, int decimals) {
    return Figures.percent(percent, decimals);
  }

  /** {@code 1,234} users. */
  public static String count(double v) {
    return Figures.count(v);
  }

  /** {@code 14.5 s}. */
  public static String seconds(double s) {
    return Figures.seconds(s);
  }

  /** {@code 3.2x}. */
  public static String times(double ratio) {
    return Figures.times(ratio);
  }

  public static String code(String s) {
    return "`" + s + "`";
  }

  public static String bold(String s) {
    return "**" + s + "**";
  }

  /** A bulleted list. */
  public static String bullets(List<String> items) {
    var sb = new StringBuilder();
    items.forEach(i -> sb.append("- ").append(i).append('\n'));
    return sb.toString();
  }

  private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
  private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).build();

  /**
   * Generated Markdown as an HTML fragment (CommonMark with GitHub's pipe tables; raw HTML in the
   * text is escaped). Every dollar sign is written as the entity {@code &#36;}, so money reads as
   * money wherever the fragment is shown: in nbconvert's pages, which load no TeX typesetter, and in
   * Jupyter's notebook UI, whose MathJax reads {@code $...$} in Markdown as maths (a notebook shows
   * the fragment inside an element MathJax is told to skip; see {@code sizing.notebook.Show}).
   */
  public static String html(String markdown) {
    return HTML.render(PARSER.parse(markdown)).replace("$", "&#36;");
  }

  /** A Markdown table of a Tablesaw table, numbers formatted by column unit (see sizing.table.Render). */
  public static String table(Table t) {
    return sizing.table.Render.markdown(t);
  }
}
