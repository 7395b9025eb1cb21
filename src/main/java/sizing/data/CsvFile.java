package sizing.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV file read with its line numbers kept, so every later check can say where a bad value
 * stands. RFC 4180 quoting: fields may be quoted with {@code "}, a quote inside a quoted field is
 * doubled. Blank lines and lines starting with {@code #} are skipped.
 */
public record CsvFile(Path path, List<String> header, List<Row> rows) {

  public CsvFile {
    header = List.copyOf(header);
    rows = List.copyOf(rows);
  }

  /** Reads {@code path} and checks that every one of {@code required} columns is in its header. */
  public static CsvFile read(Path path, String... required) {
    List<String> lines;
    try {
      lines = Files.readAllLines(path, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new DataException(path, 0, null, "no such file");
    } catch (IOException e) {
      throw new DataException(path, 0, null, "cannot read: " + e.getMessage());
    }
    int headerIndex = 0;
    while (headerIndex < lines.size() && isSkipped(lines.get(headerIndex))) {
      headerIndex++;
    }
    if (headerIndex == lines.size()) {
      throw new DataException(path, 1, null, "empty file: a header line is needed");
    }
    var header = split(path, headerIndex + 1, stripBom(lines.get(headerIndex)));
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
   * {@code value} as one field of a CSV line: quoted, with inner quotes doubled, when it holds a
   * comma, a quote or a line break, starts with {@code #} (a comment line here) or has white space
   * at either end (which readers trim); otherwise as it is. A null value is an empty field. Any
   * RFC 4180 reader reads the field back unchanged (this one too, but for line breaks, which it
   * reads a line at a time).
   */
  public static String field(String value) {
    if (value == null) {
      return "";
    }
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

  private static String stripBom(String s) {
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
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
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new DataException(path, line, null, "a quoted field is not closed");
    }
    fields.add(field.toString());
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

    /** A non-negative number in {@code column}, or NaN when the cell is empty. */
    public double optionalNonNegative(String column) {
      return text(column).isEmpty() ? Double.NaN : nonNegative(column);
    }

    /** A whole number in {@code column}, at least {@code min}. */
    public int integer(String column, int min) {
      var t = required(column);
      int v;
      try {
        v = Integer.parseInt(t);
      } catch (NumberFormatException e) {
        throw error(column, "is '" + t + "'; a whole number is needed");
      }
      if (v < min) {
        throw error(column, "is " + v + "; it must be at least " + min);
      }
      return v;
    }

    /** A number in {@code column}; must be present and finite. */
    public double number(String column) {
      var t = required(column);
      double v;
      try {
        v = Double.parseDouble(t);
      } catch (NumberFormatException e) {
        throw error(column, "is '" + t + "'; a number is needed");
      }
      if (!Double.isFinite(v)) {
        throw error(column, "is '" + t + "'; a finite number is needed");
      }
      return v;
    }

    public DataException error(String column, String problem) {
      return new DataException(path, line, column, problem);
    }
  }
}
