package sizing.data;

import java.nio.file.Path;

/**
 * A data file that cannot be used as it is: names the file, the line (1-based, the header is
 * line 1) and the field, so the message alone tells a user what to fix.
 */
public final class DataException extends sizing.io.BadInput {
  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final int line;
  private final String field;

  public DataException(Path file, int line, String field, String problem) {
    super(format(file, line, field, problem));
    this.file = file;
    this.line = line;
    this.field = field;
  }

  private static String format(Path file, int line, String field, String problem) {
    var where = new StringBuilder(String.valueOf(file));
    if (line > 0) {
      where.append(':').append(line);
    }
    if (field != null && !field.isEmpty()) {
      where.append(": field '").append(field).append('\'');
    }
    return where + ": " + problem;
  }

  public Path file() {
    return file;
  }

  public int line() {
    return line;
  }

  public String field() {
    return field;
  }
}
