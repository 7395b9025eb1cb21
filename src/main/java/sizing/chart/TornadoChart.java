package sizing.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;
import tech.tablesaw.api.Table;

/** (f) One-at-a-time sensitivity: which input moves an output most. */
final class TornadoChart {
  private TornadoChart() {}

  /** What a tornado's output is called in its title. */
  private static final Map<String, String> SUBJECTS = Map.of(
      "capacity_users", "capacity",
      "total_monthly_usd", "the monthly cost with the LLM",
      "monthly_usd", "the hosting cost",
      "p95_seconds", "the p95 response time");

  /** See {@link Charts#tornado(Table)}. */
  static XYChart chart(Table sensitivity) {
    TableColumns.require(sensitivity, Charts.TORNADO_COLUMNS);
    var outputs = TableColumns.distinct(sensitivity, "output");
    if (outputs.size() != 1) {
      throw new IllegalArgumentException("the table holds " + outputs.size() + " outputs (" + String.join(", ", outputs)
          + "); name the one to chart");
    }
    return chart(sensitivity, outputs.get(0));
  }

  /** See {@link Charts#tornado(Table, String)}. */
  static XYChart chart(Table sensitivity, String output) {
    TableColumns.require(sensitivity, Charts.TORNADO_COLUMNS);
    record Row(String parameter, String unit, double low, double high, double base, double atLow, double atHigh) {
      double swing() {
        return Math.abs(atHigh - atLow);
      }
    }
    var rows = new ArrayList<Row>();
    for (int i = 0; i < sensitivity.rowCount(); i++) {
      if (sensitivity.column("output").getString(i).equals(output)) {
        rows.add(new Row(sensitivity.column("parameter").getString(i), sensitivity.column("unit").getString(i),
            TableColumns.number(sensitivity, "low_input", i), TableColumns.number(sensitivity, "high_input", i),
            TableColumns.number(sensitivity, "base_output", i), TableColumns.number(sensitivity, "output_low", i),
            TableColumns.number(sensitivity, "output_high", i)));
      }
    }
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("no rows for output '" + output + "' (outputs: "
          + String.join(", ", TableColumns.distinct(sensitivity, "output")) + ")");
    }
    rows.sort(Comparator.comparingDouble(Row::swing).reversed().thenComparing(Row::parameter));
    double base = rows.get(0).base();
    var names = rows.stream().map(r -> ChartText.input(r.parameter(), r.unit(), r.low(), r.high())).toList();
    int legend = Charts.legendHeight(3);
    var chart = PrintTheme.xyChart(SeriesShapes.rowsHeight(rows.size(), 1, legend),
        "What moves " + SUBJECTS.getOrDefault(output, ChartText.words(output)) + " most, one input at a time",
        ChartText.title(output, ""),
        "");
    var styler = chart.getStyler();
    styler.setLegendPosition(LegendPosition.OutsideS);
    styler.setXAxisDecimalPattern(output.endsWith("_usd") ? "$#,##0" : "#,##0.###");
    double lo = base;
    double hi = base;
    for (var r : rows) {
      lo = Math.min(lo, Math.min(r.atLow(), r.atHigh()));
      hi = Math.max(hi, Math.max(r.atLow(), r.atHigh()));
    }
    double pad = Math.max(hi - lo, Math.abs(base) * 0.1 + 1e-9) * 0.22;
    double left = lo - pad < 0 && lo >= 0 ? 0 : lo - pad;
    styler.setXAxisMin(left);
    styler.setXAxisMax(hi + pad);
    SeriesShapes.rows(chart, names, left);

    var labels = new CustomPainting.PointLabels();
    for (int i = 0; i < rows.size(); i++) {
      var r = rows.get(i);
      double y = rows.size() - i;
      // the longer bar first, so the shorter one shows over it when both lie on one side of the base
      boolean lowFirst = Math.abs(r.atLow() - base) >= Math.abs(r.atHigh() - base);
      for (boolean isLow : lowFirst ? new boolean[] {true, false} : new boolean[] {false, true}) {
        double to = isLow ? r.atLow() : r.atHigh();
        if (to != r.base()) {
          SeriesShapes.bar(chart, (isLow ? "low " : "high ") + i, r.base(), to, y, PrintTheme.FILLS[isLow ? 0 : 2]);
          labels.add(to, y, ChartText.value(output, to), to < r.base() ? -1 : 1);
        }
      }
    }
    SeriesShapes.legendBox(chart, "input at its low value", PrintTheme.FILLS[0], base, rows.size());
    SeriesShapes.legendBox(chart, "input at its high value", PrintTheme.FILLS[2], base, rows.size());
    var b = chart.addSeries("base: " + ChartText.value(output, base), new double[] {base, base},
        new double[] {0.7, rows.size() + 0.3});
    b.setMarker(SeriesMarkers.NONE);
    b.setLineColor(Color.BLACK);
    b.setLineStyle(SeriesShapes.dashed(1.5f, 6f, 4f));
    chart.addAnnotation(labels);
    return chart;
  }
}
