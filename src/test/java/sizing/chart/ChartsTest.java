package sizing.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.internal.series.Series;
import sizing.model.CommitmentTerm;
import sizing.model.CostModel;
import sizing.model.Deployment;
import sizing.model.PlanCost;
import sizing.plan.Optimizer;
import sizing.plan.PlanGenerator;
import sizing.plan.PlanResult;
import sizing.plan.Pricing;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Each chart method returns a chart with its title, axis titles with units and the series its
 * input calls for. Expected names and counts come from the inputs, never typed numbers.
 */
class ChartsTest {
  static final sizing.data.Workbook WB = Fixtures.WORKBOOK;
  static CommitmentTerm onDemand;
  static CommitmentTerm oneYear;
  static List<PlanResult> plans;
  static List<PlanResult> scenarios;

  @BeforeAll
  static void judge() {
    onDemand = WB.terms().get("on-demand");
    oneYear = WB.terms().get("1y");
    var model = WB.model();
    double users = WB.workload().users();
    // two backends at most keeps the test quick and still holds every family
    plans = Optimizer.judgeAll(PlanGenerator.generate(WB.catalog(), 2), new Pricing(WB.catalog(), onDemand, model), users);
    scenarios = WB.scenarios().values().stream()
        .map(s -> Optimizer.judge(s.plan(), new Pricing(WB.catalog(), onDemand, model), users)).toList();
  }

  static List<String> legend(Chart<?, ?> chart) {
    return chart.getSeriesMap().values().stream().filter(Series::isShowInLegend).map(Series::getName).toList();
  }

  /** The chart's overlays (labels, notes), which XChart 3.8 keeps in a protected field. */
  static List<Object> annotations(Chart<?, ?> chart) {
    try {
      var f = Chart.class.getDeclaredField("annotations");
      f.setAccessible(true);
      return new ArrayList<>((List<?>) f.get(chart));
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static List<String> labelTexts(Chart<?, ?> chart) {
    return annotations(chart).stream().filter(PointLabels.class::isInstance)
        .flatMap(a -> ((PointLabels) a).labels().stream()).map(PointLabels.Label::text).toList();
  }

  /** In print, a legend entry is told apart by marker shape, fill and dash, not colour. */
  static void assertLegendReadsInGrey(XYChart chart) {
    var seen = new HashSet<String>();
    for (var s : chart.getSeriesMap().values()) {
      if (s.isShowInLegend()) {
        var stroke = s.getLineStyle();
        String key = s.getXYSeriesRenderStyle() + "|" + (s.getMarker() == null ? "-" : markerKey(s)) + "|"
            + (stroke == null ? "-" : Arrays.toString(stroke.getDashArray()) + stroke.getLineWidth()) + "|"
            + (s.getXYSeriesRenderStyle() == XYSeries.XYSeriesRenderStyle.PolygonArea ? s.getFillColor() : "");
        assertThat(seen.add(key)).as("series '%s' looks like another in grey: %s", s.getName(), key).isTrue();
      }
    }
  }

  private static String markerKey(XYSeries s) {
    var m = s.getMarker();
    if (m instanceof PrintTheme.Shaped shaped) {
      return shaped.toString();
    }
    return m.getClass().getSimpleName();
  }

  // ------------------------------------------------------------------ (a)

  @Test
  void costVersusCapacityHasOneSeriesPerFamilyTheFrontierAndTheGuide() {
    var chart = Charts.costVersusCapacity(plans, scenarios);
    assertThat(chart.getTitle()).containsIgnoringCase("cost");
    assertThat(chart.getXAxisTitle()).contains("(users");
    assertThat(chart.getYAxisTitle()).contains("($/month");
    var families = plans.stream().filter(r -> r.capacityUsers() > 0).map(r -> r.deployment().family().label())
        .distinct().collect(Collectors.toSet());
    assertThat(legend(chart)).containsAll(families).contains(Charts.FRONTIER_SERIES)
        .anyMatch(n -> n.startsWith(Charts.GUIDE_SERIES)).hasSize(families.size() + 2);
    assertLegendReadsInGrey(chart);
  }

  @Test
  void costVersusCapacityLabelsEveryGuideDeploymentThatCarriesUsersAndNamesTheOthers() {
    var chart = Charts.costVersusCapacity(plans, scenarios);
    var labelled = String.join("\n", labelTexts(chart));
    for (var s : scenarios) {
      if (s.capacityUsers() > 0) {
        assertThat(labelled).contains(s.name());
      } else {
        assertThat(legend(chart)).anyMatch(n -> n.startsWith(Charts.GUIDE_SERIES) && n.contains(s.name()));
      }
    }
  }

  @Test
  void costVersusCapacityFrontierIsTheOptimizersFrontier() {
    var chart = Charts.costVersusCapacity(plans, scenarios);
    var frontier = Optimizer.frontier(plans.stream().filter(r -> r.capacityUsers() > 0).toList());
    var series = chart.getSeriesMap().get(Charts.FRONTIER_SERIES);
    // a step: two corners per frontier plan, the right-hand one at the plan's capacity and cost
    assertThat(series.getXData()).hasSize(2 * frontier.size());
    for (int i = 0; i < frontier.size(); i++) {
      assertThat(series.getXData()[2 * i + 1]).isEqualTo(frontier.get(i).capacityUsers());
      assertThat(series.getYData()[2 * i + 1]).isEqualTo(frontier.get(i).monthlyUsd());
    }
  }

  @Test
  void chartsPricedWithAnAssumedTermSaySoInTheTitle() {
    var model = WB.model();
    var judged = Optimizer.judgeAll(PlanGenerator.generate(WB.catalog(), 1), new Pricing(WB.catalog(), oneYear, model), 50);
    assertThat(oneYear.assumption()).isTrue();
    assertThat(Charts.costVersusCapacity(judged, List.of()).getTitle()).contains("1y", "guide's assumed");
    assertThat(Charts.availabilityVersusCost(judged, List.of(), Double.NaN).getTitle()).contains("1y", "guide's assumed");
    assertThat(Charts.costVersusCapacity(plans, List.of()).getTitle()).doesNotContain("assumed");
  }

  // ------------------------------------------------------------------ (b)

  @Test
  void reservedSavingsHasOneBarSeriesPerTermAndOneGroupPerPlan() {
    var costs = new ArrayList<PlanCost>();
    for (var s : WB.scenarios().values()) {
      for (var t : WB.terms().values()) {
        costs.add(CostModel.price(s.plan(), WB.catalog(), t));
      }
    }
    CategoryChart chart = Charts.reservedSavings(costs);
    assertThat(chart.getYAxisTitle()).contains("($/month)");
    assertThat(chart.getXAxisTitle()).isNotBlank();
    assertThat(legend(chart)).hasSize(WB.terms().size());
    for (var t : WB.terms().values()) {
      assertThat(legend(chart)).anyMatch(n -> n.startsWith(t.name() + ":"));
      if (t.assumption()) {
        assertThat(chart.getTitle()).contains(t.name());
        assertThat(legend(chart)).anyMatch(n -> n.startsWith(t.name() + ":") && n.contains("guide's assumption"));
      }
    }
    for (var s : chart.getSeriesMap().values()) {
      assertThat(s.getXData()).hasSize(WB.scenarios().size());
    }
    // grey fills dark to light: no two terms share one
    assertThat(chart.getSeriesMap().values().stream().map(Series::getFillColor).distinct()).hasSize(WB.terms().size());
  }

  @Test
  void cumulativeSpendMarksTheMonthAPrepaidTermBreaksEven() {
    var plan = WB.scenarios().get("small-managed").plan();
    var costs = ChartSet.pricedUnderEveryTerm(plan, WB);
    int months = ChartSet.SPEND_MONTHS;
    var chart = Charts.cumulativeSpend(costs, months);
    assertThat(chart.getXAxisTitle()).contains("(months)");
    assertThat(chart.getYAxisTitle()).contains("($)");
    assertThat(chart.getTitle()).contains("guide's assumed");
    assertThat(legend(chart)).hasSize(costs.size());
    var base = costs.get(0);
    for (var c : costs.subList(1, costs.size())) {
      int breakEven = IntStream.rangeClosed(1, months)
          .filter(m -> c.cumulativeCashUsd(m) <= base.cumulativeCashUsd(m) + 1e-9).findFirst().orElseThrow();
      assertThat(labelTexts(chart)).contains(c.term().name() + " breaks even in month " + breakEven);
    }
    var series = chart.getSeriesMap().get(Charts.termLabel(costs.get(1).term()));
    assertThat(series.getYData()[months]).isCloseTo(costs.get(1).cumulativeCashUsd(months), org.assertj.core.data.Offset.offset(1e-6));
    assertThat(annotations(chart)).anyMatch(a -> a instanceof Note n && n.lines().get(0).contains(plan.name()));
  }

  @Test
  void cumulativeSpendRejectsDifferentPlans() {
    var a = CostModel.price(WB.scenarios().get("pov").plan(), WB.catalog(), onDemand);
    var b = CostModel.price(WB.scenarios().get("small").plan(), WB.catalog(), oneYear);
    assertThatThrownBy(() -> Charts.cumulativeSpend(List.of(a, b), 24)).isInstanceOf(IllegalArgumentException.class);
  }

  // ------------------------------------------------------------------ (c)

  @Test
  void p95VersusUsersHasOneSeriesPerPlanTheGoalAndTheFloor() {
    var model = WB.model();
    var mains = new LinkedHashMap<String, Deployment>();
    for (var name : ChartSet.MAIN_SCENARIOS) {
      mains.put(name, Deployment.of(WB.scenarios().get(name).plan(), WB.catalog()));
    }
    double[] users = UserRange.DEFAULT.values();
    var chart = Charts.p95VersusUsers(model, mains, users);
    assertThat(chart.getXAxisTitle()).contains("(users)");
    assertThat(chart.getYAxisTitle()).contains("(seconds)");
    assertThat(chart.getTitle()).contains(model.llm().name());
    assertThat(legend(chart)).containsAll(mains.keySet()).hasSize(mains.size() + 2)
        .anyMatch(n -> n.startsWith("goal") && n.contains(Charts.num(model.goals().p95Seconds())))
        .anyMatch(n -> n.startsWith("floor"));
    assertLegendReadsInGrey(chart);
    // pov cannot carry the top of the range: its curve leaves the plot and says from where
    int povCapacity = model.capacity(mains.get("pov"));
    assertThat(users[users.length - 1]).isGreaterThan(povCapacity);
    assertThat(labelTexts(chart)).anyMatch(t -> t.contains("from") && t.contains("users"));
    double top = chart.getStyler().getYAxisMax();
    for (var s : chart.getSeriesMap().values()) {
      assertThat(Arrays.stream(s.getYData()).filter(Double::isFinite)).allMatch(v -> v <= top);
    }
  }

  // ------------------------------------------------------------------ (d)

  @Test
  void availabilityVersusCostHasOneMarkerPerFamilyTheGoalAndTheGuide() {
    double goal = WB.goals().availabilityPct();
    var chart = Charts.availabilityVersusCost(plans, scenarios, goal);
    assertThat(chart.getYAxisTitle()).contains("(%)");
    assertThat(chart.getXAxisTitle()).contains("($/month");
    var families = plans.stream().filter(r -> r.capacityUsers() > 0).map(r -> r.deployment().family().label())
        .distinct().toList();
    assertThat(legend(chart)).containsAll(families).hasSize(families.size() + 2)
        .anyMatch(n -> n.startsWith("goal"));
    assertLegendReadsInGrey(chart);
    var labelled = String.join("\n", labelTexts(chart));
    scenarios.forEach(s -> assertThat(labelled).contains(s.name()));
  }

  // ------------------------------------------------------------------ (e)

  static Table pick(double... usersHostingLlm) {
    var t = Table.create("pick", DoubleColumn.create("concurrent_users"), DoubleColumn.create("monthly_usd"),
        DoubleColumn.create("llm_monthly_usd"));
    for (int i = 0; i < usersHostingLlm.length; i += 3) {
      t.doubleColumn(0).append(usersHostingLlm[i]);
      t.doubleColumn(1).append(usersHostingLlm[i + 1]);
      t.doubleColumn(2).append(usersHostingLlm[i + 2]);
    }
    return t;
  }

  @Test
  void hostingVersusLlmStacksBothAndPutsTheShareOnASecondAxis() {
    var model = WB.model("gpt-4o-mini");
    var t = ChartSet.pickTable(PlanGenerator.generate(WB.catalog(), 2), WB, onDemand, model, new UserRange(10, 60, 25).values());
    var chart = Charts.hostingVersusLlm(t, model.llm().name());
    assertThat(chart.getYAxisTitle()).contains("($/month)");
    assertThat(chart.getYAxisGroupTitle(1)).contains("(%)");
    assertThat(chart.getXAxisTitle()).contains("(users)");
    assertThat(legend(chart)).hasSize(3).anyMatch(n -> n.contains(model.llm().name()));
    var share = t.doubleColumn("monthly_usd").divide(t.doubleColumn("monthly_usd").add(t.doubleColumn("llm_monthly_usd")))
        .multiply(100);
    String lo = String.format(java.util.Locale.ROOT, share.min() < 10 ? "%.1f%%" : "%.0f%%", share.min());
    assertThat(chart.getTitle()).contains(lo);
    var bands = chart.getSeriesMap().values().stream()
        .filter(s -> s.getXYSeriesRenderStyle() == XYSeries.XYSeriesRenderStyle.PolygonArea).toList();
    assertThat(bands).hasSize(2).allMatch(s -> s.getXData().length == 2 * t.rowCount());
  }

  @Test
  void hostingVersusLlmLeavesOutUsersWithNoPlan() {
    var t = pick(10, 100, 1000, 20, Double.NaN, 2000, 30, 300, 3000);
    var chart = Charts.hostingVersusLlm(t, "gpt-4");
    var finite = (int) Arrays.stream(t.doubleColumn("monthly_usd").asDoubleArray()).filter(Double::isFinite).count();
    chart.getSeriesMap().values().stream().filter(s -> s.getXYSeriesRenderStyle() == XYSeries.XYSeriesRenderStyle.PolygonArea)
        .forEach(s -> assertThat(s.getXData()).hasSize(2 * finite));
  }

  @Test
  void aTableWithoutTheColumnsIsRejectedByName() {
    var t = Table.create("pick", DoubleColumn.create("concurrent_users"));
    assertThatThrownBy(() -> Charts.hostingVersusLlm(t, "gpt-4")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("monthly_usd").hasMessageContaining("llm_monthly_usd");
  }

  // ------------------------------------------------------------------ (f)

  @Test
  void tornadoHasOneRowPerParameterWidestSwingOnTop() {
    var t = Fixtures.tornado();
    var chart = Charts.tornado(t);
    String output = t.stringColumn("output").get(0);
    assertThat(chart.getXAxisTitle()).isEqualTo(Charts.outputTitle(output)).contains("(users)");
    assertThat(chart.getYAxisTitle()).isNotBlank();
    assertThat(legend(chart)).hasSize(3).anyMatch(n -> n.startsWith("base: " + Charts.num(t.doubleColumn("base_output").get(0))));
    var rows = annotations(chart).stream().filter(RowLabels.class::isInstance).map(a -> ((RowLabels) a).rows())
        .findFirst().orElseThrow();
    assertThat(rows).hasSize(t.rowCount());
    var swing = t.doubleColumn("output_high").subtract(t.doubleColumn("output_low")).abs();
    int widest = IntStream.range(0, t.rowCount()).boxed().max(Comparator.comparingDouble(swing::get)).orElseThrow();
    var top = rows.stream().max(Comparator.comparingDouble(RowLabels.Row::y)).orElseThrow();
    assertThat(top.text()).startsWith(t.stringColumn("parameter").get(widest) + " (");
    assertLegendReadsInGrey(chart);
  }

  @Test
  void tornadoOfSeveralOutputsNeedsOneNamed() {
    var t = Fixtures.tornado().copy();
    var other = t.copy();
    other.replaceColumn("output", StringColumn.create("output", other.rowCount()).set(other.stringColumn("parameter").isNotMissing(), "monthly_usd"));
    t.append(other);
    assertThatThrownBy(() -> Charts.tornado(t)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("monthly_usd");
    assertThat(Charts.tornado(t, "monthly_usd").getXAxisTitle()).isEqualTo("monthly ($/month)");
  }

  // ------------------------------------------------------------------ (g)

  @Test
  void growthCapacityShowsUsersBothCapacitiesMigrationsAndPhases() {
    var g = Fixtures.growth();
    var chart = Charts.growthCapacity(g);
    assertThat(chart.getXAxisTitle()).contains("(months)");
    assertThat(chart.getYAxisTitle()).contains("(users)");
    long migrations = g.booleanColumn("migrates").asList().stream().filter(Boolean::booleanValue).count();
    long tooSmall = g.booleanColumn("guide_plan_enough").asList().stream().filter(b -> !b).count();
    assertThat(legend(chart)).contains("users", "path's plan capacity", "guide's plan capacity");
    assertThat(legend(chart).contains("migration")).isEqualTo(migrations > 0);
    assertThat(legend(chart).contains("guide's plan too small")).isEqualTo(tooSmall > 0);
    assertThat(chart.getSeriesMap().get("migration").getXData()).hasSize((int) migrations);
    var phases = annotations(chart).stream().filter(PhaseLabels.class::isInstance)
        .flatMap(a -> ((PhaseLabels) a).phases().stream()).toList();
    assertThat(phases).hasSize(g.stringColumn("guide_phase").countUnique());
    assertLegendReadsInGrey(chart);
  }

  @Test
  void growthCostShowsBothPlansCostsPerMonth() {
    var g = Fixtures.growth();
    var chart = Charts.growthCost(g);
    assertThat(chart.getYAxisTitle()).contains("($/month)");
    var path = chart.getSeriesMap().get("the path's plan");
    // one step per month and one more point to give the last month its width
    assertThat(path.getXData()).hasSize(g.rowCount() + 1);
    assertThat(path.getYData()[0]).isEqualTo(g.doubleColumn("monthly_usd").get(0));
    assertLegendReadsInGrey(chart);
  }

  @Test
  void growthAcceptsTextFlagsAndIntegerColumns() {
    var g = Fixtures.growth().copy();
    var text = StringColumn.create("migrates");
    g.booleanColumn("migrates").asList().forEach(b -> text.append(b ? "yes" : "no"));
    g.replaceColumn("migrates", text);
    var chart = Charts.growthCapacity(g);
    long migrations = text.asList().stream().filter("yes"::equals).count();
    assertThat(chart.getSeriesMap().get("migration").getXData()).hasSize((int) migrations);
  }

  // ------------------------------------------------------------------ helpers

  @Test
  void outputTitlesCarryTheirUnits() {
    Map<String, String> cases = Map.of(
        "capacity_users", "capacity (users)", "monthly_usd", "monthly ($/month)",
        "p95_seconds", "p95 (seconds)", "availability_pct", "availability (%)");
    cases.forEach((in, out) -> assertThat(Charts.outputTitle(in)).isEqualTo(out));
  }
}
