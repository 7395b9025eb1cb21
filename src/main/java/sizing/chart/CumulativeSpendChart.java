package sizing.chart;

import java.util.List;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;
import sizing.model.Figures;
import sizing.model.PlanCost;

/** (b) The cash one plan takes month by month under each payment term. */
final class CumulativeSpendChart {
  private CumulativeSpendChart() {}

  /** See {@link Charts#cumulativeSpend}. */
  static XYChart chart(List<PlanCost> costs, int months) {
    if (costs.isEmpty()) {
      throw new IllegalArgumentException("no plan costs to chart");
    }
    if (months < 1) {
      throw new IllegalArgumentException("months must be at least 1, was " + months);
    }
    var plan = costs.get(0).plan().name();
    if (costs.stream().anyMatch(c -> !c.plan().name().equals(plan))) {
      throw new IllegalArgumentException("cumulative spend compares one plan under several terms");
    }
    var chart = PrintTheme.xyChart(Charts.HEIGHT,
        "Cash paid by payment term" + ChartText.termsNote(costs.stream().map(PlanCost::term).toList()),
        "month",
        "cash paid so far ($)");
    var styler = chart.getStyler();
    styler.setYAxisDecimalPattern("$#,##0");
    styler.setXAxisDecimalPattern("0");
    styler.setLegendPosition(LegendPosition.InsideNW);
    styler.setXAxisMin(0.0);
    styler.setXAxisMax((double) months);
    styler.setYAxisMin(0.0);
    double[] x = new double[months + 1];
    for (int m = 0; m <= months; m++) {
      x[m] = m;
    }
    // the plan, named in the legend as a line of text with no line or marker of its own
    var name = chart.addSeries("plan: " + PlanNames.of(costs.get(0)), new double[] {0}, new double[] {0});
    name.setMarker(SeriesMarkers.NONE);
    name.setLineStyle(SeriesLines.NONE);
    var labels = new CustomPainting.PointLabels();
    double[] base = null;
    double most = 0;
    for (int i = 0; i < costs.size(); i++) {
      var c = costs.get(i);
      double[] y = new double[months + 1];
      for (int m = 1; m <= months; m++) {
        y[m] = y[m - 1] + c.cashUsd(m);
      }
      most = Math.max(most, y[months]);
      String after = String.format(Locale.ROOT, "%s: %s paid after %d months", c.term().name(), Figures.usdBrief(y[months]), months);
      if (base != null) {
        double saved = base[months] - y[months];
        after += ", " + Figures.usdBrief(Math.abs(saved)) + (saved >= 0 ? " less" : " more");
      }
      var s = PrintTheme.style(chart.addSeries(after, x, y), i);
      s.setLineStyle(PrintTheme.stroke(i, 2.2f));
      labels.avoid(x, y);
      if (base == null) {
        base = y;
        continue;
      }
      for (int m = 1; m <= months; m++) {
        if (y[m] <= base[m] + 1e-9 && y[m - 1] > base[m - 1] + 1e-9) {
          labels.add(m, y[m], String.format(Locale.ROOT, "%s breaks even in month %d", c.term().name(), m));
        }
      }
    }
    // head room above the dearest line for the legend
    styler.setYAxisMax(1.45 * most);
    chart.addAnnotation(labels);
    return chart;
  }
}
