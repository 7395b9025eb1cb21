package sizing.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How wide the text a command prints may be, in columns (characters), and whether to print
 * everything at full length instead ({@code --wide}).
 *
 * <p>The width is taken from the {@code COLUMNS} environment variable when it holds a whole number
 * from {@value #MIN} to {@value #MAX}, else it is {@value #DEFAULT}. It is never measured from the
 * terminal, so the same command prints the same text wherever it runs and a test can set it.
 * (Interactive shells keep {@code COLUMNS} up to date but do not export it by default: {@code
 * export COLUMNS} lets the commands use the whole terminal.) Only the aligned-text format is fitted;
 * CSV, JSON and Markdown always carry every column and full names.
 *
 * @param columns the widest line allowed
 * @param wide true to print every column and every name in full, whatever the width
 */
public record Width(int columns, boolean wide) {
  /** The width when {@code COLUMNS} is not set: 100 columns. */
  public static final int DEFAULT = 100;
  /** The narrowest width honoured: 40 columns. */
  public static final int MIN = 40;
  /** The widest width honoured: 1,000 columns. */
  public static final int MAX = 1000;
  /** No limit: every column, every name in full. */
  public static final Width UNLIMITED = new Width(MAX, true);

  public Width {
    if (columns < MIN || columns > MAX) {
      throw new IllegalArgumentException("width: " + columns + " columns; give " + MIN + " to " + MAX);
    }
  }

  /** A fitted width of {@code columns}. */
  public static Width of(int columns) {
    return new Width(columns, false);
  }

  /** The width from {@code COLUMNS} in this process's environment, else {@value #DEFAULT}; wide if {@code wide}. */
  public static Width fromEnvironment(boolean wide) {
    return fromEnvironment(System.getenv(), wide);
  }

  /** The width from {@code COLUMNS} in {@code env}, else {@value #DEFAULT}; a value out of range is ignored. */
  public static Width fromEnvironment(Map<String, String> env, boolean wide) {
    int columns = DEFAULT;
    var text = env.get("COLUMNS");
    if (text != null && text.strip().matches("[0-9]{1,4}")) {
      int v = Integer.parseInt(text.strip());
      if (v >= MIN && v <= MAX) {
        columns = v;
      }
    }
    return new Width(columns, wide);
  }

  /**
   * {@code text} with every line longer than the width broken into lines that fit ({@link
   * #lines}); a continuation keeps the line's indent, two more under a list item ({@code "- "}).
   * Unchanged when {@link #wide}.
   */
  public String wrap(String text) {
    if (wide) {
      return text;
    }
    var sb = new StringBuilder(text.length() + 64);
    var all = text.split("\n", -1);
    for (int i = 0; i < all.length; i++) {
      var line = all[i];
      if (i > 0) {
        sb.append('\n');
      }
      if (line.length() <= columns) {
        sb.append(line);
        continue;
      }
      int indent = 0;
      while (indent < line.length() && line.charAt(indent) == ' ') {
        indent++;
      }
      if (indent > columns / 2) {
        indent = 0; // a line mostly indent (a table row too wide to fit) still breaks, at the width
      }
      var more = indent + (line.startsWith("- ", indent) ? 2 : 0);
      if (more > columns / 2) {
        more = 0;
      }
      var first = lines(line.substring(indent), columns - indent);
      sb.append(" ".repeat(indent)).append(first.get(0));
      var rest = line.substring(indent + first.get(0).length()).stripLeading();
      if (!rest.isEmpty()) {
        for (var l : lines(rest, columns - more)) {
          sb.append('\n').append(" ".repeat(more)).append(l);
        }
      }
    }
    return sb.toString();
  }

  /**
   * {@code text} broken into lines of at most {@code width} characters: at the last space in the
   * second half of the line (the space dropped), else after the last {@code + , ; /} (not inside a
   * number), else at any space, else after a {@code -} or {@code :}, else at the width. No text is lost: joining the lines, with a space where a space
   * was dropped, gives {@code text} back.
   */
  public static List<String> lines(String text, int width) {
    if (width < 1) {
      throw new IllegalArgumentException("width: " + width);
    }
    var out = new ArrayList<String>();
    var rest = text;
    while (rest.length() > width) {
      int cut = last(rest, width, width / 2, true, " ");
      boolean space = cut > 0;
      if (cut < 0) {
        cut = last(rest, width, width / 3, false, "+,;/");
      }
      if (cut < 0) {
        cut = last(rest, width, 1, true, " ");
        space = cut > 0;
      }
      if (cut < 0) {
        cut = last(rest, width, width / 3, false, "-:");
      }
      if (cut < 0) {
        cut = width;
      }
      out.add(rest.substring(0, cut).stripTrailing());
      rest = space ? rest.substring(cut).stripLeading() : rest.substring(cut);
    }
    out.add(rest);
    return out;
  }

  /**
   * The largest cut {@code i} from {@code width} down to {@code least}: before a space in {@code
   * marks} at {@code i} when {@code before}, else after a mark at {@code i - 1} that is not a
   * thousands separator or a decimal point in a number; -1 if there is none.
   */
  private static int last(String text, int width, int least, boolean before, String marks) {
    for (int i = width; i >= Math.max(1, least); i--) {
      if (before) {
        if (marks.indexOf(text.charAt(i)) >= 0) {
          return i;
        }
      } else if (marks.indexOf(text.charAt(i - 1)) >= 0 && !(Character.isDigit(text.charAt(i)) && i >= 2
          && Character.isDigit(text.charAt(i - 2)))) {
        return i;
      }
    }
    return -1;
  }
}
