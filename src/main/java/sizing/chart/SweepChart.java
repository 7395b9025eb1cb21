package sizing.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler.LegendPosition;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;

/**
 * (h) A sweep's answer along the dimension it swept: the monthly hosting cost of the cheapest plan
 * meeting the goals at each value, one line per combination of the other varied parameters.
 */
final class SweepChart {
  private SweepChart() {}

  /** The column the sweep's parameter columns come before. */
  static final String FIRST_RESULT = "plan";

  /** The plan name of a combination where no plan meets every goal. */
  static final String NONE = "none";

  /** See {@link Charts#sweep}. */
  static Optional<Chart<?, ?>> chart(Table sweep, Map<String, String> units) {
    TableColumns.require(sweep, List.of(FIRST_RESULT, "term", "feasible", "monthly_usd"));
    var params = new ArrayList<String>();
    for (var c : sweep.columnNames()) {
      if (c.equals(FIRST_RESULT)) {
        break;
      }
      params.add(c);
    }
    if (TableColumns.distinct(sweep, "term").size() > 1) {
      params.add("term");
    }
    var varied = params.stream().filter(p -> TableColumns.distinct(sweep, p).size() > 1).toList();
    if (varied.isEmpty()) {
      return Optional.empty();
    }
    // the cheapest plan meeting the goals for each combination: the first feasible row (rows of
    // one combination come cheapest first), NaN where none does
    var numeric = varied.stream().filter(p -> isNumeric(sweep, p)).toList();
    var picks = new LinkedHashMap<List<String>, Double>();
    for (int i = 0; i < sweep.rowCount(); i++) {
      var key = new ArrayList<String>();
      for (var p : varied) {
        key.add(numeric.contains(p) ? Double.toString(TableColumns.number(sweep, p, i)) : sweep.column(p).getString(i));
      }
      boolean feasible = TableColumns.flag(sweep, "feasible", i) && !sweep.column(FIRST_RESULT).getString(i).equals(NONE);
      double usd = feasible ? TableColumns.number(sweep, "monthly_usd", i) : Double.NaN;
      picks.merge(key, usd, (a, b) -> Double.isNaN(a) ? b : a);
    }
    String x = numeric.contains("concurrent_users") ? "concurrent_users" : numeric.isEmpty() ? null : numeric.get(0);
    return Optional.of(x == null ? bars(picks, varied, units) : lines(sweep, picks, varied, x, units));
  }

  private static XYChart lines(Table sweep, Map<List<String>, Double> picks, List<String> varied, String x,
      Map<String, String> units) {
    int xi = varied.indexOf(x);
    var others = new ArrayList<>(varied);
    others.remove(x);
    var chart = PrintTheme.xyChart(Charts.HEIGHT,
        "Monthly hosting cost of the cheapest plan against " + ChartText.words(x),
        ChartText.title(x, units.get(x)),
        "monthly hosting cost ($/month)");
    var styler = chart.getStyler();
    styler.setYAxisDecimalPattern("$#,##0");
    styler.setYAxisMin(0.0);
    styler.setLegendPosition(LegendPosition.InsideNW);
    // one line per combination of the other parameters, in the order first met
    var series = new LinkedHashMap<String, List<double[]>>();
    for (var e : picks.entrySet()) {
      var key = e.getKey();
      String name = others.isEmpty() ? "cheapest plan meeting the goals"
          : others.stream().map(o -> label(o, key.get(varied.indexOf(o)), units)).collect(Collectors.joining(", "));
      series.computeIfAbsent(name, k -> new ArrayList<>()).add(new double[] {Double.parseDouble(key.get(xi)), e.getValue()});
    }
    var labels = new CustomPainting.PointLabels();
    int style = 0;
    for (var e : series.entrySet()) {
      var points = e.getValue();
      points.sort((a, b) -> Double.compare(a[0], b[0]));
      double[] xs = points.stream().mapToDouble(p -> p[0]).toArray();
      double[] ys = points.stream().mapToDouble(p -> p[1]).toArray();
      SeriesShapes.markedLine(chart, e.getKey(), xs, ys, style++, -1);
      labels.avoid(xs, ys);
      for (int i = 0; i < ys.length; i++) {
        if (Double.isNaN(ys[i]) && (i == 0 || !Double.isNaN(ys[i - 1])) && i > 0) {
          labels.add(xs[i - 1], ys[i - 1], "no plan meets the goals\nabove " + ChartText.num(xs[i - 1]), 1);
        }
      }
    }
    chart.addAnnotation(labels);
    return chart;
  }

  private static CategoryChart bars(Map<List<String>, Double> picks, List<String> varied, Map<String, String> units) {
    var categories = new ArrayList<String>();
    var values = new ArrayList<Double>();
    for (var e : picks.entrySet()) {
      var key = e.getKey();
      categories.add(String.join(", ", key));
      values.add(Double.isNaN(e.getValue()) ? 0.0 : e.getValue());
    }
    var chart = PrintTheme.categoryChart(Charts.HEIGHT,
        "Hosting cost of the cheapest plan for each " + varied.stream().map(v -> ChartText.title(v, units.get(v)))
            .collect(Collectors.joining(" and ")),
        varied.stream().map(v -> ChartText.title(v, units.get(v))).collect(Collectors.joining(", ")),
        "monthly hosting cost ($/month)");
    var styler = chart.getStyler();
    styler.setYAxisDecimalPattern("$#,##0");
    styler.setYAxisMin(0.0);
    styler.setLegendVisible(false);
    styler.setLabelsVisible(true);
    styler.setXAxisLabelRotation(categories.stream().mapToInt(String::length).sum() > 80 ? 30 : 0);
    PrintTheme.fill(chart.addSeries("cheapest plan meeting the goals", categories, values), 1);
    return chart;
  }

  /** A value of parameter {@code column} for a legend: {@code gpt-4o-mini}, {@code 1.2 × prices}, {@code 99.9% availability goal}. */
  private static String label(String column, String value, Map<String, String> units) {
    return switch (column) {
      case "llm_model", "term" -> value;
      default -> ChartText.words(column) + " " + ChartText.num(Double.parseDouble(value))
          + (units.get(column) == null ? "" : " " + units.get(column));
    };
  }

  private static boolean isNumeric(Table t, String column) {
    return t.column(column) instanceof NumericColumn<?>;
  }
}
