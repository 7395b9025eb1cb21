package sizing.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import sizing.data.Workbook;
import sizing.model.Catalog;
import sizing.model.CatalogItem;
import sizing.model.Category;
import sizing.model.CostModel;
import sizing.model.Deployment;
import sizing.model.Period;
import sizing.model.Provenance;

/** Properties of the optimizer and the model that must hold for any workload and catalog. */
class OptimizerPropertiesTest {
  static final Workbook WB = Workbook.load();
  static final Provenance TEST = RandomCatalogs.TEST;

  @Provide
  Arbitrary<Catalog> catalogs() {
    return RandomCatalogs.of(3, 1, 2, 0);
  }

  @Property(tries = 60)
  void optimizerAnswerEqualsTheBruteForceMinimum(
      @ForAll("catalogs") Catalog catalog,
      @ForAll @IntRange(min = 1, max = 300) int users,
      @ForAll @DoubleRange(min = 0.2, max = 3) double cpuSeconds) {
    var model = WB.model().withWorkload(WB.workload().with(sizing.model.WorkloadParameter.BACKEND_CPU, cpuSeconds));
    var plans = PlanGenerator.generate(catalog, 3);
    var term = WB.terms().get("on-demand");
    var answer = Optimizer.cheapest(plans, new Pricing(catalog, term, model), users);
    var bruteForce = plans.stream()
        .filter(p -> {
          var d = Deployment.of(p, catalog);
          return model.meetsGoals(d, users) && 100 * model.availability(d) >= model.goals().availabilityPct();
        })
        .mapToDouble(p -> CostModel.price(p, catalog, term).monthlyUsd())
        .min();
    assertThat(answer.isPresent()).isEqualTo(bruteForce.isPresent());
    answer.ifPresent(a -> assertThat(a.monthlyUsd()).isEqualTo(bruteForce.getAsDouble()));
  }

  @Property(tries = 200)
  void capacityNeverFallsWhenTheBackendDropletGrows(
      @ForAll @IntRange(min = 1, max = 8) int vcpus, @ForAll @IntRange(min = 1, max = 8) int extra,
      @ForAll @IntRange(min = 1, max = 4) int backends) {
    var model = WB.model();
    var small = deployment(vcpus, 2.0 * vcpus, backends);
    var big = deployment(vcpus + extra, 2.0 * (vcpus + extra), backends);
    assertThat(model.capacity(big)).isGreaterThanOrEqualTo(model.capacity(small));
  }

  @Property(tries = 100)
  void costNeverFallsWhenUsersGrow(@ForAll @IntRange(min = 1, max = 400) int users, @ForAll @IntRange(min = 1, max = 200) int more) {
    var plans = PlanGenerator.generate(WB.catalog(), 2);
    var term = WB.terms().get("on-demand");
    var a = Optimizer.cheapest(plans, new Pricing(WB.catalog(), term, WB.model()), users);
    var b = Optimizer.cheapest(plans, new Pricing(WB.catalog(), term, WB.model()), users + more);
    if (b.isPresent()) {
      assertThat(a).isPresent();
      assertThat(b.get().monthlyUsd()).isGreaterThanOrEqualTo(a.get().monthlyUsd());
    }
  }

  @Property(tries = 50)
  void aCommitmentDiscountNeverRaisesCost(@ForAll("catalogs") Catalog catalog) {
    for (var plan : PlanGenerator.generate(catalog, 2)) {
      double onDemand = CostModel.price(plan, catalog, WB.terms().get("on-demand")).monthlyUsd();
      for (var term : WB.terms().values()) {
        assertThat(CostModel.price(plan, catalog, term).monthlyUsd()).isLessThanOrEqualTo(onDemand + 1e-9);
      }
    }
  }

  @Property(tries = 100)
  void addingABackendNeverLowersAvailability(@ForAll @IntRange(min = 1, max = 7) int backends) {
    var model = WB.model();
    assertThat(model.availability(deployment(8, 16, backends + 1)))
        .isGreaterThanOrEqualTo(model.availability(deployment(8, 16, backends)));
  }

  @Property(tries = 100)
  void p95NeverFallsWhenUsersGrow(@ForAll @IntRange(min = 1, max = 300) int users) {
    var model = WB.model();
    var d = deployment(8, 16, 2);
    // up to the 1e-9 relative to which ResponseTime.quantile inverts the tail
    assertThat(model.evaluate(d, users + 1).p95Seconds()).isGreaterThanOrEqualTo(model.evaluate(d, users).p95Seconds() * (1 - 1e-9));
  }

  static Deployment deployment(int vcpus, double memoryGb, int backends) {
    var host = new CatalogItem("h", Category.DROPLET, "", vcpus, memoryGb, 100, 5, "droplet", Period.MONTH, 10, true, TEST);
    var db = WB.catalog().item("db-s-4vcpu-8gb");
    var lb = backends > 1;
    return new Deployment(lb ? sizing.model.Family.MULTI_MANAGED_DB : sizing.model.Family.SINGLE_MANAGED_DB,
        sizing.model.Role.BACKEND, host, backends, lb, sizing.model.Host.on(db), sizing.model.Host.ON_BACKEND,
        sizing.model.Host.on(WB.catalog().item("vercel-hobby")), sizing.model.Host.ON_BACKEND);
  }

  static List<String> names(List<PlanResult> rs) {
    return rs.stream().map(PlanResult::name).toList();
  }
}
