package sizing.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.ArrayList;
import java.util.List;

/**
 * Names of spans along the x-axis (the guide's phases), in italics along the top of the plot, each
 * starting just right of its data value {@code x}; a name that would run into the one before it
 * drops to the next row.
 */
final class PhaseLabels extends PlotArea {
  record Phase(double x, String text) {}

  private final List<Phase> phases = new ArrayList<>();

  PhaseLabels add(double x, String text) {
    phases.add(new Phase(x, text));
    return this;
  }

  List<Phase> phases() {
    return List.copyOf(phases);
  }

  @Override
  public void paint(Graphics2D g) {
    if (!isVisible || phases.isEmpty()) {
      return;
    }
    var oldHint = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setFont(styler.getAnnotationTextFont().deriveFont(Font.ITALIC));
    g.setColor(styler.getAnnotationLineColor());
    var fm = g.getFontMetrics();
    var plot = plot();
    var rowEnds = new ArrayList<Double>();
    for (var p : phases) {
      double x = Math.max(plot.getMinX() + 2, screenX(p.x()) + 4);
      double w = fm.stringWidth(p.text());
      int row = 0;
      while (row < rowEnds.size() && rowEnds.get(row) > x - 6) {
        row++;
      }
      if (row == rowEnds.size()) {
        rowEnds.add(0.0);
      }
      rowEnds.set(row, x + w);
      double y = plot.getMinY() + 3 + fm.getAscent() + row * (fm.getAscent() + fm.getDescent());
      g.drawString(p.text(), (float) x, (float) y);
    }
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, oldHint);
  }
}
