package sizing.chart;

import java.awt.geom.Rectangle2D;
import org.knowm.xchart.internal.chartpart.Annotation;

/** An annotation that knows the plot's rectangle in screen space; the base of the workbook's overlays. */
abstract class PlotArea extends Annotation {
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
    return getXAxisScreenValue(x);
  }

  double screenY(double y) {
    return getYAxisScreenValue(y);
  }
}
