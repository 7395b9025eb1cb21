package sizing.chart;

import java.awt.Color;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;
import sizing.model.Deployment;
import sizing.model.SizingModel;

/** (c) The p95 response time each plan gives as users grow. */
final class P95Chart {
  private P95Chart() {}

  /** See {@link Charts#p95VersusUsers}. */
  static XYChart chart(SizingModel model, Map<String, Deployment> plans, double[] users) {
    if (plans.isEmpty() || users.length == 0) {
      throw new IllegalArgumentException("no plans or no users to chart");
    }
    double goal = model.goals().p95Seconds();
    double floor = model.floorResponseSeconds();
    double top = Math.ceil(Double.isNaN(goal) ? 3 * floor : 2 * goal);
    var chart = PrintTheme.xyChart(Charts.HEIGHT,
        "p95 response time as users grow, calling " + model.llm().name(),
        "concurrent users",
        "p95 response time (seconds)");
    var styler = chart.getStyler();
    styler.setYAxisMin(0.0);
    styler.setYAxisMax(top);
    styler.setXAxisMin(0.0);
    styler.setXAxisMax(users[users.length - 1]);
    styler.setLegendPosition(LegendPosition.InsideSE);
    styler.setXAxisDecimalPattern("#,##0");
    styler.setYAxisDecimalPattern("0");

    var labels = new CustomPainting.PointLabels();
    int style = 0;
    for (var e : plans.entrySet()) {
      double[] y = new double[users.length];
      int off = -1;
      boolean unstable = false;
      for (int i = 0; i < users.length; i++) {
        double p = off >= 0 ? Double.NaN : model.evaluate(e.getValue(), users[i]).p95Seconds();
        if (off < 0 && p > top) {
          off = i;
          unstable = Double.isInfinite(p);
          p = top; // drawn up to the edge, then no further
        }
        y[i] = p;
      }
      SeriesShapes.markedLine(chart, e.getKey(), users, y, style++, off);
      labels.avoid(users, y);
      if (off >= 0) {
        labels.add(users[off], top, String.format(Locale.ROOT, unstable ? "unbounded from %s users" : "over %s s from %s users",
            unstable ? ChartText.num(users[off]) : ChartText.num(top), ChartText.num(users[off])));
      }
    }
    var x2 = new double[] {0, users[users.length - 1]};
    if (!Double.isNaN(goal)) {
      var g = chart.addSeries(String.format(Locale.ROOT, "goal: p95 of %s s", ChartText.num(goal)), x2, new double[] {goal, goal});
      g.setMarker(SeriesMarkers.NONE);
      g.setLineColor(Color.BLACK);
      g.setLineStyle(SeriesShapes.dashed(2.5f, 12f, 6f));
    }
    var f = chart.addSeries(String.format(Locale.ROOT, "no queueing: p95 %s s (%s alone: %s s)",
        ChartText.num(floor), model.llm().name(), ChartText.num(model.llmLatencyPerRequest().quantile(SizingModel.P95))),
        x2, new double[] {floor, floor});
    f.setMarker(SeriesMarkers.NONE);
    f.setLineColor(Charts.GRID_GREY.darker());
    f.setLineStyle(SeriesShapes.dashed(1.5f, 2f, 3f));
    chart.addAnnotation(labels);
    return chart;
  }
}
