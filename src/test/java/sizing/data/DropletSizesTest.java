package sizing.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sizing.model.Category;

/**
 * DigitalOcean size lists in both published shapes (test fixtures under
 * src/test/resources/sizing/do-sizes, invented prices), written as catalogs the loader reads back,
 * and every bad input as one message naming the file and the JSON path.
 */
class DropletSizesTest {
  static final LocalDate AS_OF = LocalDate.of(2025, 11, 7);

  @TempDir Path dir;

  static Path fixture(String name) {
    try {
      return Path.of(DropletSizesTest.class.getResource("/sizing/do-sizes/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }

  Path write(String json) throws IOException {
    var p = dir.resolve("sizes.json");
    Files.writeString(p, json);
    return p;
  }

  static String size(String slug, String priceMonthly) {
    return "{\"slug\":\"" + slug + "\",\"memory\":2048,\"vcpus\":1,\"disk\":50,\"transfer\":2,\"price_monthly\":" + priceMonthly
        + ",\"available\":true}";
  }

  @Test
  void apiResponseBecomesDropletsWithMemoryInGigabytesAndUnavailableSizesMarked() {
    var imp = DropletSizes.read(fixture("api-sizes.fixture.json"), AS_OF);
    assertThat(imp.shape()).isEqualTo(DropletSizes.Shape.API);
    var c = imp.catalog();
    assertThat(c.all()).hasSize(5).allSatisfy(i -> {
      assertThat(i.category()).isEqualTo(Category.DROPLET);
      assertThat(i.provenance().source()).isEqualTo("api-sizes.fixture.json: DigitalOcean API GET /v2/sizes response");
      assertThat(i.provenance().asOf()).isEqualTo(AS_OF);
    });
    assertThat(c.item("s-1vcpu-512mb-10gb").memoryGb()).isEqualTo(0.5);
    assertThat(c.item("s-1vcpu-512mb-10gb").available()).isFalse();
    assertThat(imp.unavailable()).isEqualTo(1);
    var premium = c.item("s-4vcpu-8gb-intel");
    assertThat(premium.vcpus()).isEqualTo(4);
    assertThat(premium.memoryGb()).isEqualTo(8);
    assertThat(premium.diskGb()).isEqualTo(160);
    assertThat(premium.transferTb()).isEqualTo(5);
    assertThat(premium.priceUsd()).isEqualTo(70);
    assertThat(premium.description()).isEqualTo("Basic Intel droplet 4 vCPU / 8 GB / 160 GB disk");
  }

  @Test
  void doctlArrayIsReadTheSameWayAndSaysSo() {
    var imp = DropletSizes.read(fixture("doctl-sizes.fixture.json"), AS_OF);
    assertThat(imp.shape()).isEqualTo(DropletSizes.Shape.DOCTL);
    assertThat(imp.catalog().item("s-2vcpu-4gb").priceUsd()).isEqualTo(22);
    assertThat(imp.catalog().item("s-2vcpu-4gb").provenance().source()).endsWith("doctl compute size list --output json");
  }

  @Test
  void writtenCatalogReadsBackItemForItem() throws IOException {
    var imp = DropletSizes.read(fixture("api-sizes.fixture.json"), AS_OF);
    var file = dir.resolve("imported.csv");
    Files.writeString(file, CatalogWriter.csv(imp.catalog().all()));
    var back = CatalogLoader.read(file);
    assertThat(back.items().keySet()).containsExactlyElementsOf(imp.catalog().items().keySet());
    for (var i : imp.catalog().all()) {
      var j = back.item(i.id());
      assertThat(j).usingRecursiveComparison().isEqualTo(i);
    }
  }

  @Test
  void writerQuotesFieldsWithCommasAndLeavesUnstatedSizesEmpty() {
    var catalog = CatalogLoader.read(Workbook.guideCatalog(DataDir.locate()));
    var text = CatalogWriter.csv(catalog.all());
    assertThat(text).contains("s-1vcpu-2gb,droplet,Small ChromaDB droplet 1 vCPU / 2 GB (disk and transfer not stated),1,2,,,droplet,month,24,");
    assertThat(text).contains("\"guide §Scenario 1, Recommended Droplet: Premium Intel - $84/month\"");
  }

  @Test
  void malformedJsonNamesThePathAndTheLine() throws IOException {
    var f = write("{\"sizes\": [" + size("a", "1") + ",\n {\"slug\": \"b\", \"memory\": }]}");
    assertThatThrownBy(() -> DropletSizes.read(f, AS_OF)).isInstanceOf(DataException.class)
        .hasMessageStartingWith(f + ": $.sizes[1].memory: malformed JSON at line 2, column ");
  }

  @Test
  void negativePriceNamesTheSize() throws IOException {
    var f = write("{\"sizes\": [" + size("a", "1") + "," + size("b", "2") + "," + size("c", "3") + "," + size("d", "-4") + "]}");
    assertThatThrownBy(() -> DropletSizes.read(f, AS_OF)).hasMessage(f + ": $.sizes[3].price_monthly: must not be negative");
  }

  @Test
  void missingRequiredFieldIsNamed() throws IOException {
    var f = write("[" + size("a", "1").replace("\"vcpus\":1,", "") + "]");
    assertThatThrownBy(() -> DropletSizes.read(f, AS_OF)).hasMessage(f + ": $[0].vcpus: is missing; every size needs one");
  }

  @Test
  void priceAsTextIsNotANumber() throws IOException {
    var f = write("[" + size("a", "\"24.00\"") + "]");
    assertThatThrownBy(() -> DropletSizes.read(f, AS_OF))
        .hasMessage(f + ": $[0].price_monthly: must be a number, found the string \"24.00\"");
  }

  @Test
  void emptySizeListIsRejectedInBothShapes() throws IOException {
    var f = write("{\"sizes\": [], \"links\": {}, \"meta\": {\"total\": 0}}");
    assertThatThrownBy(() -> DropletSizes.read(f, AS_OF)).hasMessage(f + ": $.sizes: the size list is empty");
    var g = write("[]");
    assertThatThrownBy(() -> DropletSizes.read(g, AS_OF)).hasMessage(g + ": $: the size list is empty");
  }

  @Test
  void objectWithoutSizesSaysWhatWasExpected() throws IOException {
    var f = write("{\"droplets\": []}");
    assertThatThrownBy(() -> DropletSizes.read(f, AS_OF)).hasMessageStartingWith(f + ": $: has no \"sizes\" array");
  }

  @Test
  void duplicateSlugNamesBothPlaces() throws IOException {
    var f = write("[" + size("a", "1") + "," + size("a", "2") + "]");
    assertThatThrownBy(() -> DropletSizes.read(f, AS_OF)).hasMessage(f + ": $[1].slug: 'a' appears twice (first at $[0])");
  }

  @Test
  void aSizeOfferedInNoRegionIsUnavailableAndRecommendationsLeaveItOut() throws IOException {
    // DigitalOcean API reference, GET /v2/sizes: "regions": the region slugs where this size is available for Droplet creates
    var f = write("{\"sizes\": [" + size("gone", "4").replace("\"available\":true", "\"available\":false")
        + "," + size("nowhere", "1").replace("\"available\":true", "\"available\":true,\"regions\":[]")
        + "," + size("here", "12").replace("\"available\":true", "\"available\":true,\"regions\":[\"nyc1\"]")
        + "," + size("unstated", "24") + "]}");
    var imp = DropletSizes.read(f, AS_OF);
    assertThat(imp.unavailable()).isEqualTo(2);
    assertThat(imp.catalog().unavailable()).extracting(i -> i.id()).containsExactly("gone", "nowhere");
    assertThat(imp.catalog().item("here").available()).isTrue();
    assertThat(imp.catalog().item("unstated").available()).as("no regions field: the list does not say").isTrue();
    assertThat(imp.catalog().leftOutNote())
        .isEqualTo("2 items of sizes.json are not available and left out of recommendations: gone, nowhere.");
    var wb = Workbook.load();
    var engine = sizing.plan.DecisionEngine.of(wb.buying().overlaidWith(imp.catalog()), wb.terms().get("on-demand"), wb.model());
    assertThat(engine.candidates()).isNotEmpty().allSatisfy(c -> assertThat(c.plan().lines())
        .noneSatisfy(l -> assertThat(l.item()).isIn("gone", "nowhere")));
    var g = write("[" + size("a", "1").replace("\"available\":true", "\"regions\":\"nyc1\"") + "]");
    assertThatThrownBy(() -> DropletSizes.read(g, AS_OF))
        .hasMessage(g + ": $[0].regions: must be an array of region slugs, found the string \"nyc1\"");
  }

  @Test
  void zeroMemoryAndNonBooleanAvailabilityAreRejected() throws IOException {
    var f = write("[" + size("a", "1").replace("\"memory\":2048", "\"memory\":0") + "]");
    assertThatThrownBy(() -> DropletSizes.read(f, AS_OF)).hasMessage(f + ": $[0].memory: must be greater than zero");
    var g = write("[" + size("a", "1").replace("\"available\":true", "\"available\":\"yes\"") + "]");
    assertThatThrownBy(() -> DropletSizes.read(g, AS_OF))
        .hasMessage(g + ": $[0].available: must be true or false, found the string \"yes\"");
  }

  @Test
  void missingFileSaysSo() {
    var f = dir.resolve("nope.json");
    assertThatThrownBy(() -> DropletSizes.read(f, AS_OF)).hasMessage(f + ": no such file");
  }
}
