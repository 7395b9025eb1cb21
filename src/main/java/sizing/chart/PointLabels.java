package sizing.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Text labels pinned to data points, placed when the chart is painted so that no two labels
 * overlap each other, a labelled point or the plot's edge, and, where there is room, no line
 * given to {@link #avoid}: each label tries the spots around its point (right, left, above,
 * below, the corners), then the same spots further out with a thin leader line back to the point.
 * Labels sit on a white box so lines beneath them do not cut the text. (XChart 3.8's {@code
 * AnnotationText} centres its text on the point, over the marker, and knows no other label.)
 */
final class PointLabels extends PlotArea {

  /**
   * One label: {@code text} (lines split on newline) for the point {@code (x, y)} in data units,
   * tried first to the right ({@code side > 0}), to the left ({@code side < 0}) or either.
   */
  record Label(double x, double y, String text, int side) {}

  private static final int GAP = 6;
  private static final int POINT_RADIUS = 6;
  private static final double LINE_STEP = 5;
  private static final Color BOX = new Color(255, 255, 255, 230);

  private final List<Label> labels = new ArrayList<>();
  private final List<double[][]> lines = new ArrayList<>();

  PointLabels add(double x, double y, String text) {
    return add(x, y, text, 0);
  }

  PointLabels add(double x, double y, String text, int side) {
    labels.add(new Label(x, y, text, side));
    return this;
  }

  /** A polyline (data units; NaN breaks it) that labels keep off when they can. */
  PointLabels avoid(double[] x, double[] y) {
    lines.add(new double[][] {x.clone(), y.clone()});
    return this;
  }

  List<Label> labels() {
    return List.copyOf(labels);
  }

  @Override
  public void paint(Graphics2D g) {
    if (!isVisible || labels.isEmpty()) {
      return;
    }
    var oldHint = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    Font font = styler.getAnnotationTextFont();
    g.setFont(font);
    var fm = g.getFontMetrics(font);
    var plot = plot();

    var anchors = new ArrayList<double[]>();
    for (var l : labels) {
      anchors.add(new double[] {screenX(l.x()), screenY(l.y())});
    }
    var taken = new ArrayList<Rectangle2D>();
    for (var a : anchors) {
      taken.add(new Rectangle2D.Double(a[0] - POINT_RADIUS, a[1] - POINT_RADIUS, 2 * POINT_RADIUS, 2 * POINT_RADIUS));
    }
    var soft = lineObstacles(plot);
    var order = new ArrayList<Integer>();
    for (int i = 0; i < labels.size(); i++) {
      order.add(i);
    }
    // top of the plot first, then left to right: a stable, readable order
    order.sort(Comparator.<Integer>comparingDouble(i -> anchors.get(i)[1]).thenComparingDouble(i -> anchors.get(i)[0]));
    for (int i : order) {
      double ax = anchors.get(i)[0];
      double ay = anchors.get(i)[1];
      if (!(ax >= plot.getMinX() - 1 && ax <= plot.getMaxX() + 1 && ay >= plot.getMinY() - 1 && ay <= plot.getMaxY() + 1)) {
        continue;
      }
      String[] textLines = labels.get(i).text().split("\n");
      double w = 0;
      for (var line : textLines) {
        w = Math.max(w, fm.stringWidth(line));
      }
      double lineHeight = fm.getAscent() + fm.getDescent();
      double h = lineHeight * textLines.length;
      var box = place(ax, ay, w + 4, h + 2, labels.get(i).side(), plot, taken, soft);
      taken.add(box);
      if (Math.hypot(box.getCenterX() - ax, box.getCenterY() - ay) > (w + h) / 2 + 3 * GAP) {
        g.setColor(Color.GRAY);
        g.setStroke(new BasicStroke(0.8f));
        g.draw(new Line2D.Double(ax, ay, nearest(box.getMinX(), box.getMaxX(), ax), nearest(box.getMinY(), box.getMaxY(), ay)));
      }
      g.setColor(BOX);
      g.fill(box);
      g.setColor(styler.getAnnotationTextFontColor());
      double y = box.getY() + 1 + fm.getAscent();
      for (var line : textLines) {
        g.drawString(line, (float) (box.getX() + 2), (float) y);
        y += lineHeight;
      }
    }
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, oldHint);
  }

  /** Small squares every few pixels along the lines to avoid, in screen space. */
  private List<Rectangle2D> lineObstacles(Rectangle2D plot) {
    var out = new ArrayList<Rectangle2D>();
    for (var line : lines) {
      double px = Double.NaN;
      double py = Double.NaN;
      for (int i = 0; i < line[0].length; i++) {
        if (Double.isNaN(line[0][i]) || Double.isNaN(line[1][i])) {
          px = Double.NaN;
          continue;
        }
        double sx = screenX(line[0][i]);
        double sy = screenY(line[1][i]);
        if (!Double.isNaN(px)) {
          double len = Math.hypot(sx - px, sy - py);
          int steps = (int) Math.min(2000, Math.ceil(len / LINE_STEP));
          for (int k = 0; k <= steps; k++) {
            double t = steps == 0 ? 0 : (double) k / steps;
            double x = px + t * (sx - px);
            double y = py + t * (sy - py);
            if (plot.contains(x, y)) {
              out.add(new Rectangle2D.Double(x - 2, y - 2, 4, 4));
            }
          }
        }
        px = sx;
        py = sy;
      }
    }
    return out;
  }

  /**
   * The first free spot for a {@code w x h} box around {@code (ax, ay)}: first one clear of the
   * lines too, then one clear of labels and points only, else the nearest right-hand spot.
   */
  private static Rectangle2D place(double ax, double ay, double w, double h, int side, Rectangle2D plot,
      List<Rectangle2D> taken, List<Rectangle2D> soft) {
    for (boolean strict : new boolean[] {true, false}) {
      for (int ring = 0; ring < 6; ring++) {
        double d = GAP + ring * (h + GAP);
        double[][] spots = {
          {ax + d, ay - h / 2}, // right
          {ax - d - w, ay - h / 2}, // left
          {ax - w / 2, ay - d - h}, // above
          {ax - w / 2, ay + d}, // below
          {ax + d, ay - d - h}, // upper right
          {ax + d, ay + d}, // lower right
          {ax - d - w, ay - d - h}, // upper left
          {ax - d - w, ay + d}, // lower left
        };
        if (side < 0) {
          var right = spots[0];
          spots[0] = spots[1];
          spots[1] = right;
        }
        for (var s : spots) {
          var r = new Rectangle2D.Double(s[0], s[1], w, h);
          if (plot.contains(r) && taken.stream().noneMatch(r::intersects)
              && (!strict || soft.stream().noneMatch(r::intersects))) {
            return r;
          }
        }
      }
    }
    double x = Math.min(Math.max(ax + GAP, plot.getMinX()), plot.getMaxX() - w);
    double y = Math.min(Math.max(ay - h / 2, plot.getMinY()), plot.getMaxY() - h);
    return new Rectangle2D.Double(x, y, w, h);
  }

  private static double nearest(double lo, double hi, double v) {
    return Math.max(lo, Math.min(v, hi));
  }
}
