package sizing.chart;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.VectorGraphicsEncoder.VectorGraphicsFormat;
import org.knowm.xchart.internal.chartpart.Chart;
import sizing.io.AtomicFiles;

/**
 * Saves charts: PNG at a set DPI (the chart's size in points scaled by {@code dpi / 72}) and SVG
 * (XChart's encoder over VectorGraphics2D). Each file is written whole or not at all: into a
 * temporary file beside the target, then renamed ({@link AtomicFiles}); a directory that cannot be
 * written is a {@link sizing.io.BadInput} naming the file.
 */
public final class ChartFiles {
  /** Print resolution used unless asked otherwise. */
  public static final int DEFAULT_DPI = 150;

  private ChartFiles() {}

  /** The pixel width of {@code chart} saved at {@code dpi}: {@code floor(width * dpi / 72)}. */
  public static int pixels(int points, int dpi) {
    return (int) (points * (dpi / 72.0));
  }

  /** The chart as PNG bytes at {@code dpi}, with the DPI recorded in the file. */
  public static byte[] pngBytes(Chart<?, ?> chart, int dpi) {
    if (dpi < 36 || dpi > 1200) {
      throw new IllegalArgumentException("dpi must be from 36 to 1200, was " + dpi);
    }
    Path tmp = null;
    try {
      // XChart 3.8 writes a DPI-tagged PNG only to a named file: render there, then read it back.
      tmp = Files.createTempFile("chart", ".png");
      BitmapEncoder.saveBitmapWithDPI(chart, tmp.toString(), BitmapFormat.PNG, dpi);
      return Files.readAllBytes(tmp);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render PNG: " + e.getMessage(), e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // a left-over temporary file is not worth failing for
        }
      }
    }
  }

  /** The chart as an SVG document. */
  public static byte[] svgBytes(Chart<?, ?> chart) {
    var out = new ByteArrayOutputStream();
    try {
      VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsFormat.SVG);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render SVG: " + e.getMessage(), e);
    }
    return out.toByteArray();
  }

  /** Writes {@code chart} to {@code target} as PNG at {@code dpi}. */
  public static Path png(Chart<?, ?> chart, Path target, int dpi) {
    AtomicFiles.write(target, pngBytes(chart, dpi));
    return target;
  }

  /** Writes {@code chart} to {@code target} as SVG. */
  public static Path svg(Chart<?, ?> chart, Path target) {
    AtomicFiles.write(target, svgBytes(chart));
    return target;
  }

  /** Writes {@code dir/name.png} (at {@code dpi}) and {@code dir/name.svg}; returns both paths. */
  public static List<Path> both(Chart<?, ?> chart, Path dir, String name, int dpi) {
    return List.of(png(chart, dir.resolve(name + ".png"), dpi), svg(chart, dir.resolve(name + ".svg")));
  }
}
