package sizing.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A small immutable table of named columns (text, decimal numbers, whole numbers or flags): what
 * the command line prints.
 *
 * <p>Why not a Tablesaw {@link Table}: the first use of {@code Table} scans the class path for
 * readers and writers (Tablesaw's {@code Table.autoRegisterReadersAndWriters}), which costs about a
 * third of a second on every start of a one-off {@code jbang size}. Building and printing a grid
 * loads nothing beyond the JDK. {@link #toTable()} gives the Tablesaw table for notebooks and
 * analysis, and {@link #of(Table)} turns any Tablesaw table into a grid for display.
 */
public final class Grid {

  /** One named column; every column of a grid has the same number of rows. */
  public sealed interface Column permits Text, Numbers, Counts, Flags {
    String name();

    int size();

    /** True for numbers: right-aligned and formatted by unit when shown. */
    boolean numeric();

    /** The value as a number (NaN for text, and for a missing number). */
    double number(int row);

    /**
     * The cell as CSV writes it: numbers as {@link Double#toString(double)} or {@link
     * Integer#toString(int)}, a missing number (NaN) as an empty cell, flags as {@code true} or
     * {@code false}; the same as Tablesaw writes them.
     */
    String raw(int row);
  }

  /** Text; a null value is written as an empty cell. */
  public record Text(String name, List<String> values) implements Column {
    public Text {
      Objects.requireNonNull(name, "name");
      values = List.copyOf(values.stream().map(v -> v == null ? "" : v).toList());
    }

    @Override public int size() { return values.size(); }
    @Override public boolean numeric() { return false; }
    @Override public double number(int row) { return Double.NaN; }
    @Override public String raw(int row) { return values.get(row); }
  }

  /** Decimal numbers; NaN is a missing value. */
  public record Numbers(String name, double[] values) implements Column {
    public Numbers {
      Objects.requireNonNull(name, "name");
      values = values.clone();
    }

    @Override public double[] values() { return values.clone(); }
    @Override public int size() { return values.length; }
    @Override public boolean numeric() { return true; }
    @Override public double number(int row) { return values[row]; }
    @Override public String raw(int row) { return Double.isNaN(values[row]) ? "" : csv(values[row]); }

    /**
     * {@code v} as CSV writes a number: {@link Double#toString} of {@code v} rounded to 12
     * significant digits, so the noise of binary arithmetic is gone ({@code 99.89000999999999}
     * is written {@code 99.89001}, {@code 151.20000000000002} as {@code 151.2}) while every
     * figure keeps far more digits than any input has; infinities as {@code Infinity}.
     */
    public static String csv(double v) {
      if (!Double.isFinite(v) || v == 0) {
        return Double.toString(v);
      }
      return Double.toString(new java.math.BigDecimal(v).round(new java.math.MathContext(12)).doubleValue());
    }
  }

  /** Whole numbers (counts of users, of plans). */
  public record Counts(String name, int[] values) implements Column {
    public Counts {
      Objects.requireNonNull(name, "name");
      values = values.clone();
    }

    @Override public int[] values() { return values.clone(); }
    @Override public int size() { return values.length; }
    @Override public boolean numeric() { return true; }
    @Override public double number(int row) { return values[row]; }
    @Override public String raw(int row) { return Integer.toString(values[row]); }
  }

  /** Yes/no values. */
  public record Flags(String name, boolean[] values) implements Column {
    public Flags {
      Objects.requireNonNull(name, "name");
      values = values.clone();
    }

    @Override public boolean[] values() { return values.clone(); }
    @Override public int size() { return values.length; }
    @Override public boolean numeric() { return false; }
    @Override public double number(int row) { return Double.NaN; }
    @Override public String raw(int row) { return Boolean.toString(values[row]); }
  }

  private final String name;
  private final List<Column> columns;

  /**
   * @throws IllegalArgumentException when two columns share a name or differ in length
   */
  public Grid(String name, List<? extends Column> columns) {
    this.name = Objects.requireNonNull(name, "name");
    this.columns = List.copyOf(columns);
    var names = new LinkedHashSet<String>();
    for (var c : this.columns) {
      if (!names.add(c.name())) {
        throw new IllegalArgumentException("two columns named " + c.name() + " in grid " + name);
      }
      if (c.size() != this.columns.get(0).size()) {
        throw new IllegalArgumentException("column " + c.name() + " has " + c.size() + " rows, column "
            + this.columns.get(0).name() + " has " + this.columns.get(0).size() + ", in grid " + name);
      }
    }
  }

  public static Grid of(String name, Column... columns) {
    return new Grid(name, List.of(columns));
  }

  /** A text column with one value per row of {@code rows}. */
  public static <T> Text text(String name, List<T> rows, Function<? super T, String> value) {
    return new Text(name, rows.stream().map(value).map(v -> v == null ? "" : v).toList());
  }

  /** A column of decimal numbers with one value per row of {@code rows}. */
  public static <T> Numbers numbers(String name, List<T> rows, ToDoubleFunction<? super T> value) {
    return new Numbers(name, rows.stream().mapToDouble(value).toArray());
  }

  /** A column of whole numbers with one value per row of {@code rows}. */
  public static <T> Counts counts(String name, List<T> rows, ToIntFunction<? super T> value) {
    return new Counts(name, rows.stream().mapToInt(value).toArray());
  }

  /** A column of flags with one value per row of {@code rows}. */
  public static <T> Flags flags(String name, List<T> rows, Predicate<? super T> value) {
    var v = new boolean[rows.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = value.test(rows.get(i));
    }
    return new Flags(name, v);
  }

  public String name() {
    return name;
  }

  public List<Column> columns() {
    return columns;
  }

  public List<String> columnNames() {
    return columns.stream().map(Column::name).toList();
  }

  public int columnCount() {
    return columns.size();
  }

  public int rowCount() {
    return columns.isEmpty() ? 0 : columns.get(0).size();
  }

  /** @throws IllegalArgumentException naming the columns there are, when there is no such column */
  public Column column(String columnName) {
    for (var c : columns) {
      if (c.name().equals(columnName)) {
        return c;
      }
    }
    throw new IllegalArgumentException("no column " + columnName + " in grid " + name + " (columns: "
        + String.join(", ", columnNames()) + ")");
  }

  /** This grid without the named columns. */
  public Grid without(String... columnNames) {
    var drop = new LinkedHashSet<String>();
    for (var n : columnNames) {
      drop.add(column(n).name());
    }
    return new Grid(name, columns.stream().filter(c -> !drop.contains(c.name())).toList());
  }

  /** This grid with {@code more} after its own columns. */
  public Grid with(Column... more) {
    var all = new ArrayList<>(columns);
    all.addAll(Arrays.asList(more));
    return new Grid(name, all);
  }

  /** This grid with {@code first} before its own columns. */
  public Grid withFirst(Column... first) {
    var all = new ArrayList<>(Arrays.asList(first));
    all.addAll(columns);
    return new Grid(name, all);
  }

  /** This grid with the named column moved to the end. */
  public Grid moveLast(String columnName) {
    var c = column(columnName);
    var all = new ArrayList<>(columns);
    all.remove(c);
    all.add(c);
    return new Grid(name, all);
  }

  /** The same rows as a Tablesaw table: text, double, int and boolean columns. */
  public Table toTable() {
    var t = Table.create(name);
    for (var c : columns) {
      if (c instanceof Text x) {
        t.addColumns(StringColumn.create(x.name(), x.values()));
      } else if (c instanceof Numbers x) {
        t.addColumns(DoubleColumn.create(x.name(), x.values));
      } else if (c instanceof Counts x) {
        t.addColumns(IntColumn.create(x.name(), x.values));
      } else {
        var x = (Flags) c;
        t.addColumns(BooleanColumn.create(x.name(), x.values));
      }
    }
    return t;
  }

  /**
   * Any Tablesaw table as a grid for display: numeric columns become {@link Numbers} (a missing
   * value NaN), every other column {@link Text} as Tablesaw formats it.
   */
  public static Grid of(Table table) {
    var cols = new ArrayList<Column>(table.columnCount());
    for (var c : table.columns()) {
      if (c instanceof NumericColumn<?> n) {
        var v = new double[n.size()];
        for (int r = 0; r < v.length; r++) {
          v[r] = n.getDouble(r);
        }
        cols.add(new Numbers(c.name(), v));
      } else {
        var v = new ArrayList<String>(c.size());
        for (int r = 0; r < c.size(); r++) {
          v.add(c.getString(r));
        }
        cols.add(new Text(c.name(), v));
      }
    }
    return new Grid(table.name() == null ? "" : table.name(), cols);
  }

  @Override
  public String toString() {
    return name + " " + columnNames() + " x " + rowCount() + " rows";
  }
}
