package sizing.io;

/**
 * Text from data files (names, titles, sources) made safe for the formats the workbook writes.
 * A name in a data file is whatever its author typed: a scenario called {@code =cmd|' /C
 * calc'!A0} must not become a live formula in a spreadsheet, and one called {@code <script>} must
 * not become markup in a Markdown or HTML page.
 *
 * <p>Spreadsheet cells follow the OWASP recommendation against CSV injection
 * (https://owasp.org/www-community/attacks/CSV_Injection): a cell that begins with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return is written with a single quote in
 * front, so a spreadsheet shows it as text. A plain number such as {@code -12.5} is left as it is
 * (it is a number, not a formula). The workbook's own CSV reader takes the quote off again ({@link
 * #restoreFormula}), so what it writes it reads back unchanged.
 */
public final class SafeText {
  private static final String TRIGGERS = "=+-@\t\r";

  private SafeText() {}

  /**
   * True when a spreadsheet would read {@code value} as a formula: it begins with one of {@code =
   * + - @}, a tab or a carriage return and is not a plain number ({@link Decimal#is}).
   */
  public static boolean formulaLike(String value) {
    return value != null && !value.isEmpty() && TRIGGERS.indexOf(value.charAt(0)) >= 0 && !Decimal.is(value);
  }

  /**
   * {@code value} as a spreadsheet cell that is never a formula: a single quote in front when
   * {@link #formulaLike} holds for it once its leading single quotes are set aside (so a value that
   * already begins with {@code '=} keeps its own quote through a round trip).
   */
  public static String neutraliseFormula(String value) {
    return value != null && formulaLike(withoutLeadingQuotes(value)) ? "'" + value : value;
  }

  /** The inverse of {@link #neutraliseFormula}: one leading single quote dropped where it added one. */
  public static String restoreFormula(String cell) {
    return cell != null && cell.startsWith("'") && formulaLike(withoutLeadingQuotes(cell)) ? cell.substring(1) : cell;
  }

  private static String withoutLeadingQuotes(String s) {
    int i = 0;
    while (i < s.length() && s.charAt(i) == '\'') {
      i++;
    }
    return s.substring(i);
  }

  /**
   * {@code text} as inline Markdown that renders as exactly that text: Markdown's punctuation
   * ({@code \ ` * _ [ ] | ~ #}) escaped with a backslash, {@code < > &} as HTML entities (so no tag
   * or entity of the text's own reaches the page), line breaks as spaces.
   */
  public static String markdown(String text) {
    return escape(text, c -> switch (c) {
      case '\\', '`', '*', '_', '[', ']', '|', '~', '#' -> "\\" + c;
      case '<' -> "&lt;";
      case '>' -> "&gt;";
      case '&' -> "&amp;";
      case '\n', '\r' -> " ";
      default -> null;
    });
  }

  /** {@code text} as HTML text or an attribute value: {@code & < > " '} as entities. */
  public static String html(String text) {
    return escape(text, c -> switch (c) {
      case '&' -> "&amp;";
      case '<' -> "&lt;";
      case '>' -> "&gt;";
      case '"' -> "&quot;";
      case '\'' -> "&#39;";
      default -> null;
    });
  }

  /** {@code text} (empty when null) with each character {@code rule} maps to a replacement replaced; null keeps it. */
  private static String escape(String text, java.util.function.Function<Character, String> rule) {
    if (text == null) {
      return "";
    }
    var sb = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      var r = rule.apply(c);
      if (r == null) {
        sb.append(c);
      } else {
        sb.append(r);
      }
    }
    return sb.toString();
  }
}
