package sizing.narrative;

import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.Table;

/** Formatting for generated prose: every number in a sentence passes through one of these. */
public final class Md {
  private Md() {}

  /** {@code $1,234.00}. */
  public static String usd(double v) {
    return String.format(Locale.ROOT, "$%,.2f", v);
  }

  /** {@code $1,234} for large round figures. */
  public static String usd0(double v) {
    return String.format(Locale.ROOT, "$%,.0f", v);
  }

  /** {@code 99.89%} with the given decimals. */
  public static String pct(double percent, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f%%", percent);
  }

  /** {@code 1,234} users. */
  public static String count(double v) {
    return String.format(Locale.ROOT, "%,d", Math.round(v));
  }

  /** {@code 14.5 s}. */
  public static String seconds(double s) {
    return Double.isFinite(s) ? String.format(Locale.ROOT, "%.1f s", s) : "unbounded";
  }

  /** {@code 3.2x}. */
  public static String times(double ratio) {
    return String.format(Locale.ROOT, "%,.1fx", ratio);
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

  /** A Markdown table of a Tablesaw table, numbers formatted by column unit (see sizing.table.Render). */
  public static String table(Table t) {
    return sizing.table.Render.markdown(t);
  }
}
