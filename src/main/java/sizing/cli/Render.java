package sizing.cli;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Turns Tablesaw tables into text. Column names carry their unit as a suffix ({@code _usd},
 * {@code _pct}, {@code _gb}, {@code _seconds}, {@code _users}); the text formats show it in the
 * header, e.g. {@code monthly_usd} as "monthly (USD)", and format the values to match.
 */
public final class Render {
  private Render() {}

  public static String as(OutputFormat format, Table table) {
    return switch (format) {
      case table -> text(table);
      case md -> markdown(table);
      case csv -> csv(table);
      case json -> throw new IllegalArgumentException("JSON is written by the command itself");
    };
  }

  /** Aligned columns, numbers right-aligned. */
  public static String text(Table table) {
    var cells = cells(table);
    int cols = table.columnCount();
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
        boolean right = r > 0 && table.column(c) instanceof NumericColumn;
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
  public static String markdown(Table table) {
    var cells = cells(table);
    var sb = new StringBuilder();
    for (int r = 0; r < cells.size(); r++) {
      sb.append("| ")
          .append(String.join(" | ", cells.get(r).stream().map(s -> s.replace("|", "\\|")).toList()))
          .append(" |\n");
      if (r == 0) {
        sb.append('|');
        for (int c = 0; c < table.columnCount(); c++) {
          sb.append(table.column(c) instanceof NumericColumn ? " ---: |" : " --- |");
        }
        sb.append('\n');
      }
    }
    return sb.toString();
  }

  /** CSV with raw numbers and the column names as they are. */
  public static String csv(Table table) {
    var w = new StringWriter();
    table.write().csv(w);
    return w.toString();
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
  public static String cell(Column<?> column, int row) {
    if (column instanceof NumericColumn<?> n) {
      double v = n.getDouble(row);
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
    return column.getString(row);
  }

  private static List<List<String>> cells(Table table) {
    var rows = new ArrayList<List<String>>();
    rows.add(table.columnNames().stream().map(Render::header).toList());
    for (int r = 0; r < table.rowCount(); r++) {
      var row = new ArrayList<String>();
      for (var col : table.columns()) {
        row.add(cell(col, r));
      }
      rows.add(row);
    }
    return rows;
  }
}
