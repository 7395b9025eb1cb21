package sizing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import sizing.data.Workbook;
import sizing.model.Deployment;

/**
 * {@code jbang size} says what to change when a deployment fails a configuration check, and what it
 * then carries. Reference: the guide's Option B, enterprise-multi ($432/month in the guide's
 * §Scenario 3), whose two pools of 20 + 40 connections exceed max_connections = 100; the expected
 * capacity after the fix is the model's own capacity with the fixed pool, not a typed figure.
 */
class SizeFixesTest {
  static final Workbook WB = Workbook.load();

  static String size(String scenario, OutputFormat format) {
    return SizeJob.run(new SizeJob.Request(scenario, false, "on-demand", List.<Path>of(), format), WB);
  }

  @Test
  void jsonOfAPlanThatFailsAConfigurationCheckHasAFixThatCarriesUsers() throws Exception {
    var json = CostJson.MAPPER.readTree(size("enterprise-multi", OutputFormat.json));
    assertThat(json.get("capacity_users").asInt()).isZero();
    assertThat(json.get("bottleneck").asText()).isEqualTo("db_connection_limit");
    var fixes = json.get("fixes");
    assertThat(fixes).hasSize(1);
    var fix = fixes.get(0);
    var d = Deployment.of(WB.scenarios().get("enterprise-multi").plan(), WB.catalog());
    int expected = WB.model().fixes(d).get(0).model().capacity(d);
    assertThat(fix.get("capacity_users_after").asInt()).isEqualTo(expected).isPositive();
    assertThat(fix.get("monthly_usd_after").asDouble()).isEqualTo(json.get("monthly_usd").asDouble());
    assertThat(fix.get("change").asText()).contains("48 per backend");
    assertThat(fix.get("fixes_check").asText()).isEqualTo("db_connection_limit");
  }

  @Test
  void jsonOfAPlanThatPassesEveryCheckHasAnEmptyFixList() throws Exception {
    var json = CostJson.MAPPER.readTree(size("enterprise-managed", OutputFormat.json));
    assertThat(json.get("fixes")).isEmpty();
  }

  @Test
  void textBesideAZeroCapacitySaysWhyAndTheFix() {
    var text = size(null, OutputFormat.table);
    assertThat(text).contains("enterprise-multi carries 0 users: db_connection_limit 120 connections above the limit of 97 connections")
        .contains("fix: a connection pool (pool_size + max_overflow) of at most 48 per backend instead of 60")
        .contains("pov-basic carries 0 users: backend_memory");
    assertThat(size("enterprise-multi", OutputFormat.md)).contains("fix: a connection pool");
  }
}
