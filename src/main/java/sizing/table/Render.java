package sizing.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import sizing.data.CsvFile;
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

  public static String markdown(Table table) {
    return markdown(Grid.of(table));
  }

  /** Aligned columns, numbers right-aligned. */
  public static String text(Grid grid) {
    var cells = cells(grid);
    int cols = grid.columnCount();
    var widths = new int[cols];
    for (var row : cells) {
      for (int c = 0; c < cols; c++) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    var sb = new StringBuilder();
    for (int r = 0; r < cells.size(); r++) {
      var row = cells.get(r);
      var line = new StringBuilder();
      for (int c = 0; c < cols; c++) {
        boolean right = r > 0 && grid.columns().get(c).numeric();
        var cell = row.get(c);
        var pad = " ".repeat(widths[c] - cell.length());
        line.append(c == 0 ? "" : "  ").append(right ? pad + cell : cell + pad);
      }
      sb.append(line.toString().stripTrailing()).append('\n');
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

  /** A Markdown table. */
  public static String markdown(Grid grid) {
    var cells = cells(grid);
    var sb = new StringBuilder();
    for (int r = 0; r < cells.size(); r++) {
      sb.append("| ")
          .append(String.join(" | ", cells.get(r).stream().map(s -> s.replace("|", "\\|")).toList()))
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

  /** CSV of a Tablesaw table, values unformatted as Tablesaw's own writer gives them. */
  public static String csv(Table table) {
    return csv(table.columnNames(), table.rowCount(), table::getUnformatted);
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
