package sizing.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;

/**
 * {@code prices import} writes only what the workbook's own catalog reader reads back: for any size
 * list, with any slug or description (quotes, commas, formula starts, control characters, any
 * Unicode) and any numbers (zero, negative, tiny, huge), the import either fails with one {@link
 * DataException} or its catalog, written by {@link CatalogWriter} and read by {@link
 * CatalogLoader}, holds exactly the items imported.
 */
class PricesImportRoundTripTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final LocalDate AS_OF = LocalDate.of(2025, 11, 7);

  final Path dir;

  PricesImportRoundTripTest() throws IOException {
    dir = Files.createTempDirectory("round-trip");
  }

  @AfterProperty
  void removeFiles() throws IOException {
    try (var s = Files.walk(dir)) {
      for (var p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  record Size(String slug, Double memory, Double vcpus, Double disk, Double price, Double transfer, String description,
      Boolean available) {}

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(10),
        Arbitraries.strings().withChars("=+-@#\"', \t\r\n;'aZ0.\u00e9\u00a0\u2028\uFEFF").ofMaxLength(8),
        Arbitraries.of("s-1vcpu-2gb", "=cmd|' /C calc'!A0", "#comment", " padded ", "a,b", "\"q\"", "'=x", "-1", "@x"));
  }

  @Provide
  Arbitrary<Double> numbers() {
    return Arbitraries.oneOf(
        Arbitraries.doubles().between(-10, 1e7),
        Arbitraries.integers().between(0, 100_000).map(Integer::doubleValue),
        Arbitraries.of(0.0, -0.0, 1e-300, Double.MIN_VALUE, 1e308, 1.5, 1024.0, 999_999.99, 1_000_000.01, 1e12, 1e15));
  }

  @Provide
  Arbitrary<List<Size>> sizes() {
    var size = Combinators.combine(texts(), numbers().injectNull(0.05), numbers().injectNull(0.05), numbers().injectNull(0.05),
            numbers().injectNull(0.05), numbers().injectNull(0.3), texts().injectNull(0.3), Arbitraries.of(true, false).injectNull(0.3))
        .as(Size::new);
    return size.list().ofMinSize(1).ofMaxSize(4);
  }

  @Property(tries = 500)
  void anImportedCatalogReadsBackItemForItem(@ForAll("sizes") List<Size> sizes) throws IOException {
    var root = JSON.createObjectNode();
    var array = root.putArray("sizes");
    for (var s : sizes) {
      var o = array.addObject();
      o.put("slug", s.slug());
      put(o, "memory", s.memory());
      put(o, "vcpus", s.vcpus());
      put(o, "disk", s.disk());
      put(o, "price_monthly", s.price());
      put(o, "transfer", s.transfer());
      if (s.description() != null) {
        o.put("description", s.description());
      }
      if (s.available() != null) {
        o.put("available", s.available());
      }
    }
    var file = dir.resolve("sizes.json");
    // escaped to ASCII, so any string (a lone surrogate too) reaches the importer as a JSON file can hold it
    Files.writeString(file, JSON.writer().with(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII).writeValueAsString(root));
    DropletSizes.Import imported;
    try {
      imported = DropletSizes.read(file, AS_OF);
    } catch (DataException e) {
      assertThat(e.getMessage()).startsWith(file + ": $").doesNotContain("\n");
      return;
    }
    var catalog = dir.resolve("catalog.csv");
    Files.writeString(catalog, CatalogWriter.csv(imported.catalog().all()));
    var back = CatalogLoader.read(catalog);
    assertThat(back.all()).containsExactlyElementsOf(imported.catalog().all());
  }

  private static void put(com.fasterxml.jackson.databind.node.ObjectNode o, String field, Double v) {
    if (v != null) {
      o.put(field, v);
    }
  }
}
