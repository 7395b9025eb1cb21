package sizing.chart;

import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;
import sizing.model.Family;
import sizing.model.Figures;
import sizing.plan.Optimizer;
import sizing.plan.PlanResult;

/** (a) Monthly hosting cost against the users each plan carries. */
final class CostCapacityChart {
  private CostCapacityChart() {}

  /** See {@link Charts#costVersusCapacity}. */
  static XYChart chart(List<PlanResult> plans, List<PlanResult> scenarios, String capacityBasis) {
    if (plans.isEmpty()) {
      throw new IllegalArgumentException("no plans to chart");
    }
    var carrying = plans.stream().filter(r -> r.capacityUsers() > 0).toList();
    var byFamily = new EnumMap<Family, List<PlanResult>>(Family.class);
    for (var r : carrying) {
      byFamily.computeIfAbsent(r.deployment().family(), f -> new ArrayList<>()).add(r);
    }
    // the legend below the plot: the frontier, the families, the guide's deployments and those carrying no user
    long left = scenarios.stream().filter(r -> r.capacityUsers() <= 0).map(r -> PlanNames.of(r.deployment())).distinct().count();
    int entries = 2 + byFamily.size() + (int) (left > 0 ? left + 1 : 0);
    var chart = PrintTheme.xyChart(Charts.HEIGHT + Charts.legendHeight(entries),
        "Monthly hosting cost against capacity" + ChartText.termNote(plans.get(0).cost().term()),
        "capacity at the goals (concurrent users, log scale), " + capacityBasis,
        "monthly hosting cost ($/month, log scale)");
    var styler = chart.getStyler();
    styler.setXAxisLogarithmic(true);
    styler.setYAxisLogarithmic(true);
    styler.setXAxisDecimalPattern("#,##0");
    styler.setYAxisDecimalPattern("$#,##0");
    styler.setLegendPosition(LegendPosition.OutsideS);
    int most = carrying.stream().mapToInt(PlanResult::capacityUsers).max().orElse(10);
    styler.setXAxisMin(1.0);
    styler.setXAxisMax(Math.pow(10, Math.ceil(Math.log10(Math.max(10, most)))));
    chart.addAnnotation(new CustomPainting.LogTicks(true, "#,##0"));
    chart.addAnnotation(new CustomPainting.LogTicks(false, "$#,##0"));

    var frontier = Optimizer.frontier(carrying);
    var underlay = chart.addSeries(Charts.FRONTIER_SERIES, SeriesShapes.stepX(frontier), SeriesShapes.stepY(frontier));
    underlay.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
    underlay.setMarker(SeriesMarkers.NONE);
    underlay.setLineColor(Charts.GRID_GREY);
    underlay.setLineStyle(new BasicStroke(8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    var labels = new CustomPainting.PointLabels();
    for (var e : byFamily.entrySet()) {
      var steps = Optimizer.frontier(e.getValue());
      double[] x = steps.stream().mapToDouble(PlanResult::capacityUsers).toArray();
      double[] y = steps.stream().mapToDouble(PlanResult::monthlyUsd).toArray();
      var line = chart.addSeries(e.getKey().label() + " (steps)", SeriesShapes.stepX(steps), SeriesShapes.stepY(steps));
      PrintTheme.style(line, e.getKey().ordinal()).setMarker(SeriesMarkers.NONE);
      line.setShowInLegend(false);
      labels.avoid(SeriesShapes.stepX(steps), SeriesShapes.stepY(steps));
      SeriesShapes.markersOnly(chart, e.getKey().label(), x, y, e.getKey().ordinal());
    }
    SeriesShapes.guidePoints(chart, labels, scenarios, PlanResult::capacityUsers, PlanResult::monthlyUsd, 0.08, 0.06,
        g -> String.format(Locale.ROOT, "%s users, %s/month", SeriesShapes.range(g, PlanResult::capacityUsers, ChartText::num),
            SeriesShapes.range(g, PlanResult::monthlyUsd, Figures::usdBrief)),
        r -> r.capacityUsers() > 0, "carrying no user");
    return chart;
  }
}
