package sizing.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.knowm.xchart.AnnotationTextPanel;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.markers.SeriesMarkers;
import sizing.plan.PlanResult;

/**
 * Series shapes several charts draw, built from XChart's series and annotations: markers without
 * a line, a line with a few markers, steps, rows of horizontal bars with their names, and the
 * guide's deployments as labelled points.
 */
final class SeriesShapes {
  private SeriesShapes() {}

  /** A stroke with a dash pattern, {@code width} points wide. */
  static BasicStroke dashed(float width, float... dash) {
    return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
  }

  /** Points with markers and no line between them: NaN between points breaks the line. */
  static XYSeries markersOnly(XYChart chart, String name, double[] x, double[] y, int style) {
    int n = Math.max(1, 2 * x.length - 1);
    double[] xs = new double[n];
    double[] ys = new double[n];
    Arrays.fill(ys, Double.NaN);
    for (int i = 0; i < x.length; i++) {
      xs[2 * i] = x[i];
      ys[2 * i] = y[i];
      if (2 * i + 1 < n) {
        xs[2 * i + 1] = x[i];
      }
    }
    return PrintTheme.style(chart.addSeries(name, xs, ys), style);
  }

  /**
   * A line through every point with the marker of {@code style} on about ten of its finite points
   * (never on {@code noMarkerAt}, a point drawn only to reach the plot's edge; -1 for none): the
   * line is one series (kept out of the legend), the markers another that shows line and marker in
   * the legend. Markers of different styles start at different points so they do not pile up.
   * Returns the series added.
   */
  static List<XYSeries> markedLine(XYChart chart, String name, double[] x, double[] y, int style, int noMarkerAt) {
    var finite = new ArrayList<Integer>();
    for (int i = 0; i < y.length; i++) {
      if (Double.isFinite(y[i]) && i != noMarkerAt) {
        finite.add(i);
      }
    }
    if (finite.size() <= 12 && noMarkerAt < 0) {
      return List.of(PrintTheme.style(chart.addSeries(name, x, y), style));
    }
    var line = chart.addSeries(name + " (line)", x, y);
    PrintTheme.style(line, style).setMarker(SeriesMarkers.NONE);
    line.setShowInLegend(false);
    int every = Math.max(1, finite.size() / 10);
    var mx = new ArrayList<Double>();
    var my = new ArrayList<Double>();
    for (int k = every == 1 ? 0 : (style * every / 3) % every; k < finite.size(); k += every) {
      int i = finite.get(k);
      if (!mx.isEmpty()) {
        mx.add(x[i]);
        my.add(Double.NaN);
      }
      mx.add(x[i]);
      my.add(y[i]);
    }
    if (mx.isEmpty()) {
      mx.add(Double.NaN);
      my.add(Double.NaN);
    }
    return List.of(line, PrintTheme.style(chart.addSeries(name, mx, my), style));
  }

  /** x of the step curve through plans of rising capacity: {@code 1, c1, c1, c2, c2, ...}. */
  static double[] stepX(List<PlanResult> steps) {
    var x = new double[2 * steps.size()];
    double prev = 1;
    for (int i = 0; i < steps.size(); i++) {
      x[2 * i] = prev;
      x[2 * i + 1] = steps.get(i).capacityUsers();
      prev = steps.get(i).capacityUsers();
    }
    return x;
  }

  /** y of the same step curve: each plan's monthly cost, twice. */
  static double[] stepY(List<PlanResult> steps) {
    var y = new double[2 * steps.size()];
    for (int i = 0; i < steps.size(); i++) {
      y[2 * i] = steps.get(i).monthlyUsd();
      y[2 * i + 1] = steps.get(i).monthlyUsd();
    }
    return y;
  }

  /** The corners of a horizontal-first step through {@code x}: {@code x0, x1, x1, x2, x2, ...}. */
  static double[] stepCorners(double[] x) {
    return corners(x, 1);
  }

  /** The heights at the corners of a horizontal-first step: {@code y0, y0, y1, y1, ...}. */
  static double[] stepCornersY(double[] y) {
    return corners(y, 0);
  }

  /** {@code v0, v[0+ahead], v1, v[1+ahead], ..., v[n-1]}: the values at a step's corners. */
  private static double[] corners(double[] v, int ahead) {
    double[] c = new double[Math.max(0, 2 * v.length - 1)];
    for (int i = 0; i < v.length; i++) {
      c[2 * i] = v[i];
      if (i + 1 < v.length) {
        c[2 * i + 1] = v[i + ahead];
      }
    }
    return c;
  }

  /** The most characters on a line of a point's label. */
  static final int LABEL_CHARS = 38;

  /** The thickness of a horizontal bar, points. */
  static final float BAR_PT = 14f;

  /** The height of one line of row name, points. */
  static final int LINE_PT = 16;

  /** The most characters of a row name on one line before it wraps. */
  static final int ROW_CHARS = 80;

  /** Chart height, points, outside the plot of a chart of rows: title, x-axis and padding. */
  static final int ROWS_OVERHEAD_PT = 100;

  /** The height, points, of one row whose name takes {@code lines} lines: the name, the bar and a gap. */
  static int rowPitch(int lines) {
    return LINE_PT * lines + (int) BAR_PT + 10;
  }

  /**
   * The height, points, of a chart of {@code n} rows whose names take up to {@code lines} lines,
   * plus {@code extra} (an outside legend), so that each row gets {@link #rowPitch}.
   */
  static int rowsHeight(int n, int lines, int extra) {
    return ROWS_OVERHEAD_PT + extra + (int) Math.ceil((n + 0.3) * rowPitch(lines));
  }

  /** {@code name} as a row's name: on lines of at most {@link #ROW_CHARS} characters. */
  static String wrap(String name) {
    return ChartText.wrap(name, ROW_CHARS);
  }

  /**
   * A chart of horizontal bars, one row per name, top to bottom: row {@code i} of {@code n} sits
   * at {@code y = n - i}, and its name is written above its bar, from the left of the plot, as an
   * XChart {@code AnnotationTextPanel} without a border. The y-axis carries no ticks.
   *
   * @param left the x value of the plot's left edge, where the names start
   */
  static void rows(XYChart chart, List<String> names, double left) {
    int n = names.size();
    int lines = names.stream().mapToInt(t -> t.split("\n").length).max().orElse(1);
    var styler = chart.getStyler();
    styler.setYAxisMin(0.7);
    styler.setYAxisMax(n + 0.3 + (double) (LINE_PT * lines) / rowPitch(lines));
    styler.setYAxisTicksVisible(false);
    styler.setPlotGridHorizontalLinesVisible(false);
    styler.setAnnotationTextPanelPadding(1);
    styler.setAnnotationTextPanelBorderColor(Color.WHITE);
    styler.setAnnotationTextPanelBackgroundColor(Color.WHITE);
    styler.setAnnotationTextPanelFont(styler.getAxisTickLabelsFont());
    styler.setAnnotationTextPanelFontColor(Color.BLACK);
    // the panel sits on this y; its text's descenders reach a few points below
    double above = (BAR_PT / 2 + 5) / rowPitch(lines);
    for (int i = 0; i < n; i++) {
      chart.addAnnotation(new RowName(names.get(i), left, n - i + above));
    }
  }

  /** A row's name: XChart's text panel, keeping its text for whoever checks the chart. */
  static final class RowName extends AnnotationTextPanel {
    private final String text;

    RowName(String text, double x, double y) {
      super(text, x, y, false);
      this.text = text;
    }

    String text() {
      return text;
    }
  }

  /**
   * A horizontal bar from {@code from} to {@code to} on row {@code y}, {@link #BAR_PT} high: a line
   * series that thick, kept out of the legend ({@link #legendBox} names it).
   */
  static XYSeries bar(XYChart chart, String name, double from, double to, double y, Color color) {
    var s = chart.addSeries(name, new double[] {from, to}, new double[] {y, y});
    s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
    s.setMarker(SeriesMarkers.NONE);
    s.setLineColor(color);
    s.setLineStyle(new BasicStroke(BAR_PT, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
    s.setShowInLegend(false);
    return s;
  }

  /** A legend entry drawn as a filled box, for bars drawn as thick lines; it draws nothing in the plot. */
  static XYSeries legendBox(XYChart chart, String name, Color fill, double x, double y) {
    var s = chart.addSeries(name, new double[] {x, x}, new double[] {y, y});
    s.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
    s.setMarker(SeriesMarkers.NONE);
    s.setFillColor(fill);
    s.setLineColor(fill.darker());
    s.setLineStyle(new BasicStroke(0.5f));
    return s;
  }

  /**
   * The guide's deployments as black diamonds, labelled by what they buy; deployments {@code near}
   * each other share one label (their distinct names, then {@code detail} of the group). Those
   * {@code plotted} rejects are named in the legend instead, a line each, under {@code why}.
   *
   * @param xTol how far apart, as a ratio {@code |ln(x1/x2)|}, two x values may be and share a label
   * @param yTol the same for y, or NaN to compare y absolutely within 0.005
   */
  static void guidePoints(
      XYChart chart, CustomPainting.PointLabels labels, List<PlanResult> scenarios, ToDoubleFunction<PlanResult> fx,
      ToDoubleFunction<PlanResult> fy, double xTol, double yTol, Function<List<PlanResult>, String> detail,
      Predicate<PlanResult> plotted, String why) {
    var shown = scenarios.stream().filter(plotted).toList();
    var groups = new ArrayList<List<PlanResult>>();
    for (var s : shown) {
      var home = new ArrayList<PlanResult>(List.of(s));
      for (var it = groups.iterator(); it.hasNext(); ) {
        var g = it.next();
        boolean near = g.stream().anyMatch(m -> {
          boolean nearX = Math.abs(Math.log(fx.applyAsDouble(s) / fx.applyAsDouble(m))) <= xTol;
          boolean nearY = Double.isNaN(yTol)
              ? Math.abs(fy.applyAsDouble(s) - fy.applyAsDouble(m)) <= 0.005
              : Math.abs(Math.log(fy.applyAsDouble(s) / fy.applyAsDouble(m))) <= yTol;
          return nearX && nearY;
        });
        if (near) {
          home.addAll(0, g);
          it.remove();
        }
      }
      groups.add(home);
    }
    for (var g : groups) {
      labels.add(fx.applyAsDouble(g.get(0)), fy.applyAsDouble(g.get(0)),
          ChartText.wrap(PlanNames.distinct(g.stream().map(r -> PlanNames.of(r.deployment())).toList(), "\n"), LABEL_CHARS)
              + "\n" + detail.apply(g));
    }
    var left = scenarios.stream().filter(plotted.negate()).map(r -> PlanNames.of(r.deployment())).toList();
    if (!shown.isEmpty() || !left.isEmpty()) {
      double[] x = shown.isEmpty() ? new double[] {Double.NaN} : shown.stream().mapToDouble(fx).toArray();
      double[] y = shown.isEmpty() ? new double[] {Double.NaN} : shown.stream().mapToDouble(fy).toArray();
      var s = chart.addSeries(Charts.GUIDE_SERIES, x, y);
      if (!left.isEmpty()) {
        // the legend names those left out, a line each
        s.setLabel(Charts.GUIDE_SERIES + "; " + why + ":\n" + PlanNames.distinct(left, "\n"));
      }
      s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
      s.setMarker(SeriesMarkers.DIAMOND);
      s.setMarkerColor(Color.BLACK);
    }
    chart.addAnnotation(labels);
  }

  /** {@code a} or {@code a–b}: the lowest and highest of {@code f} over {@code group}, formatted. */
  static String range(List<PlanResult> group, ToDoubleFunction<PlanResult> f, DoubleFunction<String> format) {
    double lo = group.stream().mapToDouble(f).min().orElse(Double.NaN);
    double hi = group.stream().mapToDouble(f).max().orElse(Double.NaN);
    String a = format.apply(lo);
    String b = format.apply(hi);
    return a.equals(b) ? a : a + "–" + b;
  }
}
