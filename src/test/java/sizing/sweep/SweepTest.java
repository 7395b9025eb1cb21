package sizing.sweep;

import sizing.model.WorkloadParameter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import sizing.data.Workbook;
import sizing.plan.Optimizer;
import sizing.plan.PlanGenerator;
import sizing.plan.Pricing;
import tech.tablesaw.api.Table;

/** Sweeps judge every combination as the optimizer would, one row per combination (pick) or per plan (all). */
class SweepTest {
  /** The guide's prices alone: a plan space brute force can check the engine against. */
  static final Workbook WB = Workbook.loadGuidePriced();
  /** Plans with up to two backends: every family, small enough to compare with the optimizer row by row. */
  static final Baseline BASE = Baseline.of(WB).withMaxBackends(2);
  /** Every plan the engine chooses among, for brute force. */
  static final java.util.List<sizing.model.Plan> ALL = PlanGenerator.generate(WB.catalog(), 2);

  static Axis axis(String name, String text) {
    return Axis.parse("--vary " + name, name, text, BASE);
  }

  @Property(tries = 15)
  void thePickAtEachUsersValueIsTheOptimizersCheapestPlan(
      @ForAll @IntRange(min = 1, max = 300) int from, @ForAll @IntRange(min = 1, max = 40) int step,
      @ForAll @DoubleRange(min = 1.5, max = 3) double cpuSeconds) {
    var base = BASE.withModel(BASE.model().withWorkload(BASE.model().workload().with(WorkloadParameter.BACKEND_CPU, cpuSeconds)));
    var users = Axis.parse("--users", Axis.USERS, from + ".." + (from + 5 * step) + ":" + step, base);
    var t = Sweep.run(base, List.of(users), Sweep.Mode.PICK, Progress.NONE);
    assertThat(t.rowCount()).isEqualTo(users.size());
    for (int r = 0; r < t.rowCount(); r++) {
      double n = t.doubleColumn(Axis.USERS).get(r);
      var expected = Optimizer.cheapest(ALL, base.pricing(), n);
      assertThat(t.stringColumn("plan").get(r)).isEqualTo(expected.map(x -> x.name()).orElse(Sweep.NONE));
      if (expected.isPresent()) {
        var e = expected.get();
        assertThat(t.doubleColumn("monthly_usd").get(r)).isEqualTo(e.monthlyUsd());
        assertThat(t.doubleColumn("capacity_users").get(r)).isEqualTo(e.capacityUsers());
        assertThat(t.doubleColumn("p95_seconds").get(r)).isEqualTo(e.evaluation().p95Seconds());
        assertThat(t.stringColumn("bottleneck").get(r)).isEqualTo(e.evaluation().bottleneckId());
        assertThat(t.doubleColumn("total_monthly_usd").get(r)).isEqualTo(e.totalMonthlyUsd());
        assertThat(t.booleanColumn("feasible").get(r)).isTrue();
      }
    }
  }

  @Test
  void theColumnsAreTheVariedParametersThenTheResults() {
    var t = Sweep.run(BASE, List.of(axis(Axis.USERS, "50,100"), axis(Axis.LLM_MODEL, "gpt-4,gpt-4o"),
        axis(Axis.TERM, "on-demand,1y"), axis(Axis.PRICE_MULTIPLIER, "1,1.5")), Sweep.Mode.PICK, Progress.NONE);
    var expected = new ArrayList<>(List.of(Axis.USERS, Axis.LLM_MODEL, Axis.PRICE_MULTIPLIER));
    expected.addAll(Sweep.RESULT_COLUMNS);
    assertThat(t.columnNames()).containsExactlyElementsOf(expected);
    assertThat(t.rowCount()).isEqualTo(2 * 2 * 2 * 2);
  }

  @Test
  void llmTermAndPriceMultiplierPicksAreTheOptimizersUnderThoseSettings() {
    var t = Sweep.run(BASE, List.of(axis(Axis.LLM_MODEL, "gpt-4,gpt-4o-mini"), axis(Axis.TERM, "on-demand,2y"),
        axis(Axis.PRICE_MULTIPLIER, "0.5,2"), axis(Axis.USERS, "30,150")), Sweep.Mode.PICK, Progress.NONE);
    for (int i = 0; i < t.rowCount(); i++) {
      final int r = i;
      var model = BASE.model().withLlm(WB.llmModels().get(t.stringColumn(Axis.LLM_MODEL).get(r)));
      var term = WB.terms().get(t.stringColumn(Axis.TERM).get(r));
      var catalog = WB.catalog().withPricesTimes(t.doubleColumn(Axis.PRICE_MULTIPLIER).get(r));
      double users = t.doubleColumn(Axis.USERS).get(r);
      var expected = Optimizer.cheapest(ALL, new Pricing(catalog, term, model), users);
      assertThat(t.stringColumn("plan").get(r)).isEqualTo(expected.map(x -> x.name()).orElse(Sweep.NONE));
      expected.ifPresent(e -> {
        assertThat(t.doubleColumn("monthly_usd").get(r)).isEqualTo(e.monthlyUsd());
        assertThat(t.doubleColumn("llm_monthly_usd").get(r)).isEqualTo(e.evaluation().llmMonthlyUsd());
      });
    }
  }

  @Test
  void goalParametersChangeWhatIsFeasibleAsTheOptimizerSays() {
    var t = Sweep.run(BASE, List.of(axis(Axis.AVAILABILITY_GOAL, "99,99.9"), axis(Axis.P95_GOAL, "18,30"),
        axis(Axis.USERS, "80")), Sweep.Mode.PICK, Progress.NONE);
    for (int r = 0; r < t.rowCount(); r++) {
      var goals = BASE.model().goals().withAvailability(t.doubleColumn(Axis.AVAILABILITY_GOAL).get(r))
          .withP95(t.doubleColumn(Axis.P95_GOAL).get(r));
      var expected = Optimizer.cheapest(ALL, new Pricing(WB.catalog(), BASE.term(), BASE.model().withGoals(goals)), 80);
      assertThat(t.stringColumn("plan").get(r)).isEqualTo(expected.map(x -> x.name()).orElse(Sweep.NONE));
    }
  }

  @Test
  void whenNoPlanMeetsTheGoalsThePickIsNoneWithNaNFigures() {
    var cheapestHosting = BASE.candidates().plans().stream()
        .mapToDouble(p -> sizing.model.CostModel.price(p, WB.catalog(), BASE.term()).monthlyUsd()).min().orElseThrow();
    var t = Sweep.run(BASE, List.of(axis(Axis.BUDGET_GOAL, Double.toString(cheapestHosting / 2))), Sweep.Mode.PICK, Progress.NONE);
    assertThat(t.rowCount()).isOne();
    assertThat(t.stringColumn("plan").get(0)).isEqualTo(Sweep.NONE);
    assertThat(t.booleanColumn("feasible").get(0)).isFalse();
    for (var c : List.of("monthly_usd", "capacity_users", "p95_seconds", "availability_pct", "llm_monthly_usd", "total_monthly_usd")) {
      assertThat(t.doubleColumn(c).getDouble(0)).as(c).isNaN();
    }
  }

  @Test
  void allModeHasOneRowPerPlanAndJudgesEachAsTheOptimizerDoes() {
    var t = Sweep.run(BASE, List.of(axis(Axis.USERS, "20,120")), Sweep.Mode.ALL, Progress.NONE);
    int plans = BASE.candidates().size();
    assertThat(t.rowCount()).isEqualTo(2 * plans);
    for (int r = 0; r < t.rowCount(); r += 37) {
      var plan = BASE.candidates().plan(BASE.candidates().indexOf(t.stringColumn("plan").get(r)));
      var judged = Optimizer.judge(plan, BASE.pricing(), t.doubleColumn(Axis.USERS).get(r));
      assertThat(t.booleanColumn("feasible").get(r)).as(plan.name()).isEqualTo(judged.feasible());
      assertThat(t.doubleColumn("capacity_users").get(r)).isEqualTo(judged.capacityUsers());
      assertThat(t.doubleColumn("p95_seconds").get(r)).isEqualTo(judged.evaluation().p95Seconds());
      assertThat(t.stringColumn("bottleneck").get(r)).isEqualTo(judged.evaluation().bottleneckId());
      assertThat(t.doubleColumn("availability_pct").get(r)).isEqualTo(100 * judged.evaluation().availability());
    }
  }

  @Test
  void theFirstFeasiblePlanOfEachAllModeCombinationIsThePick() {
    var users = axis(Axis.USERS, "10..200:38");
    var all = Sweep.run(BASE, List.of(users), Sweep.Mode.ALL, Progress.NONE);
    var pick = Sweep.run(BASE, List.of(users), Sweep.Mode.PICK, Progress.NONE);
    for (int r = 0; r < pick.rowCount(); r++) {
      double n = pick.doubleColumn(Axis.USERS).get(r);
      Table rows = all.where(all.doubleColumn(Axis.USERS).isEqualTo(n).and(all.booleanColumn("feasible").isTrue()));
      assertThat(rows.rowCount() == 0 ? Sweep.NONE : rows.stringColumn("plan").get(0)).isEqualTo(pick.stringColumn("plan").get(r));
    }
  }

  @Test
  void theProgressIsToldEveryCombinationUpToTheTotal() {
    var seen = new ArrayList<long[]>();
    Sweep.run(BASE, List.of(axis(Axis.USERS, "10..50:10"), axis(Axis.TERM, "on-demand,1y")), Sweep.Mode.PICK,
        (done, total) -> seen.add(new long[] {done, total}));
    assertThat(seen.get(seen.size() - 1)[0]).isEqualTo(seen.get(0)[1]).isEqualTo(5 * 2);
  }

  @Test
  void anUnknownParameterListsTheValidNames() {
    assertThatThrownBy(() -> axis("users", "10"))
        .hasMessageStartingWith("--vary users: unknown parameter 'users' (valid: ")
        .satisfies(e -> assertThat(e.getMessage()).contains(Axis.names(BASE)));
  }

  @Test
  void badValuesAreRejectedWhenTheAxisIsParsed() {
    assertThatThrownBy(() -> axis(Axis.USERS, "0,10")).hasMessageStartingWith("--vary concurrent_users: ");
    assertThatThrownBy(() -> axis(Axis.LLM_MODEL, "gpt-5")).hasMessageStartingWith("--vary llm_model: unknown LLM model 'gpt-5'");
    assertThatThrownBy(() -> axis(Axis.TERM, "3y")).hasMessageStartingWith("--vary term: unknown term '3y'");
    assertThatThrownBy(() -> axis(Axis.PRICE_MULTIPLIER, "0")).hasMessageStartingWith("--vary price_multiplier: ");
    assertThatThrownBy(() -> axis(Axis.AVAILABILITY_GOAL, "100")).hasMessageStartingWith("--vary availability_pct_goal: ");
    assertThatThrownBy(() -> axis(WorkloadParameter.RATE.id(), "0..2:1"))
        .hasMessageStartingWith("--vary requests_per_user_per_minute: ");
  }

  @Property(tries = 200)
  void carriesAgreesWithMeetsGoalsAtWholeAndFractionalUsers(
      @ForAll @IntRange(min = 0, max = 10_000) int plan, @ForAll @DoubleRange(min = 0.01, max = 600) double users) {
    var d = BASE.candidates().deployment(plan % BASE.candidates().size());
    var c = BASE.model().compile(d);
    assertThat(c.carries(users)).isEqualTo(c.meetsGoals(users));
    assertThat(c.carries(Math.rint(users))).isEqualTo(BASE.model().meetsGoals(d, Math.rint(users)));
  }
}
