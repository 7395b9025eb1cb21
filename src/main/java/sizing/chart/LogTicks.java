package sizing.chart;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.knowm.xchart.style.AxesChartStyler;

/**
 * Tick labels at 2 and 5 times each power of ten on a log axis. XChart 3.8 labels a log axis
 * either at powers of ten only, or at every digit, where the labels run into each other; this
 * keeps the first and adds these, in the axis's font, pattern and place.
 */
final class LogTicks extends PlotArea {
  private static final double[] MANTISSAS = {2, 5};

  private final boolean xAxis;
  private final String pattern;

  LogTicks(boolean xAxis, String pattern) {
    this.xAxis = xAxis;
    this.pattern = pattern;
  }

  @Override
  public void paint(Graphics2D g) {
    if (!isVisible) {
      return;
    }
    var s = (AxesChartStyler) styler;
    var oldHint = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setFont(s.getAxisTickLabelsFont());
    g.setColor(s.getAxisTickLabelsColor());
    var fm = g.getFontMetrics();
    var format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
    var plot = plot();
    double lo = xAxis ? chart.getChartXFromCoordinate((int) Math.ceil(plot.getMinX()))
        : chart.getChartYFromCoordinate((int) Math.floor(plot.getMaxY()));
    double hi = xAxis ? chart.getChartXFromCoordinate((int) Math.floor(plot.getMaxX()))
        : chart.getChartYFromCoordinate((int) Math.ceil(plot.getMinY()));
    if (!(lo > 0) || !(hi > lo)) {
      return;
    }
    int offset = s.getAxisTickMarkLength() + s.getAxisTickPadding() + (xAxis ? 0 : 2);
    for (int k = (int) Math.floor(Math.log10(lo)); k <= (int) Math.ceil(Math.log10(hi)); k++) {
      for (double m : MANTISSAS) {
        double v = m * Math.pow(10, k);
        if (v < lo || v > hi) {
          continue;
        }
        String text = format.format(v);
        if (xAxis) {
          double x = screenX(v) - fm.stringWidth(text) / 2.0;
          g.drawString(text, (float) x, (float) (plot.getMaxY() + offset + fm.getAscent()));
        } else {
          double y = screenY(v) + (fm.getAscent() - fm.getDescent()) / 2.0;
          g.drawString(text, (float) (plot.getMinX() - offset - fm.stringWidth(text)), (float) y);
        }
      }
    }
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, oldHint);
  }
}
