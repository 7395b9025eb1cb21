package sizing.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.List;

/** A boxed note of a few lines in a corner of the plot, for what a chart must say but no series shows. */
final class Note extends PlotArea {
  enum Corner { TOP_LEFT, TOP_RIGHT, BOTTOM_LEFT, BOTTOM_RIGHT }

  private static final int INSET = 8;
  private static final int PAD = 5;

  private final Corner corner;
  private final List<String> lines;

  Note(Corner corner, List<String> lines) {
    this.corner = corner;
    this.lines = List.copyOf(lines);
  }

  List<String> lines() {
    return lines;
  }

  @Override
  public void paint(Graphics2D g) {
    if (!isVisible || lines.isEmpty()) {
      return;
    }
    var oldHint = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setFont(styler.getAnnotationTextFont());
    var fm = g.getFontMetrics();
    double lineHeight = fm.getAscent() + fm.getDescent();
    double w = lines.stream().mapToInt(fm::stringWidth).max().orElse(0) + 2 * PAD;
    double h = lineHeight * lines.size() + 2 * PAD;
    var plot = plot();
    boolean left = corner == Corner.TOP_LEFT || corner == Corner.BOTTOM_LEFT;
    boolean topSide = corner == Corner.TOP_LEFT || corner == Corner.TOP_RIGHT;
    double x = left ? plot.getMinX() + INSET : plot.getMaxX() - INSET - w;
    double y = topSide ? plot.getMinY() + INSET : plot.getMaxY() - INSET - h;
    var box = new java.awt.geom.Rectangle2D.Double(x, y, w, h);
    g.setColor(Color.WHITE);
    g.fill(box);
    g.setColor(styler.getLegendBorderColor());
    g.setStroke(new java.awt.BasicStroke(1f));
    g.draw(box);
    g.setColor(styler.getAnnotationTextFontColor());
    double baseline = y + PAD + fm.getAscent();
    for (var line : lines) {
      g.drawString(line, (float) (x + PAD), (float) baseline);
      baseline += lineHeight;
    }
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, oldHint);
  }
}
