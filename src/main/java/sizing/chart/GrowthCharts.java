package sizing.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler.LegendLayout;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;
import sizing.model.Family;
import tech.tablesaw.api.Table;

/**
 * (g) The growth path month by month, beside the guide's migration path: users against the
 * capacity of each month's plan, and each month's hosting cost. Each migration is marked and named
 * with the plan moved to; each of the guide's phases starts at a dotted line and is named, with
 * its months, in the x-axis title.
 */
final class GrowthCharts {
  private GrowthCharts() {}

  /** See {@link Charts#growthCapacity}. */
  static XYChart capacity(Table growth, UnaryOperator<String> planNames) {
    TableColumns.require(growth, Charts.GROWTH_COLUMNS);
    double[] month = TableColumns.doubles(growth, "month");
    var chart = monthChart(growth, month, 5, "Growth path: users against the capacity of each month's plan",
        "concurrent users", "#,##0");
    double[] capacity = TableColumns.doubles(growth, "capacity_users");
    double[] users = TableColumns.doubles(growth, "users");
    double[] guide = TableColumns.doubles(growth, "guide_capacity_users");
    var labels = new CustomPainting.PointLabels();
    stepped(chart, labels, "capacity of the path's plan", month, capacity, 2, null);
    stepped(chart, labels, "capacity of the guide's plan", month, guide, 1, PrintTheme.stroke(1, 2.2f));
    var u = PrintTheme.style(chart.addSeries("concurrent users", month, users), 0);
    u.setLineWidth(2f);
    labels.avoid(month, users);
    var tooSmall = new ArrayList<double[]>();
    for (int i = 0; i < month.length; i++) {
      if (!TableColumns.flag(growth, "guide_plan_enough", i)) {
        tooSmall.add(new double[] {month[i], users[i]});
      }
    }
    if (!tooSmall.isEmpty()) {
      var s = chart.addSeries("the guide's plan too small",
          tooSmall.stream().mapToDouble(p -> p[0]).toArray(), tooSmall.stream().mapToDouble(p -> p[1]).toArray());
      s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
      s.setMarker(SeriesMarkers.CROSS);
      s.setMarkerColor(PrintTheme.color(5));
    }
    migrations(chart, labels, growth, month, capacity, planNames);
    phases(chart, growth, month);
    chart.addAnnotation(labels);
    return chart;
  }

  /** See {@link Charts#growthCost}. */
  static XYChart cost(Table growth, UnaryOperator<String> planNames) {
    TableColumns.require(growth, Charts.GROWTH_COLUMNS);
    double[] month = TableColumns.doubles(growth, "month");
    var chart = monthChart(growth, month, 3, "Growth path: monthly hosting cost of each month's plan",
        "monthly hosting cost ($/month)", "$#,##0");
    double[] cost = TableColumns.doubles(growth, "monthly_usd");
    double[] guide = TableColumns.doubles(growth, "guide_monthly_usd");
    var labels = new CustomPainting.PointLabels();
    stepped(chart, labels, "the path's plan", month, cost, 2, null);
    stepped(chart, labels, "the guide's plan", month, guide, 1, PrintTheme.stroke(1, 2.2f));
    migrations(chart, labels, growth, month, cost, planNames);
    phases(chart, growth, month);
    chart.addAnnotation(labels);
    return chart;
  }

  /** The family's label for a family id of the growth table, the id itself when it is none. */
  static String familyLabel(String id) {
    return Arrays.stream(Family.values()).filter(f -> f.id().equals(id)).map(Family::label).findFirst().orElse(id);
  }

  /** A chart over the growth table's months, its y-axis from 0, with {@code legendEntries} entries in the legend below. */
  private static XYChart monthChart(Table growth, double[] month, int legendEntries, String title, String yAxisTitle,
      String yPattern) {
    var chart = PrintTheme.xyChart(Charts.HEIGHT + Charts.legendHeight(legendEntries), title, monthTitle(growth, month),
        yAxisTitle);
    var styler = chart.getStyler();
    styler.setXAxisDecimalPattern("0");
    styler.setYAxisDecimalPattern(yPattern);
    styler.setLegendPosition(LegendPosition.OutsideS);
    styler.setLegendLayout(LegendLayout.Vertical);
    styler.setYAxisMin(0.0);
    if (month.length > 0) {
      styler.setXAxisMin(month[0]);
      styler.setXAxisMax(month[month.length - 1] + 1);
    }
    return chart;
  }

  /** A step series held over each month: one more point at the end so the last month has its width. */
  private static XYSeries stepped(XYChart chart, CustomPainting.PointLabels labels, String name, double[] month, double[] y,
      int style, BasicStroke stroke) {
    int n = month.length;
    double[] x2 = Arrays.copyOf(month, n + (n > 0 ? 1 : 0));
    double[] y2 = Arrays.copyOf(y, x2.length);
    if (n > 0) {
      x2[n] = month[n - 1] + 1;
      y2[n] = y[n - 1];
    }
    var s = chart.addSeries(name, x2, y2);
    PrintTheme.style(s, style).setMarker(SeriesMarkers.NONE);
    s.setLineStyle(stroke == null ? new BasicStroke(2.6f) : stroke);
    s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Step);
    labels.avoid(SeriesShapes.stepCorners(x2), SeriesShapes.stepCornersY(y2));
    return s;
  }

  /** Marks the months the path migrates, each labelled with the month and the plan moved to. */
  private static void migrations(XYChart chart, CustomPainting.PointLabels labels, Table growth, double[] month, double[] y,
      UnaryOperator<String> planNames) {
    var mx = new ArrayList<Double>();
    var my = new ArrayList<Double>();
    for (int i = 0; i < month.length; i++) {
      if (TableColumns.flag(growth, "migrates", i)) {
        mx.add(month[i]);
        my.add(y[i]);
        var plan = growth.column("plan").getString(i);
        var name = planNames == null ? familyLabel(growth.column("family").getString(i)) : planNames.apply(plan);
        labels.add(month[i], y[i], "month " + ChartText.num(month[i]) + ": " + name, -1);
      }
    }
    if (!mx.isEmpty()) {
      var s = chart.addSeries("migration", mx, my);
      s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
      s.setMarker(SeriesMarkers.DIAMOND);
      s.setMarkerColor(Color.BLACK);
    }
  }

  /** A dotted line where the guide's phase changes; the phases themselves are named in the x-axis title. */
  private static void phases(XYChart chart, Table growth, double[] month) {
    String previous = null;
    for (int i = 0; i < month.length; i++) {
      String phase = growth.column("guide_phase").getString(i);
      if (previous != null && !phase.equals(previous)) {
        chart.addAnnotation(new AnnotationLine(month[i], true, false));
      }
      previous = phase;
    }
  }

  /**
   * The x-axis title: the month, and the months each of the guide's phases covers ({@code month;
   * the guide's phases: 1–3 Start Small, 4–6 Production Ready, 7–24 Scale Up}), a phase's {@code
   * Phase N:} prefix left out.
   */
  static String monthTitle(Table growth, double[] month) {
    var spans = new ArrayList<String>();
    int start = 0;
    for (int i = 1; i <= month.length; i++) {
      if (i == month.length || !growth.column("guide_phase").getString(i).equals(growth.column("guide_phase").getString(start))) {
        var phase = growth.column("guide_phase").getString(start).replaceFirst("^Phase\\s*\\d+\\s*:\\s*", "");
        var first = ChartText.num(month[start]);
        var last = ChartText.num(month[i - 1]);
        spans.add((first.equals(last) ? first : first + "–" + last) + " " + phase);
        start = i;
      }
    }
    return spans.isEmpty() ? "month" : "month; the guide's phases: " + String.join(", ", spans);
  }
}
