package sizing.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import org.junit.jupiter.api.Test;
import sizing.data.Workbook;

/**
 * Database connections: the pools at their largest against what PostgreSQL accepts (a
 * configuration check), and the connections in use by Little's law against the pool goal.
 *
 * <p>References: the guide's pool of 20 + 40 = 60 connections per backend and max_connections = 100
 * (§Resource Characteristics, §Scenario 2 PostgreSQL Tuning); PostgreSQL's
 * superuser_reserved_connections default of 3 (PostgreSQL 16 docs, §20.3.1); the pool goal of 90%
 * (guide §Monitoring and Alerting); Little's law {@code L = lambda W} (Little 1961).
 */
class ConnectionsTest {
  static final Workbook WB = Workbook.load();

  static Deployment deployment(String scenario) {
    return Deployment.of(WB.scenarios().get(scenario).plan(), WB.catalog());
  }

  static SizingModel holding(double seconds) {
    var params = new LinkedHashMap<>(WB.workload().parameters());
    params.put(WorkloadParameter.DB_HOLD, new Parameter(WorkloadParameter.DB_HOLD, seconds, seconds, seconds, "seconds",
        new Provenance("test input: a session held across the whole request", LocalDate.of(2026, 11, 30))));
    return WB.model().withWorkload(new Workload(params));
  }

  @Test
  void poolsLargerThanMaxConnectionsLessReservedFailTheConfigurationCheck() {
    var c = WB.model().compile(deployment("enterprise-multi"));
    // 2 backends x 60 = 120 against 100 - 3 = 97
    assertThat(c.configuration()).singleElement().satisfies(v -> {
      assertThat(v.goal()).isEqualTo(Configuration.DB_CONNECTION_LIMIT);
      assertThat(v.value()).isEqualTo(120);
      assertThat(v.limit()).isEqualTo(97);
    });
    assertThat(c.capacity()).isZero();
    assertThat(c.bottleneck()).contains(Configuration.DB_CONNECTION_LIMIT);
  }

  @Test
  void poolsThatFitPassTheConfigurationCheck() {
    // one backend's 60 against 97 (self-hosted); two backends' 120 against db-s-4vcpu-8gb's 197
    assertThat(WB.model().compile(deployment("small")).configuration()).isEmpty();
    assertThat(WB.model().compile(deployment("enterprise-managed")).configuration()).isEmpty();
  }

  @Test
  void aPoolTooLargeIsFixedByTheLargestPoolThatFitsAndThePlanThenCarriesUsers() {
    var d = deployment("enterprise-multi");
    var fixes = WB.model().fixes(d);
    assertThat(fixes).singleElement().satisfies(f -> {
      // floor(97 / 2) = 48 per backend: 96 connections fit, 49 x 2 = 98 would not
      assertThat(f.model().stack().poolPerBackend()).isEqualTo(48);
      assertThat(f.change()).contains("48 per backend", "instead of 60");
      int expected = new SizingModel(WB.model().workload(), WB.model().goals(), WB.model().llm(),
          WB.model().stack().withPoolPerBackend(48)).capacity(d);
      assertThat(f.capacityUsersAfter()).isEqualTo(expected).isPositive();
      assertThat(f.model().compile(d).configuration()).isEmpty();
    });
  }

  @Test
  void aPlanThatPassesEveryCheckHasNoFix() {
    assertThat(WB.model().fixes(deployment("enterprise-managed"))).isEmpty();
  }

  @Test
  void connectionsInUseAreArrivalRateTimesHoldTime() {
    var c = WB.model().compile(deployment("small-managed"));
    // 40 users x 1.5 / 60 = 1 request/s; h = 10 queries x 0.002 s = 0.02 s
    assertThat(c.connectionsInUse(40)).isCloseTo(0.02, within(1e-12));
    assertThat(c.utilisation(Resource.DB_CONNECTIONS, 40)).isCloseTo(0.02 / 60, within(1e-12));
    var held = holding(60).compile(deployment("small-managed"));
    assertThat(held.connectionsInUse(40)).isCloseTo(60, within(1e-9));
  }

  @Test
  void connectionsInUseBindAtThePoolGoalOfNinetyPercent() {
    // a session held 60 s per request: lambda x 60 <= 0.9 x 60 gives lambda <= 0.9/s, N <= 0.9 x 60 / 1.5 = 36
    var model = holding(60);
    var d = deployment("small-managed");
    assertThat(model.goals().dbPoolMaxUtilisation()).isEqualTo(0.9);
    var c = model.compile(d);
    assertThat(c.capacity()).isEqualTo(36);
    assertThat(c.bottleneck()).contains(Resource.DB_CONNECTIONS);
    // the whole pool would allow N <= 60 / 1.5 = 40: the goal, not the pool size, binds
    var g = model.goals();
    var wholePool = model.withGoals(new Goals(g.p95Seconds(), g.availabilityPct(), g.cpuMaxUtilisation(),
        g.memoryMaxUtilisation(), g.budgetUsd(), 1));
    assertThat(wholePool.capacity(d)).isEqualTo(40);
  }
}
