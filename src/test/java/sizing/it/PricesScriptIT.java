package sizing.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./jbang prices import} and {@code ./jbang prices diff} run as a user runs them. The size
 * lists are test fixtures (src/test/resources/sizing/do-sizes) with invented prices.
 */
class PricesScriptIT {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Path FIXTURES = Scripts.REPO.resolve("src/test/resources/sizing/do-sizes");
  static final String GUIDE = "data/prices/guide-catalog.csv";

  @Test
  void importedApiSizeListIsACatalogThatSizeLaysOverTheGuides(@TempDir Path dir) throws IOException {
    var out = dir.resolve("imported.csv");
    var run = Scripts.jbang("prices", "import", FIXTURES.resolve("api-sizes.fixture.json").toString(), "--out", out.toString(),
        "--as-of", "2025-11-07");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("wrote 5 droplet sizes (1 marked unavailable)")
        .contains("1 item of api-sizes.fixture.json is not available and left out of recommendations: s-1vcpu-512mb-10gb.");
    assertThat(Files.readAllLines(out).get(0)).endsWith(",source,as_of,available");

    var size = Scripts.jbang("size", "--prices", GUIDE, "--prices", out.toString(), "--scenario", "pov", "--format", "json");
    assertThat(size.exit()).as(size.err()).isZero();
    var o = JSON.readTree(size.out());
    // the fixture's s-4vcpu-8gb-intel costs 70, the guide's 84
    assertThat(o.get("monthly_usd").asDouble()).isEqualTo(70.0);
    assertThat(o.get("items").get(0).get("source").asText()).isEqualTo("api-sizes.fixture.json: DigitalOcean API GET /v2/sizes response");
    assertThat(o.get("items").get(0).get("as_of").asText()).isEqualTo("2025-11-07");
  }

  @Test
  void doctlArrayGoesToStandardOutputWithoutOut() {
    var run = Scripts.jbang("prices", "import", FIXTURES.resolve("doctl-sizes.fixture.json").toString(), "--as-of", "2025-11-07");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("item,category,description,vcpus,memory_gb,disk_gb,transfer_tb,unit,period,price_usd,source,as_of,available\n")
        .contains("s-2vcpu-4gb,droplet,Basic droplet 2 vCPU / 4 GB / 80 GB disk,2,4,80,4,droplet,month,22,"
            + "doctl-sizes.fixture.json: doctl compute size list --output json,2025-11-07,true");
  }

  @Test
  void negativePriceIsOneLineWithTheJsonPathExitTwoAndNothingWritten(@TempDir Path dir) throws IOException {
    var text = Files.readString(FIXTURES.resolve("api-sizes.fixture.json")).replace("\"price_monthly\": 63,", "\"price_monthly\": -63,");
    var sizes = dir.resolve("sizes.json");
    Files.writeString(sizes, text);
    var out = dir.resolve("catalog.csv");
    Files.writeString(out, "keep me\n");
    var run = Scripts.jbang("prices", "import", sizes.toString(), "--out", out.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().strip()).isEqualTo("prices import: " + sizes + ": $.sizes[4].price_monthly: must not be negative");
    assertThat(Files.readString(out)).isEqualTo("keep me\n");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("sizes.json", "catalog.csv");
    }
  }

  @Test
  void malformedJsonAndAnEmptyListAreRejectedWithExitTwo(@TempDir Path dir) throws IOException {
    var bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"sizes\": [ {\"slug\": \"a\", ");
    var out = dir.resolve("catalog.csv");
    var run = Scripts.jbang("prices", "import", bad.toString(), "--out", out.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().strip()).startsWith("prices import: " + bad + ": $.sizes[0]").contains("malformed JSON").doesNotContain("\n");
    assertThat(out).doesNotExist();

    var empty = dir.resolve("empty.json");
    Files.writeString(empty, "{\"sizes\": [], \"links\": {}, \"meta\": {\"total\": 0}}");
    var run2 = Scripts.jbang("prices", "import", empty.toString(), "--out", out.toString());
    assertThat(run2.exit()).isEqualTo(2);
    assertThat(run2.err().strip()).isEqualTo("prices import: " + empty + ": $.sizes: the size list is empty");
    assertThat(out).doesNotExist();
  }

  @Test
  void diffListsChangedPricesAndSaysPerDeploymentWhatTheOtherCatalogLacks() {
    var run = Scripts.jbang("prices", "diff", GUIDE, "data/prices/do-published.csv");
    assertThat(run.exit()).as(run.err()).isZero();
    // the guide's Basic droplet at $48, DigitalOcean's published $24 (API size list of 2026-08-21)
    assertThat(run.out()).containsPattern("s-2vcpu-4gb\\s+droplet\\s+48\\.00\\s+24\\.00\\s+-24\\.00");
    assertThat(run.out()).containsPattern("pov-basic\\s+48\\.00\\s+24\\.00\\s+-24\\.00");
    assertThat(run.out()).containsPattern("enterprise-single\\s+336\\.00\\s+-\\s+-\\s+do-published\\.csv lacks s-16vcpu-32gb-intel");
  }

  @Test
  void overlaidDiffPricesEveryDeploymentInJson(@TempDir Path dir) throws IOException {
    var imported = dir.resolve("imported.csv");
    assertThat(Scripts.jbang("prices", "import", FIXTURES.resolve("api-sizes.fixture.json").toString(), "--out",
        imported.toString(), "--as-of", "2025-11-07").exit()).isZero();
    var run = Scripts.jbang("prices", "diff", GUIDE, imported.toString(), "--overlay", "--format", "json");
    assertThat(run.exit()).as(run.err()).isZero();
    var o = JSON.readTree(run.out());
    assertThat(o.get("overlay").asBoolean()).isTrue();
    for (var s : o.get("scenarios")) {
      assertThat(s.get("b_monthly_usd").isNumber()).as(s.toString()).isTrue();
    }
    var enterprise = o.get("scenarios").findParents("scenario").stream()
        .filter(s -> s.get("scenario").asText().equals("enterprise-managed")).findFirst().orElseThrow();
    // two 16 GB backends at the fixture's 140 instead of the guide's 168
    assertThat(enterprise.get("difference_usd").asDouble()).isEqualTo(-56.0);
  }

  @Test
  void badCatalogInDiffAndAMissingSubcommandExitTwo(@TempDir Path dir) throws IOException {
    var bad = dir.resolve("bad.csv");
    Files.writeString(bad, "item,category\n");
    var run = Scripts.jbang("prices", "diff", GUIDE, bad.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().strip()).startsWith("prices diff: " + bad + ":1: field 'description': missing column");
    var none = Scripts.jbang("prices");
    assertThat(none.exit()).isEqualTo(2);
    assertThat(none.err().strip()).isEqualTo("prices: Missing a subcommand: import or diff (see prices --help)");
  }

  @Test
  void helpListsTheSubcommandsAndTheirOptions() {
    assertThat(Scripts.jbang("prices", "--help").out()).contains("import", "diff");
    assertThat(Scripts.jbang("prices", "import", "--help").out()).contains("--out", "--as-of");
    assertThat(Scripts.jbang("prices", "diff", "--help").out()).contains("--overlay", "--format");
  }
}
