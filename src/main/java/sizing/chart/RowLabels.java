package sizing.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * Names for the rows of a horizontal bar chart drawn on an XY chart, right-aligned just left of the
 * plot at each row's {@code y}. XChart 3.8 has no horizontal bar chart and labels a numeric axis
 * only at ticks it chooses, so the chart hides its y tick labels and reserves {@link #width} for
 * these.
 */
final class RowLabels extends PlotArea {
  record Row(double y, String text) {}

  /** Room between the names and the plot, points: the y-axis title sits there, as XChart puts it next to the plot. */
  static final int GAP = 36;

  private final List<Row> rows = new ArrayList<>();

  RowLabels add(double y, String text) {
    rows.add(new Row(y, text));
    return this;
  }

  List<Row> rows() {
    return List.copyOf(rows);
  }

  /** The width the longest name needs in {@code font}, points. */
  int width(Font font) {
    var frc = new FontRenderContext(null, true, true);
    double w = 0;
    for (var r : rows) {
      if (!r.text().isEmpty()) {
        w = Math.max(w, new TextLayout(r.text(), font, frc).getAdvance());
      }
    }
    return (int) Math.ceil(w);
  }

  @Override
  public void paint(Graphics2D g) {
    if (!isVisible || rows.isEmpty()) {
      return;
    }
    var oldHint = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    var s = (org.knowm.xchart.style.AxesChartStyler) styler;
    g.setFont(s.getAxisTickLabelsFont());
    g.setColor(s.getAxisTickLabelsColor());
    var fm = g.getFontMetrics();
    var plot = plot();
    for (var r : rows) {
      double y = screenY(r.y()) + (fm.getAscent() - fm.getDescent()) / 2.0;
      g.drawString(r.text(), (float) (plot.getMinX() - GAP - fm.stringWidth(r.text())), (float) y);
    }
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, oldHint);
  }
}
