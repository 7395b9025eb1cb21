package sizing.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;
import tech.tablesaw.api.Table;

/** (e) Hosting against LLM spend as users grow, on a log scale so both read. */
final class HostingLlmChart {
  private HostingLlmChart() {}

  /** See {@link Charts#hostingVersusLlm}. */
  static XYChart chart(Table pick, String llm) {
    TableColumns.require(pick, Charts.PICK_COLUMNS);
    double[] allUsers = TableColumns.doubles(pick, "concurrent_users");
    double[] allHosting = TableColumns.doubles(pick, "monthly_usd");
    double[] allLlm = TableColumns.doubles(pick, "llm_monthly_usd");
    var keep = new ArrayList<Integer>();
    for (int i = 0; i < allUsers.length; i++) {
      if (Double.isFinite(allUsers[i]) && allHosting[i] > 0 && allLlm[i] > 0) {
        keep.add(i);
      }
    }
    int n = keep.size();
    double[] users = new double[n];
    double[] hosting = new double[n];
    double[] calls = new double[n];
    double[] share = new double[n];
    for (int k = 0; k < n; k++) {
      int i = keep.get(k);
      users[k] = allUsers[i];
      hosting[k] = allHosting[i];
      calls[k] = allLlm[i];
      share[k] = 100 * hosting[k] / (hosting[k] + calls[k]);
    }
    double lo = Arrays.stream(share).min().orElse(Double.NaN);
    double hi = Arrays.stream(share).max().orElse(Double.NaN);
    String range = Double.isNaN(lo) ? ""
        : ": hosting is " + (ChartText.share(lo).equals(ChartText.share(hi)) ? ChartText.share(lo)
            : ChartText.share(lo) + " to " + ChartText.share(hi)) + " of the total";
    var chart = PrintTheme.xyChart(Charts.HEIGHT,
        "Hosting against LLM spend" + range,
        "concurrent users",
        "monthly spend ($/month, log scale)");
    var styler = chart.getStyler();
    styler.setXAxisDecimalPattern("#,##0");
    styler.setYAxisLogarithmic(true);
    styler.setYAxisDecimalPattern("$#,##0");
    styler.setLegendPosition(LegendPosition.InsideSE);
    chart.addAnnotation(new CustomPainting.LogTicks(false, "$#,##0"));
    if (n == 0) {
      var none = chart.addSeries("no number of users has a plan meeting the goals", new double[] {1}, new double[] {1});
      none.setMarker(SeriesMarkers.NONE);
      return chart;
    }
    styler.setXAxisMin(0.0);
    styler.setXAxisMax(users[n - 1]);
    // whole decades, the lowest with room below the cheapest hosting for the legend
    double min = Math.min(Arrays.stream(hosting).min().orElse(1), Arrays.stream(calls).min().orElse(1));
    double max = Math.max(Arrays.stream(calls).max().orElse(10), Arrays.stream(hosting).max().orElse(10));
    styler.setYAxisMin(Math.pow(10, Math.floor(Math.log10(min) - 0.5)));
    styler.setYAxisMax(Math.pow(10, Math.ceil(Math.log10(max))));

    SeriesShapes.markedLine(chart, "LLM calls (" + llm + ")", users, calls, 2, -1);
    var h = SeriesShapes.markedLine(chart, "hosting: the cheapest plan meeting the goals", users, hosting, 0, -1);
    h.get(0).setLineColor(Color.BLACK);
    var labels = new CustomPainting.PointLabels();
    labels.avoid(users, calls).avoid(users, hosting);
    int last = n - 1;
    labels.add(users[last], hosting[last], String.format(Locale.ROOT, "%s users: hosting %s,\nLLM calls %s a month",
        ChartText.num(users[last]), ChartText.money(hosting[last]), ChartText.money(calls[last])), -1);
    chart.addAnnotation(labels);
    return chart;
  }
}
