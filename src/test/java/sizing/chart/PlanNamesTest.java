package sizing.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import sizing.model.Category;
import sizing.model.Deployment;
import sizing.model.Plan;
import sizing.model.Role;
import sizing.plan.PlanGenerator;

/** Plans are named from what they buy, sizes read from the catalog, so two different plans never share a name. */
class PlanNamesTest {
  static final sizing.data.Workbook WB = Fixtures.WORKBOOK;

  static String gb(String item) {
    return ChartText.num(WB.catalog().item(item).memoryGb()) + " GB";
  }

  static String line(Plan plan, Role role) {
    return plan.lines().stream().filter(l -> l.role() == role).map(Plan.Line::item).findFirst().orElseThrow();
  }

  @Test
  void anAllInOneDropletIsNamedByItsMemory() {
    var pov = WB.scenarios().get("pov").plan();
    assertThat(PlanNames.of(pov, WB.catalog())).isEqualTo(gb(line(pov, Role.ALL_IN_ONE)) + " droplet, all-in-one");
  }

  @Test
  void aDropletWithAManagedDatabaseNamesBothAndTheStorageItBuys() {
    var plan = WB.scenarios().get("small-managed").plan();
    var storage = plan.lines().stream().filter(l -> l.role() == Role.STORAGE).findFirst().orElseThrow();
    assertThat(PlanNames.of(plan, WB.catalog())).isEqualTo(gb(line(plan, Role.APP)) + " droplet + " + gb(line(plan, Role.DATABASE))
        + " managed DB, " + ChartText.num(storage.quantity()) + " GB storage");
  }

  @Test
  void severalBackendsAreCountedWithTheirLoadBalancer() {
    var plan = WB.scenarios().get("enterprise-managed").plan();
    int backends = (int) plan.lines().stream().filter(l -> l.role() == Role.BACKEND).mapToDouble(Plan.Line::quantity).sum();
    var d = Deployment.of(plan, WB.catalog());
    assertThat(PlanNames.of(d)).startsWith(backends + " × " + gb(line(plan, Role.BACKEND)) + " droplets + load balancer + ");
    assertThat(PlanNames.brief(d)).isEqualTo(backends + " × " + gb(line(plan, Role.BACKEND)) + " + " + gb(line(plan, Role.DATABASE))
        + " managed DB");
  }

  @Test
  void everyServiceOffTheBackendIsNamedWhereItRuns() {
    var generated = PlanGenerator.generate(WB.catalog(), 1);
    var full = generated.stream().map(p -> Deployment.of(p, WB.catalog()))
        .filter(d -> !d.vector().onBackend() && !d.sessions().onBackend() && !d.frontend().onBackend()
            && d.frontend().item().category() == Category.DROPLET)
        .findFirst().orElseThrow();
    assertThat(PlanNames.of(full)).contains(", ChromaDB on " + ChartText.num(full.vector().item().memoryGb()) + " GB droplet")
        .contains(", sessions in Redis").contains(", frontend on " + ChartText.num(full.frontend().item().memoryGb()) + " GB droplet");
    var hosted = generated.stream().map(p -> Deployment.of(p, WB.catalog()))
        .filter(d -> !d.frontend().onBackend() && d.frontend().item().category() == Category.FRONTEND_HOSTING).findFirst().orElseThrow();
    // the vendor: the capitalised words the catalog's description starts with
    assertThat(PlanNames.of(hosted)).contains(", frontend on " + hosted.frontend().item().description().split(" ")[0]);
  }

  @Test
  void plansThatBuyDifferentThingsHaveDifferentNames() {
    var byName = new HashMap<String, Set<String>>();
    var plans = new java.util.ArrayList<Plan>(PlanGenerator.generate(WB.catalog(), 2));
    WB.scenarios().values().forEach(s -> plans.add(s.plan()));
    for (var p : plans) {
      var lines = p.lines().stream().map(l -> l.item() + "x" + l.quantity() + "@" + l.role()).collect(Collectors.toSet());
      byName.computeIfAbsent(PlanNames.of(p, WB.catalog()), k -> new java.util.HashSet<>()).add(String.join(",",
          lines.stream().sorted().toList()));
    }
    byName.forEach((name, lineSets) -> assertThat(lineSets).as(name).hasSize(1));
  }

  @Test
  void theIndexNamesGeneratedPlansAndScenariosAndLeavesUnknownIdsAlone() {
    var index = PlanNames.index(WB);
    var generated = PlanGenerator.generate(WB.catalog()).get(0);
    assertThat(index.apply(generated.name())).isEqualTo(PlanNames.brief(Deployment.of(generated, WB.catalog())));
    assertThat(index.apply("small-managed")).isEqualTo(PlanNames.brief(Deployment.of(WB.scenarios().get("small-managed").plan(),
        WB.catalog())));
    assertThat(index.apply("no-such-plan")).isEqualTo("no-such-plan");
    assertThat(PlanNames.brief(Deployment.of(WB.scenarios().get("pov").plan(), WB.catalog()))).endsWith(" all-in-one");
  }
}
