package sizing.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import sizing.io.Decimal;
import sizing.io.InputFiles;
import sizing.io.SafeText;

/**
 * A CSV file read with its line numbers kept, so every later check can say where a bad value
 * stands. RFC 4180 quoting: fields may be quoted with {@code "}, a quote inside a quoted field is
 * doubled. Blank lines and lines starting with {@code #} are skipped.
 *
 * <p>The file is read as {@link InputFiles} reads inputs: at most 50 MB, UTF-8, a byte-order mark
 * allowed. A field that {@link #field} wrote with a single quote in front, so a spreadsheet would
 * not take it for a formula, is read without that quote ({@link SafeText#restoreFormula}). Numbers
 * follow {@link Decimal}'s grammar (no {@code NaN}, {@code Infinity}, {@code 84d} or hexadecimal)
 * and none may exceed {@link #MAX_MAGNITUDE} in size.
 */
public record CsvFile(Path path, List<String> header, List<Row> rows) {

  /**
   * The largest number (in absolute value) a data file may hold: a billion. No figure of the
   * workbook comes near it (the largest are token counts and prices in the thousands), so a larger
   * one is a typing error, and the limit keeps every product of two figures far from overflow.
   */
  public static final double MAX_MAGNITUDE = 1e9;

  public CsvFile {
    header = List.copyOf(header);
    rows = List.copyOf(rows);
  }

  /** Reads {@code path} and checks that every one of {@code required} columns is in its header. */
  public static CsvFile read(Path path, String... required) {
    List<String> lines;
    try {
      lines = InputFiles.text(path).lines().toList();
    } catch (InputFiles.Unreadable e) {
      throw new DataException(path, 0, null, e.problem());
    }
    int headerIndex = 0;
    while (headerIndex < lines.size() && isSkipped(lines.get(headerIndex))) {
      headerIndex++;
    }
    if (headerIndex == lines.size()) {
      throw new DataException(path, 1, null, "empty file: a header line is needed");
    }
    var header = split(path, headerIndex + 1, lines.get(headerIndex));
    var index = new HashMap<String, Integer>();
    for (int i = 0; i < header.size(); i++) {
      var name = header.get(i).trim();
      if (index.put(name, i) != null) {
        throw new DataException(path, headerIndex + 1, name, "column appears twice in the header");
      }
    }
    for (var name : required) {
      if (!index.containsKey(name)) {
        throw new DataException(
            path, headerIndex + 1, name, "missing column (the header must have: " + String.join(", ", required) + ")");
      }
    }
    var rows = new ArrayList<Row>();
    for (int i = headerIndex + 1; i < lines.size(); i++) {
      var text = lines.get(i);
      if (isSkipped(text)) {
        continue;
      }
      var fields = split(path, i + 1, text);
      if (fields.size() != header.size()) {
        throw new DataException(
            path, i + 1, null, "has " + fields.size() + " fields, the header has " + header.size());
      }
      rows.add(new Row(path, i + 1, Collections.unmodifiableMap(index), List.copyOf(fields)));
    }
    return new CsvFile(path, header.stream().map(String::trim).toList(), rows);
  }

  /**
   * {@code value} as one field of a CSV line. First, a value a spreadsheet would take for a formula
   * (it begins with {@code = + - @}, a tab or a carriage return and is not a plain number) gets a
   * single quote in front, as OWASP recommends against CSV injection ({@link
   * SafeText#neutraliseFormula}); this reader takes it off again. Then the field is quoted, with
   * inner quotes doubled, when it holds a comma, a quote or a line break, starts with {@code #} (a
   * comment line here) or has white space at either end (which readers trim); otherwise it is
   * written as it is. A null value is an empty field. This reader reads every field back unchanged
   * but for line breaks (it reads a line at a time).
   */
  public static String field(String value) {
    if (value == null) {
      return "";
    }
    value = SafeText.neutraliseFormula(value);
    if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")
        || value.startsWith("#") || !value.equals(value.strip())) {
      return "\"" + value.replace("\"", "\"\"") + "\"";
    }
    return value;
  }

  private static boolean isSkipped(String line) {
    var t = line.strip();
    return t.isEmpty() || t.startsWith("#");
  }


  private static List<String> split(Path path, int line, String text) {
    var fields = new ArrayList<String>();
    var field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          field.append(c);
        }
      } else if (c == '"' && field.toString().isBlank()) {
        field.setLength(0);
        quoted = true;
      } else if (c == ',') {
        fields.add(SafeText.restoreFormula(field.toString()));
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new DataException(path, line, null, "a quoted field is not closed");
    }
    fields.add(SafeText.restoreFormula(field.toString()));
    return fields;
  }

  /** One data line: values by column name, with typed accessors that report bad values. */
  public record Row(Path path, int line, Map<String, Integer> columns, List<String> values) {

    /** The trimmed text of {@code column}; empty string when the cell is empty. */
    public String text(String column) {
      Integer i = columns.get(column);
      if (i == null) {
        throw new DataException(path, line, column, "missing column");
      }
      return values.get(i).trim();
    }

    /** The trimmed text of {@code column}, which must not be empty. */
    public String required(String column) {
      var t = text(column);
      if (t.isEmpty()) {
        throw error(column, "is empty; a value is required");
      }
      return t;
    }

    /** A number in {@code column}; must be present, finite and at least zero. */
    public double nonNegative(String column) {
      double v = number(column);
      if (v < 0) {
        throw error(column, "is " + text(column) + "; it must not be negative");
      }
      return v;
    }

    /** A number in {@code column}; must be present, finite and greater than zero. */
    public double positive(String column) {
      double v = number(column);
      if (v <= 0) {
        throw error(column, "is " + text(column) + "; it must be greater than zero");
      }
      return v;
    }

    /**
     * The high end of a range: a non-negative number in {@code column} not below {@code low}, the
     * low end read from column {@code lowColumn}.
     */
    public double notBelow(String column, String lowColumn, double low) {
      double v = nonNegative(column);
      if (v < low) {
        throw error(column, "is " + v + "; it must not be below " + lowColumn + " " + low);
      }
      return v;
    }

    /** A non-negative number in {@code column}, or NaN when the cell is empty. */
    public double optionalNonNegative(String column) {
      return text(column).isEmpty() ? Double.NaN : nonNegative(column);
    }

    /** A whole number in {@code column}, at least {@code min} and at most {@link #MAX_MAGNITUDE}. */
    public int integer(String column, int min) {
      var t = required(column);
      long v;
      try {
        v = Decimal.whole(t);
      } catch (IllegalArgumentException e) {
        throw error(column, "is '" + t + "'; a whole number is needed");
      }
      if (v < min) {
        throw error(column, "is " + v + "; it must be at least " + min);
      }
      if (v > MAX_MAGNITUDE) {
        throw error(column, "is " + t + "; it must be at most " + plain(MAX_MAGNITUDE));
      }
      return (int) v;
    }

    /**
     * A number in {@code column}: present, in {@link Decimal}'s grammar (so not {@code NaN},
     * {@code Infinity}, {@code 84d} or hexadecimal) and no larger than {@link #MAX_MAGNITUDE}.
     */
    public double number(String column) {
      var t = required(column);
      double v;
      try {
        v = Decimal.parse(t);
      } catch (IllegalArgumentException e) {
        throw error(column, "is '" + t + "'; a number is needed (digits, a decimal point and an exponent, e.g. 12, 0.5 or 1e3)");
      }
      if (Math.abs(v) > MAX_MAGNITUDE) {
        throw error(column, "is " + t + "; no figure in a data file may exceed " + plain(MAX_MAGNITUDE) + " in size");
      }
      return v;
    }

    /** {@code v}, read from {@code column}, when it is at most {@code max} ({@code unit} after it in the message). */
    public double atMost(String column, double v, double max, String unit) {
      if (v > max) {
        throw error(column, "is " + text(column) + "; at most " + plain(max) + (unit.isEmpty() ? "" : " " + unit)
            + " is accepted (a larger figure is taken for a typing error)");
      }
      return v;
    }

    /** A non-negative whole number in {@code column}, as a double (a count: users, droplets, months). */
    public double count(String column) {
      double v = nonNegative(column);
      if (v != Math.rint(v)) {
        throw error(column, "is " + text(column) + "; a whole number is needed");
      }
      return v;
    }

    public DataException error(String column, String problem) {
      return new DataException(path, line, column, problem);
    }
  }

  /** {@code 1000000} as {@code 1,000,000}. */
  static String plain(double v) {
    return v == Math.rint(v) ? String.format(Locale.ROOT, "%,d", (long) v) : Double.toString(v);
  }
}
