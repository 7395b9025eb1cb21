package sizing.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.internal.series.Series;
import sizing.model.CommitmentTerm;
import sizing.model.CostModel;
import sizing.model.Deployment;
import sizing.model.Figures;
import sizing.model.PlanCost;
import sizing.plan.Optimizer;
import sizing.plan.PlanGenerator;
import sizing.plan.PlanResult;
import sizing.plan.Pricing;
import sizing.sweep.Baseline;
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

  /** The names of the series shown in the legend. */
  static List<String> legend(Chart<?, ?> chart) {
    return chart.getSeriesMap().values().stream().filter(Series::isShowInLegend).map(Series::getName).toList();
  }

  /** The text the legend shows: each entry's label. */
  static List<String> legendText(Chart<?, ?> chart) {
    return chart.getSeriesMap().values().stream().filter(Series::isShowInLegend).map(Series::getLabel).toList();
  }

  /** The chart's overlays (labels, lines), which XChart 3.8 keeps in a protected field. */
  static List<Object> annotations(Chart<?, ?> chart) {
    try {
      var f = Chart.class.getDeclaredField("annotations");
      f.setAccessible(true);
      return new ArrayList<>((List<?>) f.get(chart));
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static List<CustomPainting.PointLabels> pointLabels(Chart<?, ?> chart) {
    return annotations(chart).stream().filter(CustomPainting.PointLabels.class::isInstance)
        .map(CustomPainting.PointLabels.class::cast).toList();
  }

  static List<String> labelTexts(Chart<?, ?> chart) {
    return pointLabels(chart).stream().flatMap(a -> a.labels().stream()).map(CustomPainting.PointLabels.Label::text).toList();
  }

  /** The text of each row name, top to bottom. */
  static List<String> rowNames(Chart<?, ?> chart) {
    return annotations(chart).stream().filter(SeriesShapes.RowName.class::isInstance)
        .map(a -> ((SeriesShapes.RowName) a).text()).toList();
  }

  /** In print, a legend entry is told apart by marker shape, fill and dash, not colour. */
  static void assertLegendReadsInGrey(XYChart chart) {
    var seen = new HashSet<String>();
    for (var s : chart.getSeriesMap().values()) {
      if (s.isShowInLegend()) {
        var stroke = s.getLineStyle();
        String key = s.getXYSeriesRenderStyle() + "|" + (s.getMarker() == null ? "-" : s.getMarker().getClass().getSimpleName())
            + "|" + (stroke == null ? "-" : Arrays.toString(stroke.getDashArray()) + stroke.getLineWidth()) + "|"
            + (s.getXYSeriesRenderStyle() == XYSeries.XYSeriesRenderStyle.PolygonArea ? s.getFillColor() : "");
        assertThat(seen.add(key)).as("series '%s' looks like another in grey: %s", s.getName(), key).isTrue();
      }
    }
  }

  // ------------------------------------------------------------------ (a)

  @Test
  void costVersusCapacityHasOneSeriesPerFamilyTheFrontierAndTheGuide() {
    var chart = Charts.costVersusCapacity(plans, scenarios, Fixtures.WORKBOOK.workload());
    assertThat(chart.getTitle()).containsIgnoringCase("cost");
    assertThat(chart.getXAxisTitle()).contains("(concurrent users").endsWith("calibrated to the guide's own estimates");
    assertThat(chart.getYAxisTitle()).contains("($/month");
    var families = plans.stream().filter(r -> r.capacityUsers() > 0).map(r -> r.deployment().family().label())
        .distinct().toList();
    assertThat(legend(chart)).containsAll(families).contains(Charts.FRONTIER_SERIES, Charts.GUIDE_SERIES)
        .hasSize(families.size() + 2);
    assertLegendReadsInGrey(chart);
  }

  @Test
  void costVersusCapacitySaysWhenItsCapacitiesComeFromALoadTest() {
    var w = Fixtures.WORKBOOK.workload();
    var cpu = w.parameter(sizing.model.WorkloadParameter.BACKEND_CPU);
    var params = new java.util.LinkedHashMap<>(w.parameters());
    params.put(cpu.key(), new sizing.model.Parameter(cpu.key(), cpu.value(), cpu.low(), cpu.high(), cpu.unit(),
        new sizing.model.Provenance(sizing.model.Workload.LOAD_TEST_SOURCE + " loadtest.csv", cpu.provenance().asOf())));
    var chart = Charts.costVersusCapacity(plans, scenarios, new sizing.model.Workload(params));
    assertThat(chart.getXAxisTitle()).endsWith("calibrated to a load test");
  }

  @Test
  void costVersusCapacityLabelsEveryGuideDeploymentThatCarriesUsersByWhatItBuysAndListsTheOthers() {
    var chart = Charts.costVersusCapacity(plans, scenarios, Fixtures.WORKBOOK.workload());
    var labelled = String.join("\n", labelTexts(chart)).replace("\n", " ");
    var guide = chart.getSeriesMap().get(Charts.GUIDE_SERIES).getLabel().replace("\n", " ");
    for (var s : scenarios) {
      var name = PlanNames.of(s.deployment());
      if (s.capacityUsers() > 0) {
        assertThat(labelled).contains(name);
      } else {
        assertThat(guide).contains(name);
      }
      assertThat(labelled + guide).doesNotContain(s.name() + ",").doesNotContain(s.name() + "\n");
    }
  }

  @Test
  void costVersusCapacityFrontierIsTheOptimizersFrontier() {
    var chart = Charts.costVersusCapacity(plans, scenarios, Fixtures.WORKBOOK.workload());
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
  void availabilityGoalOfNinetyNinePointNineFiveIsLabelledAsGivenNotAsAHundred() {
    // the reference: size --uptime 99.95 used to print the goal as "100%"
    var chart = Charts.availabilityVersusCost(plans, List.of(), 99.95);
    assertThat(chart.getSeriesMap().keySet()).contains("goal: 99.95%");
  }

  @Test
  void chartsPricedWithAnAssumedTermSaySoInTheTitle() {
    var model = WB.model();
    var judged = Optimizer.judgeAll(PlanGenerator.generate(WB.catalog(), 1), new Pricing(WB.catalog(), oneYear, model), 50);
    assertThat(oneYear.assumption()).isTrue();
    assertThat(Charts.costVersusCapacity(judged, List.of(), WB.workload()).getTitle()).contains("1y", "guide's assumed");
    assertThat(Charts.availabilityVersusCost(judged, List.of(), Double.NaN).getTitle()).contains("1y", "guide's assumed");
    assertThat(Charts.costVersusCapacity(plans, List.of(), WB.workload()).getTitle()).doesNotContain("assumed");
    // and the longer title still fits across the chart
    for (var chart : List.of(Charts.costVersusCapacity(judged, List.of(), WB.workload()), Charts.availabilityVersusCost(judged, List.of(), Double.NaN))) {
      double width = chart.getStyler().getChartTitleFont()
          .getStringBounds(chart.getTitle(), new java.awt.font.FontRenderContext(null, true, true)).getWidth();
      assertThat(width).as(chart.getTitle()).isLessThanOrEqualTo(chart.getWidth() - 2.0 * chart.getStyler().getChartPadding());
    }
  }

  // ------------------------------------------------------------------ (b)

  static List<PlanCost> everyScenarioUnderEveryTerm() {
    var costs = new ArrayList<PlanCost>();
    for (var s : WB.scenarios().values()) {
      for (var t : WB.terms().values()) {
        costs.add(CostModel.price(s.plan(), WB.catalog(), t));
      }
    }
    return costs;
  }

  @Test
  void reservedSavingsHasOneRowPerDistinctPlanNamedByWhatItBuysAndOneLegendEntryPerTerm() {
    var costs = everyScenarioUnderEveryTerm();
    var chart = Charts.reservedSavings(costs);
    assertThat(chart.getXAxisTitle()).contains("($/month)");
    assertThat(legend(chart)).hasSize(WB.terms().size());
    for (var t : WB.terms().values()) {
      assertThat(legend(chart)).anyMatch(n -> n.startsWith(t.name() + ":"));
      if (t.assumption()) {
        assertThat(chart.getTitle()).contains(t.name());
        assertThat(legend(chart)).anyMatch(n -> n.startsWith(t.name() + ":") && n.contains("guide's assumption"));
      }
    }
    var names = costs.stream().map(PlanNames::of).distinct().toList();
    assertThat(rowNames(chart).stream().map(n -> n.replace("\n", " ")).toList()).containsExactlyElementsOf(names);
    // one bar per plan and term, each from 0 to the plan's monthly cost under the term
    var bars = chart.getSeriesMap().values().stream().filter(s -> !s.isShowInLegend()).toList();
    assertThat(bars).hasSize(names.size() * WB.terms().size());
    var ends = bars.stream().map(s -> s.getXData()[1]).toList();
    for (var c : costs) {
      assertThat(ends).anySatisfy(e -> assertThat(e).isCloseTo(c.monthlyUsd(), org.assertj.core.data.Offset.offset(1e-9)));
    }
    // grey fills dark to light: no two terms share one
    assertThat(chart.getSeriesMap().values().stream().filter(Series::isShowInLegend).map(Series::getFillColor).distinct())
        .hasSize(WB.terms().size());
  }

  @Test
  void cumulativeSpendMarksTheMonthAPrepaidTermBreaksEvenAndNamesThePlan() {
    var plan = WB.scenarios().get("small-managed").plan();
    var costs = ChartSet.pricedUnderEveryTerm(plan, WB);
    int months = ChartSet.SPEND_MONTHS;
    var chart = Charts.cumulativeSpend(costs, months);
    assertThat(chart.getXAxisTitle()).isEqualTo("month");
    assertThat(chart.getYAxisTitle()).contains("($)");
    assertThat(chart.getTitle()).contains("guide's assumed");
    assertThat(legend(chart)).hasSize(costs.size() + 1).first().asString()
        .isEqualTo("plan: " + PlanNames.of(costs.get(0)));
    var base = costs.get(0);
    for (var c : costs.subList(1, costs.size())) {
      int breakEven = IntStream.rangeClosed(1, months)
          .filter(m -> c.cumulativeCashUsd(m) <= base.cumulativeCashUsd(m) + 1e-9).findFirst().orElseThrow();
      assertThat(labelTexts(chart)).contains(c.term().name() + " breaks even in month " + breakEven);
      var series = chart.getSeriesMap().values().stream().filter(s -> s.getName().startsWith(c.term().name() + ":")).findFirst()
          .orElseThrow();
      assertThat(series.getYData()[months]).isCloseTo(c.cumulativeCashUsd(months), org.assertj.core.data.Offset.offset(1e-6));
      assertThat(series.getName()).contains(Figures.usdBrief(c.cumulativeCashUsd(months)))
          .contains(Figures.usdBrief(base.cumulativeCashUsd(months) - c.cumulativeCashUsd(months)) + " less");
    }
  }

  @Test
  void cumulativeSpendRejectsDifferentPlans() {
    var a = CostModel.price(WB.scenarios().get("pov").plan(), WB.catalog(), onDemand);
    var b = CostModel.price(WB.scenarios().get("small").plan(), WB.catalog(), oneYear);
    assertThatThrownBy(() -> Charts.cumulativeSpend(List.of(a, b), 24)).isInstanceOf(IllegalArgumentException.class);
  }

  // ------------------------------------------------------------------ (c)

  @Test
  void p95VersusUsersHasOneSeriesPerPlanNamedByWhatItBuysTheGoalAndTheFloor() {
    var model = WB.model();
    var pick = Optimizer.cheapest(PlanGenerator.generate(WB.catalog(), 2), new sizing.plan.Pricing(WB.catalog(), onDemand, model), 50);
    var compared = ChartSet.comparedPlans(WB, pick, 50);
    assertThat(compared).hasSize(ChartSet.MAIN_SCENARIOS.size() + 1);
    var pov = Deployment.of(WB.scenarios().get("pov").plan(), WB.catalog());
    assertThat(compared).containsEntry("guide: " + PlanNames.of(pov), pov);
    assertThat(compared.keySet()).anyMatch(k -> k.startsWith("cheapest at 50 users: ") && k.endsWith(PlanNames.of(pick.get().deployment())));
    double[] users = UserRange.DEFAULT.values();
    var chart = Charts.p95VersusUsers(model, compared, users);
    assertThat(chart.getXAxisTitle()).isEqualTo("concurrent users");
    assertThat(chart.getYAxisTitle()).contains("(seconds)");
    assertThat(chart.getTitle()).contains(model.llm().name());
    assertThat(legend(chart)).containsAll(compared.keySet()).hasSize(compared.size() + 2)
        .anyMatch(n -> n.startsWith("goal") && n.contains(ChartText.num(model.goals().p95Seconds())))
        .anyMatch(n -> n.startsWith("no queueing"));
    assertLegendReadsInGrey(chart);
    // pov cannot carry the top of the range: its curve leaves the plot and says from where
    assertThat(users[users.length - 1]).isGreaterThan(model.capacity(pov));
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
    var labelled = String.join("\n", labelTexts(chart)).replace("\n", " ");
    scenarios.forEach(s -> assertThat(labelled).contains(PlanNames.of(s.deployment())));
  }

  @Test
  void availabilityStepsKeepOnlyPlansNoCheaperPlanOfTheFamilyBeats() {
    var family = plans.stream().filter(r -> r.deployment().family() == sizing.model.Family.MULTI_MANAGED_DB).toList();
    var best = AvailabilityChart.mostAvailableForTheMoney(family);
    assertThat(best).isNotEmpty();
    for (var r : family) {
      // every plan is matched or beaten by a kept plan that costs no more
      assertThat(best).anyMatch(b -> b.monthlyUsd() <= r.monthlyUsd() && b.evaluation().availability() >= r.evaluation().availability() - 1e-11);
    }
    for (int i = 1; i < best.size(); i++) {
      assertThat(best.get(i).evaluation().availability()).isGreaterThan(best.get(i - 1).evaluation().availability());
    }
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
  void hostingVersusLlmDrawsBothOnALogScaleAndGivesHostingsShareInTheTitle() {
    var model = WB.model("gpt-4o-mini");
    var t = ChartSet.pickTable(Baseline.of(WB, model, onDemand, 10).withMaxBackends(2), new UserRange(10, 60, 25).values());
    var chart = Charts.hostingVersusLlm(t, model.llm().name());
    assertThat(chart.getYAxisTitle()).contains("($/month, log scale)");
    assertThat(chart.getStyler().isYAxisLogarithmic()).isTrue();
    assertThat(chart.getXAxisTitle()).isEqualTo("concurrent users");
    assertThat(legend(chart)).hasSize(2).anyMatch(n -> n.contains(model.llm().name())).anyMatch(n -> n.startsWith("hosting"));
    var share = t.doubleColumn("monthly_usd").divide(t.doubleColumn("monthly_usd").add(t.doubleColumn("llm_monthly_usd")))
        .multiply(100);
    assertThat(chart.getTitle()).contains(ChartText.share(share.min()));
    // hosting is on the plot: the axis reaches below the cheapest hosting
    assertThat(chart.getStyler().getYAxisMin()).isLessThan(t.doubleColumn("monthly_usd").min());
  }

  @Test
  void hostingVersusLlmLeavesOutUsersWithNoPlan() {
    var t = pick(10, 100, 1000, 20, Double.NaN, 2000, 30, 300, 3000);
    var chart = Charts.hostingVersusLlm(t, "gpt-4");
    var hosting = chart.getSeriesMap().values().stream().filter(s -> s.getName().startsWith("hosting")).findFirst().orElseThrow();
    assertThat(hosting.getXData()).containsExactly(10, 30);
  }

  @Test
  void pickTableIsTheOptimizersCheapestPlanAtEachNumberOfUsers() {
    var model = WB.model();
    var candidates = PlanGenerator.generate(WB.catalog(), 2);
    double[] users = {15, 45, 130, 400};
    var t = ChartSet.pickTable(Baseline.of(WB, model, onDemand, 10).withMaxBackends(2), users);
    for (int i = 0; i < users.length; i++) {
      var best = Optimizer.cheapest(candidates, new sizing.plan.Pricing(WB.catalog(), onDemand, model), users[i]);
      assertThat(t.doubleColumn("concurrent_users").get(i)).isEqualTo(users[i]);
      if (best.isPresent()) {
        assertThat(t.stringColumn("plan").get(i)).isEqualTo(best.get().name());
        assertThat(t.doubleColumn("monthly_usd").get(i)).isEqualTo(best.get().monthlyUsd());
        assertThat(t.doubleColumn("llm_monthly_usd").get(i)).isEqualTo(model.llmMonthlyUsd(users[i]));
      } else {
        assertThat(t.stringColumn("plan").get(i)).as("%s users", users[i]).isEqualTo("none");
        assertThat(t.doubleColumn("monthly_usd").isMissing(i)).as("%s users", users[i]).isTrue();
      }
    }
    // the largest number of users is past every plan with two backends at most: a row without a plan is tested too
    assertThat(t.stringColumn("plan").get(users.length - 1)).isEqualTo("none");
  }

  @Test
  void aTableWithoutTheColumnsIsRejectedByName() {
    var t = Table.create("pick", DoubleColumn.create("concurrent_users"));
    assertThatThrownBy(() -> Charts.hostingVersusLlm(t, "gpt-4")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("monthly_usd").hasMessageContaining("llm_monthly_usd");
  }

  // ------------------------------------------------------------------ (f)

  @Test
  void tornadoHasOneRowPerInputNamedInWordsWidestSwingOnTop() {
    var t = Fixtures.tornado();
    var chart = Charts.tornado(t);
    assertThat(chart.getXAxisTitle()).isEqualTo("capacity (concurrent users)");
    assertThat(legend(chart)).hasSize(3).anyMatch(n -> n.equals("base: " + ChartText.num(t.doubleColumn("base_output").get(0))));
    var rows = rowNames(chart);
    assertThat(rows).hasSize(t.rowCount()).allMatch(r -> !r.contains("_"));
    var swing = t.doubleColumn("output_high").subtract(t.doubleColumn("output_low")).abs();
    int widest = IntStream.range(0, t.rowCount()).boxed().max(Comparator.comparingDouble(swing::get)).orElseThrow();
    assertThat(rows.get(0)).startsWith(ChartText.words(t.stringColumn("parameter").get(widest)) + ": ");
    assertLegendReadsInGrey(chart);
  }

  @Test
  void tornadoOfSeveralOutputsNeedsOneNamed() {
    var t = Fixtures.tornado().copy();
    var other = t.copy();
    other.replaceColumn("output", StringColumn.create("output", other.rowCount()).set(other.stringColumn("parameter").isNotMissing(), "monthly_usd"));
    t.append(other);
    assertThatThrownBy(() -> Charts.tornado(t)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("monthly_usd");
    assertThat(Charts.tornado(t, "monthly_usd").getXAxisTitle()).isEqualTo("monthly hosting cost ($/month)");
  }

  @Test
  void tornadoOfOneRowStillNamesIt() {
    var t = Fixtures.tornado().where(Fixtures.tornado().stringColumn("parameter").isEqualTo("llm_calls_per_request"));
    var chart = Charts.tornado(t);
    assertThat(rowNames(chart)).containsExactly(ChartText.input("llm_calls_per_request", t.stringColumn("unit").get(0),
        t.doubleColumn("low_input").get(0), t.doubleColumn("high_input").get(0)));
  }

  // ------------------------------------------------------------------ (g)

  @Test
  void growthCapacityShowsUsersBothCapacitiesMigrationsAndPhases() {
    var g = Fixtures.growth();
    var chart = Charts.growthCapacity(g, PlanNames.index(WB));
    assertThat(chart.getXAxisTitle()).startsWith("month; the guide's phases: ");
    for (var phase : g.stringColumn("guide_phase").unique()) {
      assertThat(chart.getXAxisTitle()).contains(phase.replaceFirst("^Phase \\d+: ", ""));
    }
    assertThat(chart.getYAxisTitle()).isEqualTo("concurrent users");
    long migrations = g.booleanColumn("migrates").asList().stream().filter(Boolean::booleanValue).count();
    long tooSmall = g.booleanColumn("guide_plan_enough").asList().stream().filter(b -> !b).count();
    assertThat(legend(chart)).contains("concurrent users", "capacity of the path's plan", "capacity of the guide's plan");
    assertThat(legend(chart).contains("migration")).isEqualTo(migrations > 0);
    assertThat(legend(chart).contains("the guide's plan too small")).isEqualTo(tooSmall > 0);
    assertThat(chart.getSeriesMap().get("migration").getXData()).hasSize((int) migrations);
    assertThat(annotations(chart).stream().filter(AnnotationLine.class::isInstance)).hasSize(g.stringColumn("guide_phase").countUnique() - 1);
    // each migration is named by what the plan moved to buys
    var names = PlanNames.index(WB);
    for (int i = 0; i < g.rowCount(); i++) {
      if (g.booleanColumn("migrates").get(i)) {
        assertThat(labelTexts(chart)).contains("month " + g.intColumn("month").get(i) + ": " + names.apply(g.stringColumn("plan").get(i)));
      }
    }
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
    // without plan names, a migration is named by the family moved to
    assertThat(labelTexts(chart)).allMatch(t -> Arrays.stream(sizing.model.Family.values()).anyMatch(f -> t.endsWith(f.label())));
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

  // ------------------------------------------------------------------ (h)

  @Test
  void sweepChartPutsTheSweptUsersOnTheXAxisWithALinePerOtherValue() {
    var sweep = Fixtures.sweep();
    var chart = (XYChart) Charts.sweep(sweep, java.util.Map.of()).orElseThrow();
    assertThat(chart.getXAxisTitle()).isEqualTo("concurrent users");
    assertThat(chart.getYAxisTitle()).isEqualTo("monthly hosting cost ($/month)");
    var llms = sweep.stringColumn("llm_model").unique().asList();
    assertThat(legend(chart)).containsExactlyInAnyOrderElementsOf(llms);
    for (var llm : llms) {
      var rows = sweep.where(sweep.stringColumn("llm_model").isEqualTo(llm));
      var line = chart.getSeriesMap().get(llm + " (line)") != null ? chart.getSeriesMap().get(llm + " (line)") : chart.getSeriesMap().get(llm);
      assertThat(line.getXData()).containsExactly(rows.doubleColumn("concurrent_users").asDoubleArray());
      for (int i = 0; i < rows.rowCount(); i++) {
        double expected = rows.stringColumn("plan").get(i).equals("none") ? Double.NaN : rows.doubleColumn("monthly_usd").get(i);
        assertThat(line.getYData()[i]).isEqualTo(expected);
      }
    }
  }

  @Test
  void sweepChartOfNamesOnlyIsABarPerCombinationAndOfNothingVariedIsNone() {
    var sweep = Fixtures.sweep();
    var at50 = sweep.where(sweep.doubleColumn("concurrent_users").isEqualTo(50)).copy();
    at50.removeColumns("concurrent_users");
    var bars = Charts.sweep(at50, java.util.Map.of()).orElseThrow();
    assertThat(bars).isInstanceOf(org.knowm.xchart.CategoryChart.class);
    assertThat(bars.getXAxisTitle()).isEqualTo("LLM");
    var one = at50.where(at50.stringColumn("llm_model").isEqualTo("gpt-4")).copy();
    one.removeColumns("llm_model");
    assertThat(Charts.sweep(one, java.util.Map.of())).isEmpty();
  }

  // ------------------------------------------------------------------ (i)

  @Test
  void loadTestChartDrawsTheMeasuredLevelsTheFittedLawAndLinearScalingWithUnitsOnTheAxes() {
    var fit = sizing.calibrate.LoadTestFit.of(sizing.calibrate.LoadTest.read(
        sizing.data.DataDir.locate().resolve("loadtests/cisco-usl.csv")));
    var chart = Charts.loadTest(fit, "Cisco benchmark");
    assertThat(chart.getTitle()).startsWith("Cisco benchmark");
    assertThat(chart.getXAxisTitle()).contains("concurrency", "(requests in progress");
    assertThat(chart.getYAxisTitle()).contains("(requests per second)");
    assertThat(legend(chart)).hasSize(3);
    var measured = chart.getSeriesMap().values().stream().filter(s -> s.getName().startsWith("measured")).findFirst().orElseThrow();
    var levels = fit.points().stream().mapToDouble(sizing.calibrate.LoadTestFit.Point::measured).toArray();
    assertThat(Arrays.stream(measured.getYData()).filter(Double::isFinite).toArray()).containsExactly(levels);
    var curve = chart.getSeriesMap().values().stream().filter(s -> s.getName().startsWith("USL fit")).findFirst().orElseThrow();
    assertThat(curve.getName()).contains(String.format(java.util.Locale.ROOT, "peak %,d req/s at N = %d",
        Math.round(fit.peakThroughput()), (long) fit.peakConcurrency()));
    for (int i = 0; i < curve.getXData().length; i += 40) {
      assertThat(curve.getYData()[i]).isEqualTo(fit.usl().throughputAtConcurrency(curve.getXData()[i]));
    }
    // the curve runs past the last level tested, so the turn after the peak shows
    double last = fit.points().get(fit.points().size() - 1).concurrency();
    assertThat(curve.getXData()[curve.getXData().length - 1]).isGreaterThan(last);
    assertLegendReadsInGrey(chart);
  }
}
