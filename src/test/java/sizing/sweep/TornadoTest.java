package sizing.sweep;

import sizing.model.WorkloadParameter;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import sizing.data.Workbook;
import sizing.plan.Optimizer;
import sizing.plan.PlanGenerator;

/** The tornado of the recommended plan: each input at its low and high end, rows by swing. */
class TornadoTest {
  /** The guide's prices alone: a plan space brute force can check the engine against. */
  static final Workbook WB = Workbook.loadGuidePriced();
  static final Baseline BASE = Baseline.of(WB).withMaxBackends(2).withUsers(40);
  /** Every plan the engine chooses among, for brute force. */
  static final java.util.List<sizing.model.Plan> ALL = PlanGenerator.generate(WB.catalog(), 2);

  @Test
  void everyUncertainInputHasOneRowPerOutputSortedBySwing() {
    var t = Tornado.run(BASE, true);
    assertThat(t.columnNames()).containsExactlyElementsOf(Tornado.COLUMNS);
    var inputs = MonteCarlo.uncertain(WB.workload(), true);
    for (var output : List.of(Tornado.CAPACITY, Tornado.TOTAL_COST)) {
      var rows = t.where(t.stringColumn("output").isEqualTo(output));
      assertThat(rows.stringColumn("parameter").asList())
          .containsExactlyInAnyOrderElementsOf(inputs.stream().map(p -> p.name()).toList());
      double previous = Double.POSITIVE_INFINITY;
      for (int r = 0; r < rows.rowCount(); r++) {
        double swing = Math.abs(rows.doubleColumn("output_high").get(r) - rows.doubleColumn("output_low").get(r));
        assertThat(swing).isLessThanOrEqualTo(previous);
        previous = swing;
      }
    }
  }

  @Test
  void theBaseOutputIsTheRecommendedPlansCapacityAndTotalCost() {
    var t = Tornado.run(BASE, true);
    var rec = Optimizer.cheapest(ALL, BASE.pricing(), BASE.users()).orElseThrow();
    assertThat(t.name()).endsWith(rec.name());
    var cap = t.where(t.stringColumn("output").isEqualTo(Tornado.CAPACITY));
    var cost = t.where(t.stringColumn("output").isEqualTo(Tornado.TOTAL_COST));
    assertThat(cap.doubleColumn("base_output").asList()).containsOnly((double) rec.capacityUsers());
    assertThat(cost.doubleColumn("base_output").asList()).containsOnly(rec.totalMonthlyUsd());
  }

  @Test
  void eachOutputIsThePlansFigureWithThatOneInputMoved() {
    var t = Tornado.run(BASE, true);
    var rec = Optimizer.cheapest(ALL, BASE.pricing(), BASE.users()).orElseThrow();
    var cap = t.where(t.stringColumn("output").isEqualTo(Tornado.CAPACITY));
    for (int r = 0; r < cap.rowCount(); r++) {
      var name = cap.stringColumn("parameter").get(r);
      var low = BASE.model().withWorkload(WB.workload().with(WorkloadParameter.ofId(name), cap.doubleColumn("low_input").get(r)));
      var high = BASE.model().withWorkload(WB.workload().with(WorkloadParameter.ofId(name), cap.doubleColumn("high_input").get(r)));
      assertThat(cap.doubleColumn("output_low").get(r)).isEqualTo(low.capacity(rec.deployment()));
      assertThat(cap.doubleColumn("output_high").get(r)).isEqualTo(high.capacity(rec.deployment()));
    }
  }

  @Test
  void withNoRecommendedPlanTheTornadoIsEmpty() {
    var none = BASE.withModel(BASE.model().withGoals(BASE.model().goals().withBudget(1)));
    assertThat(Tornado.run(none, true).rowCount()).isZero();
  }
}
