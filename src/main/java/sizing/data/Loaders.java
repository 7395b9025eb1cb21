package sizing.data;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import sizing.model.Provenance;

/** Small pieces shared by the loaders: provenance columns and enum-like fields. */
final class Loaders {
  private Loaders() {}

  /** The {@code source} and {@code as_of} columns of a row. */
  static Provenance provenance(CsvFile.Row row) {
    var source = row.required("source");
    var asOfText = row.required("as_of");
    LocalDate asOf;
    try {
      asOf = LocalDate.parse(asOfText);
    } catch (DateTimeParseException e) {
      throw row.error("as_of", "is '" + asOfText + "'; a date like 2025-11-07 is needed");
    }
    return new Provenance(source, asOf);
  }

  /** Parses {@code column} with {@code parse}; an IllegalArgumentException becomes a DataException. */
  static <T> T field(CsvFile.Row row, String column, Function<String, T> parse) {
    try {
      return parse.apply(row.required(column));
    } catch (IllegalArgumentException e) {
      throw row.error(column, e.getMessage());
    }
  }
}
