package sizing.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.internal.series.Series;
import org.knowm.xchart.style.AxesChartStyler;
import sizing.plan.Optimizer;
import sizing.plan.PlanGenerator;

/**
 * Every chart as the workbook draws it from its own data, painted, then checked the way a reader
 * would look at it printed: it fits (title, legend, names and labels inside the chart, no two
 * labels on top of each other, none left out), its text is at least 8 points on an A4 page, and
 * it speaks the reader's language (no code names or plan ids, each unit said once).
 */
class ChartLayoutTest {
  static final sizing.data.Workbook WB = Fixtures.WORKBOOK;
  static final Map<String, Chart<?, ?>> CHARTS = new LinkedHashMap<>();

  /** A code name ({@code total_monthly_usd}), a generated plan id ({@code split:1xs-...}) or a scenario id. */
  static final Pattern CODE = Pattern.compile("\\b[a-z0-9]+_[a-z0-9_]+\\b|\\b(single|split|lb|multi):|\\bfe:|\\bdb:");

  @BeforeAll
  static void drawEveryChart() {
    var term = WB.terms().get("on-demand");
    var model = WB.model();
    double users = WB.workload().users();
    var plans = PlanGenerator.generate(WB.catalog());
    var judged = Optimizer.judgeAll(plans, new sizing.plan.Pricing(WB.catalog(), term, model), users);
    var scenarios = WB.scenarios().values().stream().map(s -> Optimizer.judge(s.plan(), new sizing.plan.Pricing(WB.catalog(), term, model), users)).toList();
    var pick = Optimizer.cheapest(plans, new sizing.plan.Pricing(WB.catalog(), term, model), users);
    CHARTS.put("a", Charts.costVersusCapacity(judged, scenarios, model.workload()));
    CHARTS.put("b", Charts.reservedSavings(ChartsTest.everyScenarioUnderEveryTerm()));
    CHARTS.put("b-spend", Charts.cumulativeSpend(ChartSet.pricedUnderEveryTerm(pick.orElseThrow().cost().plan(), WB),
        ChartSet.SPEND_MONTHS));
    CHARTS.put("c", Charts.p95VersusUsers(model, ChartSet.comparedPlans(WB, pick, users), UserRange.DEFAULT.values()));
    CHARTS.put("d", Charts.availabilityVersusCost(judged, scenarios, model.goals().availabilityPct()));
    CHARTS.put("e", Charts.hostingVersusLlm(ChartSet.pickTable(WB, term, model, new UserRange(10, 300, 10).values()),
        model.llm().name()));
    CHARTS.put("f", Charts.tornado(Fixtures.tornado()));
    CHARTS.put("g-capacity", Charts.growthCapacity(Fixtures.growth(), PlanNames.index(WB)));
    CHARTS.put("g-cost", Charts.growthCost(Fixtures.growth(), PlanNames.index(WB)));
    CHARTS.put("h", Charts.sweep(Fixtures.sweep(), Map.of()).orElseThrow());
    CHARTS.put("i", Charts.loadTest(sizing.calibrate.LoadTestFit.of(sizing.calibrate.LoadTest.read(
        WB.dataDir().resolve("loadtests/cisco-usl.csv"))), "Cisco benchmark (Schwartz 2015)"));
    for (var c : CHARTS.values()) {
      var image = new BufferedImage(c.getWidth(), c.getHeight(), BufferedImage.TYPE_INT_ARGB);
      var g = image.createGraphics();
      c.paint(g, c.getWidth(), c.getHeight());
      g.dispose();
    }
  }

  static Stream<Arguments> charts() {
    return CHARTS.isEmpty() ? Stream.of("a", "b", "b-spend", "c", "d", "e", "f", "g-capacity", "g-cost", "h", "i").map(Arguments::of)
        : CHARTS.keySet().stream().map(Arguments::of);
  }

  static Object field(Class<?> type, Object on, String name) {
    try {
      var f = type.getDeclaredField(name);
      f.setAccessible(true);
      return f.get(on);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** Where XChart drew the legend, from its protected fields (XChart 3.8 keeps its size and place apart). */
  static Rectangle2D legend(Chart<?, ?> chart) {
    var legend = field(Chart.class, chart, "legend");
    var size = (Rectangle2D) field(org.knowm.xchart.internal.chartpart.Legend_.class, legend, "bounds");
    double x = (double) field(org.knowm.xchart.internal.chartpart.Legend_.class, legend, "xOffset");
    double y = (double) field(org.knowm.xchart.internal.chartpart.Legend_.class, legend, "yOffset");
    return new Rectangle2D.Double(x, y, size.getWidth(), size.getHeight());
  }

  static Rectangle2D whole(Chart<?, ?> chart) {
    return new Rectangle2D.Double(0, 0, chart.getWidth() + 0.5, chart.getHeight() + 0.5);
  }

  /** All the words a reader sees: title, axis titles, legend entries, point labels and row names. */
  static List<String> words(Chart<?, ?> chart) {
    var words = new ArrayList<String>();
    words.add(chart.getTitle());
    words.add(chart.getXAxisTitle());
    words.add(chart.getYAxisTitle());
    chart.getSeriesMap().values().stream().filter(Series::isShowInLegend).map(Series::getLabel).forEach(words::add);
    words.addAll(ChartsTest.labelTexts(chart));
    words.addAll(ChartsTest.rowNames(chart));
    return words;
  }

  @ParameterizedTest
  @MethodSource("charts")
  void theTitleFitsAcrossTheChart(String name) {
    var chart = CHARTS.get(name);
    var font = chart.getStyler().getChartTitleFont();
    double width = font.getStringBounds(chart.getTitle(), new FontRenderContext(null, true, true)).getWidth();
    assertThat(width).as(chart.getTitle()).isLessThanOrEqualTo(chart.getWidth() - 2.0 * chart.getStyler().getChartPadding());
  }

  @ParameterizedTest
  @MethodSource("charts")
  void theLegendIsInsideTheChart(String name) {
    var chart = CHARTS.get(name);
    if (chart.getStyler().isLegendVisible()) {
      assertThat(whole(chart).contains(legend(chart))).as("legend at %s in %s x %s", legend(chart), chart.getWidth(),
          chart.getHeight()).isTrue();
    }
  }

  @ParameterizedTest
  @MethodSource("charts")
  void everyLabelIsDrawnClearOfTheOthersAndOfTheLegend(String name) {
    var chart = CHARTS.get(name);
    for (var labels : ChartsTest.pointLabels(chart)) {
      assertThat(labels.dropped()).as("labels with no room").isEmpty();
      var boxes = labels.placed();
      assertThat(boxes).hasSize(labels.labels().size());
      for (int i = 0; i < boxes.size(); i++) {
        for (int j = i + 1; j < boxes.size(); j++) {
          assertThat(boxes.get(i).intersects(boxes.get(j))).as("%s and %s", boxes.get(i), boxes.get(j)).isFalse();
        }
        if (chart.getStyler().isLegendVisible()) {
          assertThat(boxes.get(i).intersects(legend(chart))).as("label %s over the legend", boxes.get(i)).isFalse();
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("charts")
  void rowNamesAreInsideTheChartAndApart(String name) {
    var chart = CHARTS.get(name);
    var rows = ChartLayoutTest.rowPanels(chart);
    for (int i = 0; i < rows.size(); i++) {
      assertThat(whole(chart).contains(rows.get(i))).as("row name at %s", rows.get(i)).isTrue();
      for (int j = i + 1; j < rows.size(); j++) {
        assertThat(rows.get(i).intersects(rows.get(j))).isFalse();
      }
    }
  }

  static List<Rectangle2D> rowPanels(Chart<?, ?> chart) {
    return ChartsTest.annotations(chart).stream().filter(SeriesShapes.RowName.class::isInstance)
        .map(a -> ((SeriesShapes.RowName) a).getBounds()).toList();
  }

  @ParameterizedTest
  @MethodSource("charts")
  void itsSmallestTextIsEightPointsOnAnA4Page(String name) {
    var chart = CHARTS.get(name);
    var s = (AxesChartStyler) chart.getStyler();
    double scale = PrintTheme.PRINTED_WIDTH_PT / chart.getWidth();
    for (Font f : List.of(s.getChartTitleFont(), s.getLegendFont(), s.getAxisTitleFont(), s.getAxisTickLabelsFont(),
        s.getAnnotationTextFont(), s.getAnnotationTextPanelFont())) {
      assertThat(f.getSize2D() * scale).as(f.toString()).isGreaterThanOrEqualTo(PrintTheme.SMALLEST_PRINTED_PT);
    }
  }

  @ParameterizedTest
  @MethodSource("charts")
  void itSpeaksTheReadersLanguage(String name) {
    var chart = CHARTS.get(name);
    // the guide's scenario ids that are no English word ("small" is both)
    var ids = WB.scenarios().keySet().stream().filter(id -> id.contains("-")).toList();
    for (var text : words(chart)) {
      assertThat(CODE.matcher(text).find()).as("code in '%s'", text).isFalse();
      for (var id : ids) {
        assertThat(Pattern.compile("(?<![\\w-])" + Pattern.quote(id) + "(?![\\w-])").matcher(text).find())
            .as("scenario id %s in '%s'", id, text).isFalse();
      }
    }
    // a unit is said once: no "month (months)", no "users (users)"
    for (var title : List.of(chart.getXAxisTitle(), chart.getYAxisTitle())) {
      assertThat(Pattern.compile("\\b(\\w+)\\b[^(]*\\(\\1").matcher(title).find()).as(title).isFalse();
    }
  }
}
