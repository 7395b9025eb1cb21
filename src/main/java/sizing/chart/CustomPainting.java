package sizing.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.internal.chartpart.Annotation;
import org.knowm.xchart.style.AxesChartStyler;

/**
 * The only painting the workbook does itself, because XChart 3.8.8's public API cannot do it;
 * everything else is XChart's builders, stylers, series and {@code AnnotationLine}s.
 *
 * <ul>
 *   <li>{@link PointLabels}: text pinned to data points, placed so that no two labels overlap each
 *       other, a labelled point, the plot's edge or (where there is room) a line. XChart's {@code
 *       AnnotationText} centres its text on the point, over the marker, and knows no other label;
 *       its {@code AnnotationTextPanel} is a box at a fixed place.
 *   <li>{@link LogTicks}: tick labels at 2 and 5 times each power of ten on a log axis. XChart
 *       labels a log axis at powers of ten only, or at every digit, where the labels run together.
 * </ul>
 *
 * Both draw in the chart's own fonts and colours (its {@link PrintTheme}).
 */
final class CustomPainting {
  private CustomPainting() {}

  /** An annotation that knows the plot's rectangle in screen space. */
  abstract static class PlotArea extends Annotation {
    PlotArea() {
      super(false);
    }

    /** The plot's rectangle (inside the axes), screen pixels. */
    Rectangle2D plot() {
      double left = Math.min(getXAxisScreenValueForMin(), getXAxisScreenValueForMax());
      double right = Math.max(getXAxisScreenValueForMin(), getXAxisScreenValueForMax());
      double top = Math.min(getYAxisScreenValueForMin(), getYAxisScreenValueForMax());
      double bottom = Math.max(getYAxisScreenValueForMin(), getYAxisScreenValueForMax());
      return new Rectangle2D.Double(left, top, right - left, bottom - top);
    }

    double screenX(double x) {
      return chart.getScreenXFromChart(x);
    }

    double screenY(double y) {
      return chart.getScreenYFromChart(y);
    }
  }

  /**
   * Text labels pinned to data points. Each label tries the spots around its point (right, left,
   * above, below, the corners), then the same spots further out with a thin leader line back to the
   * point; of the spots inside the plot and clear of every label placed before it and every
   * labelled point, it takes the one nearest its point that crosses fewest of the lines given to
   * {@link #avoid}. Labels
   * sit on a white box so lines beneath them do not cut the text. A label with no free spot
   * anywhere is left out rather than drawn over another; {@link #placed} and {@link #dropped} say
   * what the last paint did.
   */
  static final class PointLabels extends PlotArea {

    /**
     * One label: {@code text} (lines split on newline) for the point {@code (x, y)} in data units,
     * tried first to the right ({@code side > 0}), to the left ({@code side < 0}) or either.
     */
    record Label(double x, double y, String text, int side) {}

    private static final int GAP = 5;
    private static final int POINT_RADIUS = 5;
    private static final int RINGS = 12;
    /** What moving a label one ring further out costs, in bits of line it may cross instead. */
    private static final double RING_COST = 6;
    private static final double LINE_STEP = 4;
    private static final Color BOX = new Color(255, 255, 255, 235);

    private final List<Label> labels = new ArrayList<>();
    private final List<double[][]> lines = new ArrayList<>();
    private final List<Rectangle2D> placed = new ArrayList<>();
    private final List<Label> dropped = new ArrayList<>();

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

    /** The boxes the last paint drew, screen pixels. */
    List<Rectangle2D> placed() {
      return List.copyOf(placed);
    }

    /** The labels the last paint found no free spot for. */
    List<Label> dropped() {
      return List.copyOf(dropped);
    }

    @Override
    public void paint(Graphics2D g) {
      placed.clear();
      dropped.clear();
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
          dropped.add(labels.get(i));
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
        if (box == null) {
          dropped.add(labels.get(i));
          continue;
        }
        taken.add(box);
        placed.add(box);
        if (Math.hypot(nearest(box.getMinX(), box.getMaxX(), ax) - ax, nearest(box.getMinY(), box.getMaxY(), ay) - ay) > 2 * GAP + 1) {
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
     * The best free spot for a {@code w x h} box around {@code (ax, ay)}: inside the plot, clear of
     * every box taken, and of the spots left the one that crosses the fewest bits of line, each ring
     * further out counting as {@link #RING_COST} bits; null when there is none.
     */
    private static Rectangle2D place(double ax, double ay, double w, double h, int side, Rectangle2D plot,
        List<Rectangle2D> taken, List<Rectangle2D> soft) {
      Rectangle2D best = null;
      double bestScore = Double.POSITIVE_INFINITY;
      for (int ring = 0; ring < RINGS && ring * RING_COST < bestScore; ring++) {
        double d = GAP + ring * (h / 2 + GAP);
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
          if (!plot.contains(r) || taken.stream().anyMatch(r::intersects)) {
            continue;
          }
          double score = ring * RING_COST + soft.stream().filter(r::intersects).count();
          if (score < bestScore) {
            best = r;
            bestScore = score;
          }
        }
      }
      return best;
    }

    private static double nearest(double lo, double hi, double v) {
      return Math.max(lo, Math.min(v, hi));
    }
  }

  /** Tick labels at 2 and 5 times each power of ten on a log axis, in the axis's font, pattern and place. */
  static final class LogTicks extends PlotArea {
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
}
