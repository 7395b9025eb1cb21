package sizing.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler.LegendPosition;
import sizing.model.CommitmentTerm;
import sizing.model.Figures;
import sizing.model.PlanCost;

/** (b) What each of the guide's deployments costs a month under each payment term. */
final class TermCostChart {
  private TermCostChart() {}

  /** See {@link Charts#reservedSavings}. */
  static XYChart chart(List<PlanCost> costs) {
    if (costs.isEmpty()) {
      throw new IllegalArgumentException("no plan costs to chart");
    }
    var terms = new LinkedHashMap<String, CommitmentTerm>();
    // plan name -> term name -> monthly cost; plans that buy the same things share a row
    var rows = new LinkedHashMap<String, Map<String, Double>>();
    for (var c : costs) {
      terms.putIfAbsent(c.term().name(), c.term());
      rows.computeIfAbsent(SeriesShapes.wrap(PlanNames.of(c)), k -> new LinkedHashMap<>())
          .putIfAbsent(c.term().name(), c.monthlyUsd());
    }
    var names = List.copyOf(rows.keySet());
    int lines = names.stream().mapToInt(t -> t.split("\n").length).max().orElse(1);
    int legend = 14 + 20 * terms.size();
    var chart = PrintTheme.xyChart(SeriesShapes.rowsHeight(names.size(), lines, legend),
        "Monthly cost by payment term" + ChartText.termsNote(terms.values()),
        "monthly cost, prepaid terms spread over their months ($/month)",
        "");
    var styler = chart.getStyler();
    styler.setXAxisDecimalPattern("$#,##0");
    styler.setLegendPosition(LegendPosition.OutsideS);
    double most = costs.stream().mapToDouble(PlanCost::monthlyUsd).max().orElse(1);
    styler.setXAxisMin(0.0);
    // room right of the longest bar for its figures
    styler.setXAxisMax(1.45 * most);
    SeriesShapes.rows(chart, names, 0);

    // the dearest term first, so each cheaper one is drawn over it and the darker end shows what it saves
    var order = new ArrayList<>(terms.keySet());
    var fill = new LinkedHashMap<String, Integer>();
    order.forEach(t -> fill.put(t, fill.size()));
    order.sort(Comparator.comparingDouble((String t) -> -rows.values().stream()
        .mapToDouble(r -> r.getOrDefault(t, 0.0)).sum()));
    for (var t : order) {
      for (int i = 0; i < names.size(); i++) {
        Double usd = rows.get(names.get(i)).get(t);
        if (usd != null) {
          SeriesShapes.bar(chart, t + " " + i, 0, usd, names.size() - i, PrintTheme.FILLS[fill.get(t) % PrintTheme.FILLS.length]);
        }
      }
    }
    for (var t : terms.values()) {
      SeriesShapes.legendBox(chart, ChartText.termLabel(t), PrintTheme.FILLS[fill.get(t.name()) % PrintTheme.FILLS.length],
          0, names.size());
    }
    var labels = new CustomPainting.PointLabels();
    for (int i = 0; i < names.size(); i++) {
      var row = rows.get(names.get(i));
      double top = row.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
      labels.add(top, names.size() - i, terms.keySet().stream().filter(row::containsKey)
          .map(t -> Figures.usdBrief(row.get(t))).collect(Collectors.joining(" / ")), 1);
    }
    chart.addAnnotation(labels);
    return chart;
  }
}
