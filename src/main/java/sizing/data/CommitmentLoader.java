package sizing.data;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import sizing.model.Category;
import sizing.model.CommitmentTerm;

/**
 * Reads commitment terms: {@code term, months, discount_pct, applies_to, status, source, as_of}.
 * {@code applies_to} is a {@code ;}-separated list of categories (empty: none); {@code status} is
 * {@code list-price} or {@code guide-assumption}.
 */
public final class CommitmentLoader {
  private CommitmentLoader() {}

  /** Terms by name, in file order. */
  public static Map<String, CommitmentTerm> read(Path file) {
    var csv =
        CsvFile.read(file, "term", "months", "discount_pct", "applies_to", "status", "source", "as_of");
    var terms = new LinkedHashMap<String, CommitmentTerm>();
    for (var row : csv.rows()) {
      var name = row.required("term");
      var applies = EnumSet.noneOf(Category.class);
      for (var part : row.text("applies_to").split(";")) {
        if (!part.isBlank()) {
          try {
            applies.add(Category.ofId(part.trim()));
          } catch (IllegalArgumentException e) {
            throw row.error("applies_to", e.getMessage());
          }
        }
      }
      var status = row.required("status");
      boolean assumption =
          switch (status) {
            case "guide-assumption" -> true;
            case "list-price" -> false;
            default ->
                throw row.error(
                    "status", "is '" + status + "' (valid: list-price, guide-assumption)");
          };
      double discount = row.nonNegative("discount_pct");
      if (discount >= 100) {
        throw row.error("discount_pct", "is " + discount + "; it must be below 100");
      }
      var term =
          new CommitmentTerm(
              name, row.integer("months", 1), discount, applies, assumption, Loaders.provenance(row));
      if (terms.put(name, term) != null) {
        throw row.error("term", "'" + name + "' appears twice");
      }
    }
    if (terms.isEmpty()) {
      throw new DataException(file, 2, null, "no commitment terms");
    }
    return terms;
  }
}
