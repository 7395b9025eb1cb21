package sizing.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import sizing.data.Workbook;
import sizing.plan.DecisionEngine;

/**
 * The sweep's cheapest plan at a fractional number of users follows the engine's one tie rule
 * ({@link DecisionEngine#order}: cost, then most capacity, then name), checked against every
 * candidate judged directly.
 */
class MarketTest {
  static final Workbook WB = Workbook.load();
  static final DecisionEngine ENGINE = DecisionEngine.of(WB.buying(), WB.terms().get("on-demand"), WB.model());
  static final Market MARKET = new Market(ENGINE);

  @ParameterizedTest
  @ValueSource(doubles = {0.5, 10.5, 47.25, 60.5, 120.5, 173.9})
  void fractionalUsersGetTheFirstFeasiblePlanInTheEnginesOrder(double users) {
    var all = ENGINE.candidates();
    var expected = all.stream()
        .filter(c -> ENGINE.withinBudget(c) && ENGINE.availableEnough(c) && c.compiled().meetsGoals(users))
        .min(DecisionEngine.order(DecisionEngine.Candidate::monthlyUsd, DecisionEngine.Candidate::capacityUsers,
            DecisionEngine.Candidate::name));
    int i = MARKET.cheapest(users);
    assertThat(i < 0 ? null : all.get(i).name()).isEqualTo(expected.map(DecisionEngine.Candidate::name).orElse(null));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 10, 47, 60, 120, 173})
  void theEnginesSearchIsTheFirstFeasiblePlanInItsOrder(int users) {
    var scan = ENGINE.candidates().stream()
        .filter(c -> ENGINE.feasible(c, users))
        .min(DecisionEngine.order(DecisionEngine.Candidate::monthlyUsd, DecisionEngine.Candidate::capacityUsers,
            DecisionEngine.Candidate::name));
    assertThat(ENGINE.cheapest(users).map(DecisionEngine.Candidate::name)).isEqualTo(scan.map(DecisionEngine.Candidate::name));
  }
}
