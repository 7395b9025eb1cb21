package sizing.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import sizing.model.CatalogItem;

/**
 * Writes catalog items in the format {@link CatalogLoader} reads: the columns of {@link
 * CatalogLoader#COLUMNS} then {@code available}; numbers as plain decimals, empty where a size is
 * not stated; fields quoted as {@link CsvFile#field} does.
 */
public final class CatalogWriter {
  private CatalogWriter() {}

  /** The CSV text of {@code items}, header first, one line per item, each line ending in {@code \n}. */
  public static String csv(Collection<CatalogItem> items) {
    var sb = new StringBuilder();
    var header = new ArrayList<>(List.of(CatalogLoader.COLUMNS));
    header.add("available");
    sb.append(String.join(",", header)).append('\n');
    for (var i : items) {
      var fields = List.of(
          i.id(), i.category().id(), i.description(), number(i.vcpus()), number(i.memoryGb()), number(i.diskGb()),
          number(i.transferTb()), i.unit(), i.period().id(), number(i.priceUsd()), i.provenance().source(),
          i.provenance().asOf().toString(), Boolean.toString(i.available()));
      sb.append(String.join(",", fields.stream().map(CsvFile::field).toList())).append('\n');
    }
    return sb.toString();
  }

  static String number(double v) {
    if (Double.isNaN(v)) {
      return "";
    }
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }
}
