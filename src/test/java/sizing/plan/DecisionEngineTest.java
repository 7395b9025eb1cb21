package sizing.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import sizing.data.Workbook;
import sizing.model.Catalog;
import sizing.model.Goals;

/**
 * The decision engine against brute force: over random catalogs (droplets, managed databases,
 * session stores), workloads and goals, its cheapest plan at a number of users costs exactly what the
 * cheapest of every generated plan costs, and its frontier has the same cost-capacity steps.
 */
class DecisionEngineTest {
  static final Workbook WB = Workbook.load();

  @Provide
  Arbitrary<Catalog> catalogs() {
    return RandomCatalogs.of(5, 0, 3, 2);
  }

  @Provide
  Arbitrary<Goals> goals() {
    var base = WB.model().goals();
    return Combinators.combine(
            Arbitraries.of(Double.NaN, 15.0, 20.0, 30.0),
            Arbitraries.of(Double.NaN, 99.0, 99.9, 99.95, 99.99),
            Arbitraries.of(Double.NaN, 100.0, 300.0, 1000.0))
        .as((p95, uptime, budget) -> new Goals(p95, uptime, base.cpuMaxUtilisation(), base.memoryMaxUtilisation(), budget));
  }

  @Property(tries = 150)
  void cheapestEqualsTheBruteForceMinimum(
      @ForAll("catalogs") Catalog catalog, @ForAll("goals") Goals goals,
      @ForAll @IntRange(min = 1, max = 400) int users,
      @ForAll @DoubleRange(min = 0.2, max = 3) double cpuSeconds) {
    var model = WB.model().withWorkload(WB.workload().with(sizing.model.WorkloadParameter.BACKEND_CPU, cpuSeconds)).withGoals(goals);
    var term = WB.terms().get("on-demand");
    var engine = DecisionEngine.of(catalog, term, model, 3);
    var brute = Optimizer.cheapest(PlanGenerator.generate(catalog, 3), new Pricing(catalog, term, model), users);
    var answer = engine.cheapest(users);
    assertThat(answer.isPresent()).as("a plan exists").isEqualTo(brute.isPresent());
    answer.ifPresent(a -> {
      assertThat(a.monthlyUsd()).isCloseTo(brute.get().monthlyUsd(), org.assertj.core.data.Offset.offset(1e-9));
      assertThat(a.capacityUsers()).as("capacity of the cheapest").isEqualTo(brute.get().capacityUsers());
    });
  }

  @Property(tries = 40)
  void everyGeneratedPlanIsFoundByItsName(@ForAll("catalogs") Catalog catalog) {
    // PlanGenerator.Shape.name writes names and Shape.named reads them with the same pieces
    for (var p : PlanGenerator.generate(catalog, 3)) {
      assertThat(PlanGenerator.named(catalog, p.name())).as(p.name()).contains(p);
    }
    assertThat(PlanGenerator.named(catalog, "lb:2xnothing+db:nothing")).isEmpty();
  }

  @Property(tries = 80)
  void frontierHasTheBruteForceSteps(
      @ForAll("catalogs") Catalog catalog, @ForAll @DoubleRange(min = 0.2, max = 3) double cpuSeconds) {
    var model = WB.model().withWorkload(WB.workload().with(sizing.model.WorkloadParameter.BACKEND_CPU, cpuSeconds));
    var term = WB.terms().get("on-demand");
    var engine = DecisionEngine.of(catalog, term, model, 3);
    var all = DecisionEngine.over(PlanGenerator.generate(catalog, 3), catalog, term, model);
    assertThat(steps(engine.frontier())).isEqualTo(steps(all.frontier()));
  }

  @Test
  void theGuideCatalogIsSearchedFromAFractionOfItsPlans() {
    var engine = DecisionEngine.of(WB.catalog(), WB.terms().get("on-demand"), WB.model());
    assertThat(engine.spaceSize()).isEqualTo(PlanGenerator.generate(WB.catalog()).size());
    assertThat(engine.candidates().size()).isLessThan((int) engine.spaceSize() / 10);
  }

  private static List<String> steps(List<DecisionEngine.Candidate> frontier) {
    return frontier.stream().map(c -> String.format("%.6f@%d", c.monthlyUsd(), c.capacityUsers())).toList();
  }
}
