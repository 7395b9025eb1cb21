package sizing.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;
import sizing.model.Family;
import sizing.model.Figures;
import sizing.plan.PlanResult;

/** (d) Availability against monthly cost, the most available plan of each family for the money. */
final class AvailabilityChart {
  private AvailabilityChart() {}

  /** See {@link Charts#availabilityVersusCost}. */
  static XYChart chart(List<PlanResult> plans, List<PlanResult> scenarios, double goalPct) {
    if (plans.isEmpty()) {
      throw new IllegalArgumentException("no plans to chart");
    }
    // the legend below the plot: families, goal and the guide's deployments
    var chart = PrintTheme.xyChart(Charts.HEIGHT + Charts.legendHeight(Family.values().length + 2),
        "Availability against monthly cost" + ChartText.termNote(plans.get(0).cost().term()),
        "monthly hosting cost ($/month, log scale)",
        "monthly availability (%)");
    var styler = chart.getStyler();
    styler.setXAxisLogarithmic(true);
    styler.setXAxisDecimalPattern("$#,##0");
    styler.setYAxisDecimalPattern("0.00");
    styler.setLegendPosition(LegendPosition.OutsideS);
    chart.addAnnotation(new CustomPainting.LogTicks(true, "$#,##0"));

    var labels = new CustomPainting.PointLabels();
    var byFamily = new EnumMap<Family, List<PlanResult>>(Family.class);
    for (var r : plans) {
      if (r.capacityUsers() > 0) {
        byFamily.computeIfAbsent(r.deployment().family(), f -> new ArrayList<>()).add(r);
      }
    }
    double lo = Double.POSITIVE_INFINITY;
    double hi = 0;
    for (var e : byFamily.entrySet()) {
      var best = mostAvailableForTheMoney(e.getValue());
      double[] x = best.stream().mapToDouble(PlanResult::monthlyUsd).toArray();
      double[] y = best.stream().mapToDouble(r -> 100 * r.evaluation().availability()).toArray();
      lo = Math.min(lo, x[0]);
      hi = Math.max(hi, x[x.length - 1]);
      var line = chart.addSeries(e.getKey().label() + " (steps)", x, y);
      PrintTheme.style(line, e.getKey().ordinal()).setMarker(SeriesMarkers.NONE);
      line.setXYSeriesRenderStyle(XYSeriesRenderStyle.Step);
      line.setShowInLegend(false);
      labels.avoid(SeriesShapes.stepCorners(x), SeriesShapes.stepCornersY(y));
      SeriesShapes.markersOnly(chart, e.getKey().label(), x, y, e.getKey().ordinal());
    }
    if (!Double.isNaN(goalPct)) {
      // across what the chart shows: the guide's deployments and the families' frontiers
      var guideCosts = scenarios.stream().mapToDouble(PlanResult::monthlyUsd).filter(v -> v > 0).toArray();
      lo = Math.min(lo, Arrays.stream(guideCosts).min().orElse(Double.POSITIVE_INFINITY));
      hi = Math.max(hi, Arrays.stream(guideCosts).max().orElse(0));
      if (!Double.isFinite(lo)) {
        lo = 1;
        hi = 10;
      }
      var g = chart.addSeries(String.format(Locale.ROOT, "goal: %s%%", sizing.model.Figures.plain(goalPct)), new double[] {lo, hi},
          new double[] {goalPct, goalPct});
      g.setMarker(SeriesMarkers.NONE);
      g.setLineColor(Color.BLACK);
      g.setLineStyle(SeriesShapes.dashed(2f, 12f, 6f));
      labels.avoid(new double[] {lo, hi}, new double[] {goalPct, goalPct});
    }
    SeriesShapes.guidePoints(chart, labels, scenarios, PlanResult::monthlyUsd, r -> 100 * r.evaluation().availability(),
        0.08, Double.NaN,
        g -> String.format(Locale.ROOT, "%s/month, %s%%", SeriesShapes.range(g, PlanResult::monthlyUsd, Figures::usdBrief),
            SeriesShapes.range(g, r -> 100 * r.evaluation().availability(), v -> String.format(Locale.ROOT, "%.2f", v))),
        r -> r.monthlyUsd() > 0, "free");
    return chart;
  }

  /**
   * The plans of one family no cheaper plan of it beats on availability, cheapest first: the rest
   * add a component in series and only lose availability for more money.
   */
  static List<PlanResult> mostAvailableForTheMoney(List<PlanResult> family) {
    var sorted = new ArrayList<>(family);
    sorted.sort(Comparator.comparingDouble(PlanResult::monthlyUsd).thenComparing(PlanResult::name));
    var best = new ArrayList<PlanResult>();
    double most = -1;
    for (var r : sorted) {
      double a = r.evaluation().availability();
      if (a > most + 1e-11) {
        best.add(r);
        most = a;
      }
    }
    return best;
  }
}
