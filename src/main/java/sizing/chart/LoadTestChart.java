package sizing.chart;

import java.awt.Color;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;
import sizing.calibrate.LoadTestFit;

/** (i) A load test's throughput against concurrency, with the fitted Universal Scalability Law. */
final class LoadTestChart {
  private LoadTestChart() {}

  /** Points on the fitted curve; enough for a smooth line at the chart's width. */
  static final int CURVE_POINTS = 200;

  /** See {@link Charts#loadTest}. */
  static XYChart chart(LoadTestFit fit, String name) {
    var points = fit.points();
    var usl = fit.usl();
    double[] n = points.stream().mapToDouble(LoadTestFit.Point::concurrency).toArray();
    double[] x = points.stream().mapToDouble(LoadTestFit.Point::measured).toArray();
    double last = n[n.length - 1];
    // the curve runs a quarter past the last level tested, so its turn (or its flattening) shows
    double right = Math.ceil(1.25 * last);
    double top = 1.15 * Math.max(fit.measuredPeak(), fit.peakThroughput());
    var chart = PrintTheme.xyChart(Charts.HEIGHT + Charts.legendHeight(3),
        name + ": throughput against concurrency",
        "concurrency N (requests in progress at once)",
        "throughput (requests per second)");
    var styler = chart.getStyler();
    styler.setXAxisMin(0.0);
    styler.setXAxisMax(right);
    styler.setYAxisMin(0.0);
    styler.setYAxisMax(top);
    styler.setLegendPosition(LegendPosition.OutsideS);
    styler.setXAxisDecimalPattern("#,##0.#");
    styler.setYAxisDecimalPattern(top >= 10 ? "#,##0" : "0.0#");

    double[] cn = new double[CURVE_POINTS + 1];
    double[] cx = new double[CURVE_POINTS + 1];
    double[] linear = new double[CURVE_POINTS + 1];
    for (int i = 0; i <= CURVE_POINTS; i++) {
      cn[i] = Math.max(1e-9, right * i / CURVE_POINTS);
      cx[i] = usl.throughputAtConcurrency(cn[i]);
      double lin = usl.lambda() * cn[i];
      linear[i] = lin <= top ? lin : Double.NaN;
    }
    var ideal = chart.addSeries(String.format(Locale.ROOT, "linear scaling \u03bbN (\u03bb = %s req/s per request in progress)",
        ChartText.num(usl.lambda())), cn, linear);
    ideal.setMarker(SeriesMarkers.NONE);
    ideal.setLineColor(Charts.GRID_GREY.darker());
    ideal.setLineStyle(SeriesShapes.dashed(1.5f, 2f, 3f));
    var curve = chart.addSeries(String.format(Locale.ROOT, "USL fit (R\u00b2 %.4f): \u03c3 %s, \u03ba %s; peak %s req/s at N = %s",
        fit.rSquared(), sig(usl.sigma()), sig(usl.kappa()), peak(fit.peakThroughput()),
        Double.isInfinite(fit.peakConcurrency()) ? "\u221e" : ChartText.num(fit.peakConcurrency())), cn, cx);
    PrintTheme.style(curve, 1).setMarker(SeriesMarkers.NONE);
    curve.setLineStyle(PrintTheme.stroke(0, 2.5f));
    SeriesShapes.markersOnly(chart, String.format(Locale.ROOT, "measured, %d levels", n.length), n, x, 0)
        .setLineColor(new Color(0, 0, 0, 0));
    return chart;
  }

  /** A throughput as people write it: whole from a thousand up, else four significant figures. */
  static String peak(double v) {
    return v >= 1000 ? ChartText.num(Math.round(v)) : sig(v);
  }

  /** Four significant figures, no exponent. */
  static String sig(double v) {
    return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
  }
}
