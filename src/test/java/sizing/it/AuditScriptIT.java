package sizing.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./jbang audit} run as a user runs it: real JBang, real JVM, real exit codes. */
class AuditScriptIT {
  static final ObjectMapper JSON = new ObjectMapper();

  static long claimsInDataFile() throws IOException {
    // data lines: neither blank nor a # comment, less the header
    return Files.readAllLines(Scripts.REPO.resolve("data/audit/claims.csv")).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#")).count() - 1;
  }

  @Test
  void withNoArgumentsPrintsOneRowPerClaimAndTheSummaryAndExitsZeroThoughClaimsFail() throws IOException {
    var run = Scripts.jbang("audit", "--wide"); // every column, the section and the reason too, one line a claim
    assertThat(run.exit()).as(run.err()).isZero();
    // guide §Recommended: Production Small Business: heading $240/month, items total $298/month
    assertThat(run.out()).containsPattern("rs-heading\\s+does not hold\\s+Recommended: Production Small Business\\s+\\$240\\s+\\$298\\.00\\s+\\+\\$58\\.00");
    assertThat(run.out()).containsPattern("s1-ram\\s+holds");
    assertThat(run.out()).containsPattern("s1-ssd\\s+cannot be checked");
    assertThat(run.out()).contains("of " + claimsInDataFile() + " claims hold");
    // the guide's $84 Premium Intel droplet against DigitalOcean's size list of 2026-08-21: s-4vcpu-8gb-intel $56, c-4 $84
    assertThat(run.out()).containsPattern("s1-price\\s+does not hold\\s+Scenario 1: POV/Demo Environment\\s+\\$84\\s+\\$56\\.00");
    assertThat(run.out()).contains("The guide's droplets against DigitalOcean's published droplets (do-published.csv)",
        "s-4vcpu-8gb-intel as c-4");
  }

  @Test
  void jsonHasEveryClaimWithItsVerdictAndTheSummaryCounts() throws IOException {
    var run = Scripts.jbang("audit", "--format", "json");
    assertThat(run.exit()).as(run.err()).isZero();
    var o = JSON.readTree(run.out());
    assertThat(o.get("claims")).hasSize((int) claimsInDataFile());
    var s = o.get("summary");
    assertThat(s.get("holds").asInt() + s.get("does_not_hold").asInt() + s.get("cannot_be_checked").asInt())
        .isEqualTo(s.get("claims").asInt());
    for (var c : o.get("claims")) {
      assertThat(c.get("verdict").asText()).isIn("holds", "does not hold", "cannot be checked");
      assertThat(c.get("why").asText()).isNotBlank();
    }
  }

  @Test
  void csvHasTheNumbers() {
    var run = Scripts.jbang("audit", "--format", "csv");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out().lines().findFirst().orElseThrow())
        .startsWith("id,section,claim,guide,workbook,difference,verdict,why,guide_low,guide_high,workbook_low,workbook_high");
  }

  @Test
  void badClaimsFileIsOneLineNamingFileLineAndFieldWithExitTwo(@TempDir Path dir) throws IOException {
    var good = Files.readAllLines(Scripts.REPO.resolve("data/audit/claims.csv")).stream()
        .filter(l -> !l.startsWith("#")).toList();
    var bad = new java.util.ArrayList<>(good.subList(0, 3));
    bad.set(2, bad.get(2).replaceFirst(",(total|published),", ",sum,"));
    var file = dir.resolve("claims.csv");
    Files.write(file, bad);
    var run = Scripts.jbang("audit", "--claims", file.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().strip()).startsWith("audit: " + file + ":3: field 'check': unknown check 'sum'").doesNotContain("\n");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void helpListsEveryOption() {
    var run = Scripts.jbang("audit", "--help");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("--claims", "--prices", "--format");
  }
}
