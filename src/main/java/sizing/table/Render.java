package sizing.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import sizing.data.CsvFile;
import sizing.io.SafeText;
import tech.tablesaw.api.Table;

/**
 * Turns tables into text. Column names carry their unit as a suffix ({@code _usd}, {@code _pct},
 * {@code _gb}, {@code _seconds}, {@code _users}); the text formats show it in the header, e.g.
 * {@code monthly_usd} as "monthly (USD)", and format the values to match. CSV keeps the names and
 * the raw values.
 *
 * <p>The {@link Grid} forms load nothing beyond the JDK; the {@link Table} forms are for
 * Tablesaw's tables (sweeps, audits, notebooks) and give the same text.
 */
public final class Render {
  private Render() {}

  public static String text(Table table) {
    return text(Grid.of(table));
  }

  /** {@link #text(Grid, Width)} of a Tablesaw table. */
  public static String text(Table table, Width width) {
    return text(Grid.of(table), width);
  }

  public static String markdown(Table table) {
    return markdown(Grid.of(table));
  }

  /**
   * Aligned columns, numbers right-aligned, fitted to {@code width} ({@link Width}): when the
   * table is wider, headers break between words, then the widest text columns narrow in turn and
   * their cells wrap within the column ({@link Width#lines}), so every value is still shown in full.
   * Numbers never wrap. A table that fits, and any table when {@link Width#wide}, prints as {@link
   * #text(Grid)} does.
   */
  public static String text(Grid grid, Width width) {
    if (width.wide()) {
      return text(grid);
    }
    var cells = cells(grid);
    int cols = grid.columnCount();
    var natural = new int[cols];
    for (var row : cells) {
      for (int c = 0; c < cols; c++) {
        natural[c] = Math.max(natural[c], row.get(c).length());
      }
    }
    int gaps = 2 * Math.max(0, cols - 1);
    if (sum(natural) + gaps <= width.columns()) {
      return text(grid);
    }
    // 1. headers break between words: a column is as wide as its widest value or header word
    var widths = new int[cols];
    var floor = new int[cols];
    for (int c = 0; c < cols; c++) {
      int body = 0;
      for (int r = 1; r < cells.size(); r++) {
        body = Math.max(body, cells.get(r).get(c).length());
      }
      int word = 0;
      for (var w : cells.get(0).get(c).split(" ")) {
        word = Math.max(word, w.length());
      }
      widths[c] = Math.max(body, word);
      boolean numeric = grid.columns().get(c).numeric();
      floor[c] = numeric ? widths[c] : Math.min(widths[c], Math.max(MIN_TEXT, word));
    }
    // 2. a text column narrows by one, again and again, until the table fits: each time the one
    // whose narrowing adds the fewest lines to the table (the widest among equals)
    narrow(cells, widths, floor, width.columns() - gaps);
    return lay(grid, cells, widths);
  }

  /**
   * The rows of {@code cells} (the header first) in columns {@code widths} wide, a value longer than
   * its column wrapped onto more lines ({@link Width#lines}), numbers right-aligned, a rule under the
   * header.
   */
  private static String lay(Grid grid, List<List<String>> cells, int[] widths) {
    int cols = grid.columnCount();
    var sb = new StringBuilder();
    for (int r = 0; r < cells.size(); r++) {
      var row = cells.get(r);
      var wrapped = new ArrayList<List<String>>(cols);
      int height = 1;
      for (int c = 0; c < cols; c++) {
        var lines = Width.lines(row.get(c), widths[c]);
        wrapped.add(lines);
        height = Math.max(height, lines.size());
      }
      for (int h = 0; h < height; h++) {
        var line = new StringBuilder();
        for (int c = 0; c < cols; c++) {
          var lines = wrapped.get(c);
          // a header's words sit at the bottom of its lines, just above the rule
          int at = r == 0 ? h - (height - lines.size()) : h;
          var cell = at >= 0 && at < lines.size() ? lines.get(at) : "";
          boolean right = r > 0 && grid.columns().get(c).numeric();
          var pad = " ".repeat(Math.max(0, widths[c] - cell.length()));
          line.append(c == 0 ? "" : "  ").append(right ? pad + cell : cell + pad);
        }
        sb.append(line.toString().stripTrailing()).append('\n');
      }
      if (r == 0) {
        var rule = new StringBuilder();
        for (int c = 0; c < cols; c++) {
          rule.append(c == 0 ? "" : "  ").append("-".repeat(widths[c]));
        }
        sb.append(rule).append('\n');
      }
    }
    return sb.toString();
  }

  /** The narrowest a text column is made to fit a width, unless its values are narrower: 12 columns. */
  static final int MIN_TEXT = 12;

  /**
   * Narrows columns above their {@code floor} one character at a time until {@code widths} sum to
   * {@code room} or none can narrow, each time the column whose narrowing adds the fewest lines to
   * the rows (a row is as tall as its tallest wrapped cell; breaking a name counts twenty), the
   * widest among equals.
   */
  private static void narrow(List<List<String>> cells, int[] widths, int[] floor, int room) {
    int rows = cells.size() - 1;
    int cols = widths.length;
    var lines = new int[rows][cols];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        lines[r][c] = Width.lines(cells.get(r + 1).get(c), widths[c]).size();
      }
    }
    // breaking a name (in a column with no spaces, such as plan ids) costs twenty lines, even in a
    // row already tall: a name is broken only when the prose beside it cannot give way
    var weight = new int[cols];
    for (int c = 0; c < cols; c++) {
      weight[c] = 20;
      for (int r = 0; r < rows; r++) {
        if (cells.get(r + 1).get(c).contains(" ")) {
          weight[c] = 0;
          break;
        }
      }
    }
    while (sum(widths) > room) {
      int best = -1;
      long bestCost = Long.MAX_VALUE;
      int[] bestLines = null;
      for (int c = 0; c < cols; c++) {
        if (widths[c] <= floor[c]) {
          continue;
        }
        var narrower = new int[rows];
        long cost = 0;
        for (int r = 0; r < rows; r++) {
          narrower[r] = Width.lines(cells.get(r + 1).get(c), widths[c] - 1).size();
          int others = 1;
          int now = 1;
          for (int k = 0; k < cols; k++) {
            now = Math.max(now, lines[r][k]);
            if (k != c) {
              others = Math.max(others, lines[r][k]);
            }
          }
          cost += Math.max(others, narrower[r]) - now + (long) weight[c] * (narrower[r] - lines[r][c]);
        }
        if (cost < bestCost || (cost == bestCost && widths[c] > widths[best])) {
          best = c;
          bestCost = cost;
          bestLines = narrower;
        }
      }
      if (best < 0) {
        return;
      }
      widths[best]--;
      for (int r = 0; r < rows; r++) {
        lines[r][best] = bestLines[r];
      }
    }
  }

  private static int sum(int[] v) {
    int s = 0;
    for (int x : v) {
      s += x;
    }
    return s;
  }

  /** Aligned columns, numbers right-aligned, every column as wide as its widest value. */
  public static String text(Grid grid) {
    var cells = cells(grid);
    int cols = grid.columnCount();
    var widths = new int[cols];
    for (var row : cells) {
      for (int c = 0; c < cols; c++) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    for (int c = 0; c < cols; c++) {
      widths[c] = Math.max(1, widths[c]);
    }
    return lay(grid, cells, widths);
  }

  /**
   * A Markdown table. Every cell is escaped ({@link SafeText#markdown}): names come from data
   * files, and a name such as {@code <script>} or {@code **x**} must show as typed, not as markup.
   */
  public static String markdown(Grid grid) {
    var cells = cells(grid);
    var sb = new StringBuilder();
    for (int r = 0; r < cells.size(); r++) {
      sb.append("| ")
          .append(String.join(" | ", cells.get(r).stream().map(SafeText::markdown).toList()))
          .append(" |\n");
      if (r == 0) {
        sb.append('|');
        for (var c : grid.columns()) {
          sb.append(c.numeric() ? " ---: |" : " --- |");
        }
        sb.append('\n');
      }
    }
    return sb.toString();
  }

  /** CSV with the column names as they are and raw values (see {@link Grid.Column#raw(int)}). */
  public static String csv(Grid grid) {
    return csv(grid.columnNames(), grid.rowCount(), (r, c) -> grid.columns().get(c).raw(r));
  }

  /**
   * CSV of a Tablesaw table: decimal numbers as {@link Grid.Numbers#csv} writes them (no float
   * noise), every other value unformatted as Tablesaw's own writer gives it.
   */
  public static String csv(Table table) {
    return csv(table.columnNames(), table.rowCount(), (r, c) -> {
      var column = table.column(c);
      if (column instanceof tech.tablesaw.api.NumberColumn<?, ?> n && !(column instanceof tech.tablesaw.api.IntColumn)
          && !(column instanceof tech.tablesaw.api.LongColumn) && !(column instanceof tech.tablesaw.api.ShortColumn)) {
        return n.isMissing(r) ? "" : Grid.Numbers.csv(n.getDouble(r));
      }
      return table.getUnformatted(r, c);
    });
  }

  /**
   * RFC 4180 CSV with LF line ends, each field quoted as {@link CsvFile#field} does. (Tablesaw's
   * writer trims spaces and leaves quotes unescaped; files written here read back cell for cell.)
   */
  private static String csv(List<String> names, int rows, BiFunction<Integer, Integer, String> cell) {
    var sb = new StringBuilder();
    for (int c = 0; c < names.size(); c++) {
      sb.append(c == 0 ? "" : ",").append(CsvFile.field(names.get(c)));
    }
    sb.append('\n');
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < names.size(); c++) {
        sb.append(c == 0 ? "" : ",").append(CsvFile.field(cell.apply(r, c)));
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /** "monthly_usd" to "monthly (USD)". */
  public static String header(String column) {
    for (var unit : List.of("usd", "pct", "gb", "seconds", "users", "months")) {
      if (column.endsWith("_" + unit)) {
        var label = switch (unit) {
          case "usd" -> "USD";
          case "pct" -> "%";
          case "gb" -> "GB";
          case "seconds" -> "s";
          default -> unit;
        };
        return column.substring(0, column.length() - unit.length() - 1).replace('_', ' ') + " (" + label + ")";
      }
    }
    return column.replace('_', ' ');
  }

  /** A cell as shown in text and Markdown: money with two decimals, NaN as a dash. */
  public static String cell(Grid.Column column, int row) {
    if (column.numeric()) {
      double v = column.number(row);
      if (Double.isNaN(v)) {
        return "-";
      }
      if (Double.isInfinite(v)) {
        return v > 0 ? "unbounded" : "-unbounded";
      }
      var name = column.name();
      if (name.endsWith("_usd")) {
        return String.format(Locale.ROOT, "%,.2f", v);
      }
      if (name.endsWith("_pct") || name.endsWith("_seconds")) {
        return String.format(Locale.ROOT, "%,.2f", v);
      }
      if (v == Math.rint(v) && Math.abs(v) < 1e15) {
        return String.format(Locale.ROOT, "%,d", (long) v);
      }
      if (Math.abs(v) >= 1000) {
        return String.format(Locale.ROOT, "%,.0f", v);
      }
      return Math.abs(v) >= 1 ? String.format(Locale.ROOT, "%.2f", v) : String.format(Locale.ROOT, "%.3g", v);
    }
    return column.raw(row);
  }

  private static List<List<String>> cells(Grid grid) {
    var rows = new ArrayList<List<String>>();
    rows.add(grid.columnNames().stream().map(Render::header).toList());
    for (int r = 0; r < grid.rowCount(); r++) {
      var row = new ArrayList<String>();
      for (var col : grid.columns()) {
        row.add(cell(col, r));
      }
      rows.add(row);
    }
    return rows;
  }
}
