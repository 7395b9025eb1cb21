package sizing.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import sizing.model.Catalog;
import sizing.model.CatalogItem;
import sizing.model.Category;
import sizing.model.Period;

/**
 * Reads price catalogs in the workbook's CSV format: {@code item, category, description, vcpus,
 * memory_gb, disk_gb, transfer_tb, unit, period, price_usd, source, as_of} and optionally
 * {@code available} ({@code true}/{@code false}, default true).
 */
public final class CatalogLoader {
  public static final String[] COLUMNS = {
    "item", "category", "description", "vcpus", "memory_gb", "disk_gb", "transfer_tb", "unit",
    "period", "price_usd", "source", "as_of"
  };

  /**
   * The highest price a catalog row may state, USD per billing period: a million. DigitalOcean's
   * dearest droplets cost a few thousand dollars a month; a larger figure is a typing error, and
   * the limit keeps every total, over any term, a finite number.
   */
  public static final double MAX_PRICE_USD = 1_000_000;

  private CatalogLoader() {}

  /** One catalog file. */
  public static Catalog read(Path file) {
    var csv = CsvFile.read(file, COLUMNS);
    var items = new ArrayList<CatalogItem>();
    var seen = new HashMap<String, Integer>();
    for (var row : csv.rows()) {
      var id = row.required("item");
      var first = seen.putIfAbsent(id, row.line());
      if (first != null) {
        throw row.error("item", "'" + id + "' appears twice (first on line " + first + ")");
      }
      var category = Loaders.field(row, "category", Category::ofId);
      var period = Loaders.field(row, "period", Period::ofId);
      double price = row.atMost("price_usd", row.nonNegative("price_usd"), MAX_PRICE_USD, "USD");
      boolean available = true;
      if (csv.header().contains("available") && !row.text("available").isEmpty()) {
        available = Loaders.field(row, "available", CatalogLoader::bool);
      }
      try {
        items.add(
            new CatalogItem(
                id,
                category,
                row.text("description"),
                row.optionalNonNegative("vcpus"),
                row.optionalNonNegative("memory_gb"),
                row.optionalNonNegative("disk_gb"),
                row.optionalNonNegative("transfer_tb"),
                row.text("unit"),
                period,
                price,
                available,
                Loaders.provenance(row)));
      } catch (IllegalArgumentException e) {
        throw row.error(category == Category.DROPLET ? "vcpus" : "item", e.getMessage());
      }
    }
    if (items.isEmpty()) {
      throw new DataException(file, 2, null, "the catalog has no items");
    }
    return Catalog.of(file.getFileName().toString(), items);
  }

  /** Several catalogs laid over each other in order: a later file's item replaces an earlier one's. */
  public static Catalog read(List<Path> files) {
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no catalog file given");
    }
    Catalog result = null;
    for (var f : files) {
      var c = read(f);
      result = result == null ? c : result.overlaidWith(c);
    }
    return result;
  }

  private static boolean bool(String s) {
    return switch (s.toLowerCase(java.util.Locale.ROOT)) {
      case "true", "yes" -> true;
      case "false", "no" -> false;
      default -> throw new IllegalArgumentException("is '" + s + "'; true or false is needed");
    };
  }
}
