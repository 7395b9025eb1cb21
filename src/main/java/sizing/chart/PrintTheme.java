package sizing.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.Locale;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.internal.series.AxesChartSeries;
import org.knowm.xchart.internal.series.MarkerSeries;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.knowm.xchart.style.theme.XChartTheme;

/**
 * A theme for charts that are printed, often in black and white: white background, light grey
 * grid, a colour-blind-safe palette (Okabe and Ito, "Color Universal Design", 2008) whose colours
 * also differ in lightness, and for every series a marker shape and a dash pattern of its own, so
 * no series is told apart by colour alone. Style {@code i} is the same colour, marker and dash
 * in every chart; {@link #style} applies it to a series.
 */
public class PrintTheme extends XChartTheme {

  /**
   * An XY chart {@link Charts#WIDTH} wide and {@code height} high with its title and axis titles, in
   * this theme, its numbers written in the root locale (a dot before decimals whatever the machine's
   * language): the first step of every chart, before its own styling and series.
   */
  static XYChart xyChart(int height, String title, String xAxisTitle, String yAxisTitle) {
    var chart = new XYChartBuilder().width(Charts.WIDTH).height(height)
        .title(title).xAxisTitle(xAxisTitle).yAxisTitle(yAxisTitle).build();
    chart.getStyler().setTheme(new PrintTheme());
    chart.getStyler().setLocale(Locale.ROOT);
    return chart;
  }

  /** A bar chart made as {@link #xyChart} makes an XY chart. */
  static CategoryChart categoryChart(int height, String title, String xAxisTitle, String yAxisTitle) {
    var chart = new CategoryChartBuilder().width(Charts.WIDTH).height(height)
        .title(title).xAxisTitle(xAxisTitle).yAxisTitle(yAxisTitle).build();
    chart.getStyler().setTheme(new PrintTheme());
    chart.getStyler().setLocale(Locale.ROOT);
    return chart;
  }

  /** Okabe-Ito colours, ordered so that neighbours differ in lightness when printed grey. */
  static final Color[] COLORS = {
    new Color(0x00, 0x00, 0x00), // black
    new Color(0xE6, 0x9F, 0x00), // orange
    new Color(0x00, 0x72, 0xB2), // blue
    new Color(0xCC, 0x79, 0xA7), // reddish purple
    new Color(0x00, 0x9E, 0x73), // bluish green
    new Color(0xD5, 0x5E, 0x00), // vermillion
    new Color(0x56, 0xB4, 0xE9), // sky blue
  };

  /** Dash patterns in the same order: solid, dashed, dotted, dash-dot, long dash, dash-dot-dot, short dash. */
  static final float[][] DASHES = {
    null, {9f, 5f}, {2f, 4f}, {10f, 4f, 2f, 4f}, {16f, 6f}, {10f, 3f, 2f, 3f, 2f, 3f}, {5f, 3f},
  };

  /** XChart's marker shapes in the same order, so no two styles share one. */
  static final Marker[] MARKERS = {
    SeriesMarkers.CIRCLE, SeriesMarkers.SQUARE, SeriesMarkers.TRIANGLE_UP, SeriesMarkers.DIAMOND,
    SeriesMarkers.CROSS, SeriesMarkers.TRIANGLE_DOWN, SeriesMarkers.PLUS,
  };

  /** Greys from dark to light, for filled bars and bands that must stay apart in print. */
  static final Color[] FILLS = {
    new Color(0x25, 0x25, 0x25), new Color(0x73, 0x73, 0x73), new Color(0xBD, 0xBD, 0xBD), new Color(0xE0, 0xE0, 0xE0),
  };

  /** Width of series lines, points. */
  static final float LINE_WIDTH = 1.8f;

  private static final String FONT = Font.SANS_SERIF;

  /**
   * The width a chart is printed at: the text column of an A4 page, 210 mm less two 20 mm margins,
   * in points (170 / 25.4 x 72).
   */
  public static final double PRINTED_WIDTH_PT = 170 / 25.4 * 72;

  /** The smallest text, points, a chart may carry once scaled to {@link #PRINTED_WIDTH_PT}. */
  public static final double SMALLEST_PRINTED_PT = 8;

  /** The size of the chart's smallest text (ticks, legend, labels), points. */
  static final int TEXT_PT = 12;

  /** How many distinct styles there are before they repeat. */
  public static int styles() {
    return COLORS.length;
  }

  public static Color color(int i) {
    return COLORS[Math.floorMod(i, COLORS.length)];
  }

  /** The solid or dashed stroke of style {@code i}, {@code width} points wide. */
  public static BasicStroke stroke(int i, float width) {
    float[] dash = DASHES[Math.floorMod(i, DASHES.length)];
    return dash == null
        ? new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND)
        : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
  }

  public static Marker marker(int i) {
    return MARKERS[Math.floorMod(i, MARKERS.length)];
  }

  /** Gives {@code series} the colour, marker and dash pattern of style {@code i}. */
  public static <S extends MarkerSeries> S style(S series, int i) {
    series.setLineColor(color(i));
    series.setMarkerColor(color(i));
    series.setMarker(marker(i));
    series.setLineStyle(stroke(i, LINE_WIDTH));
    series.setFillColor(color(i));
    return series;
  }

  /** Gives a bar or band series the grey fill {@code i} of {@link #FILLS}, dark to light. */
  public static <S extends AxesChartSeries> S fill(S series, int i) {
    var c = FILLS[Math.floorMod(i, FILLS.length)];
    series.setFillColor(c);
    series.setLineColor(c);
    return series;
  }

  @Override
  public Color[] getSeriesColors() {
    return COLORS.clone();
  }

  @Override
  public Marker[] getSeriesMarkers() {
    return MARKERS.clone();
  }

  @Override
  public BasicStroke[] getSeriesLines() {
    var lines = new BasicStroke[DASHES.length];
    for (int i = 0; i < lines.length; i++) {
      lines[i] = stroke(i, LINE_WIDTH);
    }
    return lines;
  }

  @Override
  public Font getBaseFont() {
    return new Font(FONT, Font.PLAIN, TEXT_PT);
  }

  @Override
  public Font getChartTitleFont() {
    return new Font(FONT, Font.BOLD, 14);
  }

  @Override
  public Font getLegendFont() {
    return new Font(FONT, Font.PLAIN, TEXT_PT);
  }

  @Override
  public Font getAxisTitleFont() {
    return new Font(FONT, Font.PLAIN, 13);
  }

  @Override
  public Font getAxisTickLabelsFont() {
    return new Font(FONT, Font.PLAIN, TEXT_PT);
  }

  @Override
  public Font getAnnotationTextFont() {
    return new Font(FONT, Font.PLAIN, TEXT_PT);
  }

  @Override
  public Font getAnnotationTextPanelFont() {
    return new Font(FONT, Font.PLAIN, TEXT_PT);
  }

  @Override
  public Color getAnnotationTextFontColor() {
    return Color.BLACK;
  }

  @Override
  public Color getAnnotationLineColor() {
    return new Color(0x59, 0x59, 0x59);
  }

  @Override
  public BasicStroke getAnnotationLineStroke() {
    return new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {3f, 3f}, 0f);
  }

  @Override
  public Color getChartFontColor() {
    return Color.BLACK;
  }

  @Override
  public Color getChartBackgroundColor() {
    return Color.WHITE;
  }

  @Override
  public Color getPlotBackgroundColor() {
    return Color.WHITE;
  }

  @Override
  public Color getPlotBorderColor() {
    return new Color(0x59, 0x59, 0x59);
  }

  @Override
  public Color getPlotGridLinesColor() {
    return new Color(0xDD, 0xDD, 0xDD);
  }

  @Override
  public BasicStroke getPlotGridLinesStroke() {
    return new BasicStroke(0.8f);
  }

  @Override
  public Color getLegendBorderColor() {
    return new Color(0x99, 0x99, 0x99);
  }

  @Override
  public LegendPosition getLegendPosition() {
    return LegendPosition.OutsideS;
  }

  @Override
  public int getLegendSeriesLineLength() {
    return 36;
  }

  @Override
  public int getChartPadding() {
    return 10;
  }

  @Override
  public int getMarkerSize() {
    return 7;
  }
}
