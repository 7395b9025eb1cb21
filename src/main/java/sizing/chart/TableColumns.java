package sizing.chart;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.Table;

/** Reading the columns of the tables the charts draw, whatever their column types. */
final class TableColumns {
  private TableColumns() {}

  /** A column of numbers (any numeric type, or text holding numbers) as doubles; missing values are NaN. */
  static double[] doubles(Table t, String column) {
    double[] v = new double[t.rowCount()];
    for (int i = 0; i < v.length; i++) {
      v[i] = number(t, column, i);
    }
    return v;
  }

  static double number(Table t, String column, int row) {
    var c = t.column(column);
    if (c.isMissing(row)) {
      return Double.NaN;
    }
    Object o = c.get(row);
    if (o instanceof Number n) {
      return n.doubleValue();
    }
    try {
      return Double.parseDouble(c.getString(row));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("table '" + t.name() + "', column '" + column + "', row " + (row + 1)
          + ": '" + c.getString(row) + "' is not a number");
    }
  }

  /** A yes/no cell: a boolean, a number (non-zero is yes) or text ({@code true}, {@code yes}, {@code 1}). */
  static boolean flag(Table t, String column, int row) {
    var c = t.column(column);
    if (c.isMissing(row)) {
      return false;
    }
    Object o = c.get(row);
    if (o instanceof Boolean b) {
      return b;
    }
    if (o instanceof Number n) {
      return n.doubleValue() != 0;
    }
    var s = c.getString(row).strip().toLowerCase(Locale.ROOT);
    return s.equals("true") || s.equals("yes") || s.equals("1");
  }

  /** Throws IllegalArgumentException naming the columns {@code t} lacks and those it has. */
  static void require(Table t, List<String> columns) {
    var missing = columns.stream().filter(c -> !t.columnNames().contains(c)).toList();
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("table '" + t.name() + "' lacks column(s) " + String.join(", ", missing)
          + " (has: " + String.join(", ", t.columnNames()) + ")");
    }
  }

  /** The distinct texts of {@code column}, in the order first met. */
  static List<String> distinct(Table t, String column) {
    var seen = new LinkedHashSet<String>();
    for (int i = 0; i < t.rowCount(); i++) {
      seen.add(t.column(column).getString(i));
    }
    return List.copyOf(seen);
  }
}
