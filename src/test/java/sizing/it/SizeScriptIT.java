package sizing.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sizing.TestFiles;

/** {@code ./jbang size} run as a user runs it: real JBang, real JVM, real exit codes. */
class SizeScriptIT {
  static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void withNoArgumentsPrintsEveryGuideScenarioWithItsMonthlyTotal() {
    var run = Scripts.jbang("size");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("pov ", "pov-basic", "small-managed", "enterprise-multi", "enterprise-managed", "budget-enterprise");
    // guide §Recommended: Production Enterprise, Total: $493/month
    assertThat(run.out()).containsPattern("enterprise-managed\\s+493\\.00");
  }

  @Test
  void scenarioJsonHasThePlanFields() throws IOException {
    var run = Scripts.jbang("size", "--scenario", "small-managed", "--format", "json");
    assertThat(run.exit()).as(run.err()).isZero();
    var o = JSON.readTree(run.out());
    assertThat(o.get("plan").asText()).isEqualTo("small-managed");
    assertThat(o.get("term").asText()).isEqualTo("on-demand");
    // guide §Recommended: Production Small Business, Total: $298/month
    assertThat(o.get("monthly_usd").asDouble()).isEqualTo(298.0);
    assertThat(o.get("items")).hasSize(3);
    for (var field : new String[] {"item", "category", "quantity", "unit_monthly_usd", "monthly_usd"}) {
      assertThat(o.get("items").get(0).has(field)).as(field).isTrue();
    }
    for (var field : new String[] {"capacity_users", "bottleneck", "p95_seconds", "availability", "llm_monthly_usd", "utilisation"}) {
      assertThat(o.has(field)).as(field).isTrue();
    }
  }

  @Test
  void scenarioAtFortyUsersHasATraceFromWhichItsP95IsRecomputed() throws IOException {
    var run = Scripts.jbang("size", "--scenario", "small-managed", "--users", "40", "--format", "json");
    assertThat(run.exit()).as(run.err()).isZero();
    var o = JSON.readTree(run.out());
    var trace = o.get("trace");
    // the test's own quadrature over the trace's figures alone (SizeTraceTest's class comment)
    assertThat(sizing.cli.SizeTraceTest.quantile(trace, 0.95))
        .isCloseTo(trace.get("response_p95_seconds").asDouble(), org.assertj.core.api.Assertions.within(1e-4));
    assertThat(o.get("p95_seconds").asDouble()).isCloseTo(trace.get("response_p95_seconds").asDouble(),
        org.assertj.core.api.Assertions.within(1e-4));
    assertThat(o.get("capacity_basis").asText()).contains("guide's own estimates");
  }

  @Test
  void oneYearTermSaysItIsTheGuidesAssumption() {
    var run = Scripts.jbang("size", "--scenario", "small", "--term", "1y");
    assertThat(run.exit()).isZero();
    // guide §Cost Optimization Strategies 4: $168/month droplet, 1 Year Reserved ~$151/month (10% off)
    assertThat(run.out()).contains("monthly $151.20").contains("guide's assumption");
  }

  @Test
  void goalDrivenRunPrintsDemandRecommendedAlternativesAndRejected() throws IOException {
    var run = Scripts.jbang("size", "--users", "120", "--uptime", "99.5", "--format", "json");
    assertThat(run.exit()).as(run.err()).isZero();
    var o = JSON.readTree(run.out());
    assertThat(o.get("demand").get("users").asDouble()).isEqualTo(120);
    assertThat(o.get("recommended").get("capacity_users").asInt()).isGreaterThanOrEqualTo(120);
    assertThat(o.has("alternatives")).isTrue();
    assertThat(o.has("rejected")).isTrue();
  }

  @Test
  void unknownTermIsOneLineWithTheValidChoicesAndExitTwo() {
    var run = Scripts.jbang("size", "--term", "3y");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().strip()).isEqualTo("size: --term: unknown value '3y' (valid: on-demand, 1y, 2y)");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void unknownScenarioIsOneLineWithTheValidChoicesAndExitTwo() {
    var run = Scripts.jbang("size", "--scenario", "huge");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().strip()).startsWith("size: --scenario: unknown value 'huge' (valid: pov, pov-basic,").doesNotContain("\n");
  }

  @Test
  void misspeltServiceInTheStackDataIsOneLineWithTheValidValuesAndExitTwo(@TempDir Path dir) throws IOException {
    TestFiles.copyTree(Scripts.REPO.resolve("data"), dir);
    var shares = dir.resolve("stack/host-shares.csv");
    Files.writeString(shares, Files.readString(shares).replace("all-in-one,backend,", "all-in-one,backnd,"));
    var run = Scripts.jbangWithData(dir, "size");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().strip()).isEqualTo("size: " + shares
        + ":2: field 'service': unknown service 'backnd' (valid: backend, postgres, frontend, chromadb, system)");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void badPriceFileNamesFileLineAndFieldWithExitTwo(@TempDir Path dir) throws IOException {
    var good = Files.readAllLines(Scripts.REPO.resolve("data/prices/guide-catalog.csv"));
    var bad = new java.util.ArrayList<>(good);
    bad.set(3, bad.get(3).replace(",168,", ",-168,"));
    var file = dir.resolve("prices.csv");
    Files.write(file, bad);
    var run = Scripts.jbang("size", "--prices", file.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().strip()).isEqualTo("size: " + file + ":4: field 'price_usd': is -168; it must not be negative");
  }

  @Test
  void impossibleP95IsRejectedWithExitTwo() {
    var run = Scripts.jbang("size", "--users", "10", "--p95", "2");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().strip()).startsWith("size: --p95: 2.00 s is impossible").doesNotContain("Exception");
  }

  @Test
  void helpListsEveryOption() {
    var run = Scripts.jbang("size", "--help");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("--scenario", "--list-scenarios", "--term", "--prices", "--format", "--users", "--p95",
        "--uptime", "--budget", "--workload", "--llm", "--top");
  }
}
