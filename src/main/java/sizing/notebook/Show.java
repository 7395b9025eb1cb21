package sizing.notebook;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;
import sizing.table.Grid;
import tech.tablesaw.api.Table;

/**
 * Rich output for notebooks, in plain Java: {@code Show.markdown(..)}, {@code Show.table(..)},
 * {@code Show.chart(..)}.
 *
 * <p>Every method returns {@code void}, so a notebook cell that ends with one of these calls
 * prints only the rendered output (no echoed value or display id). Inside a Jupyter Java kernel
 * the output is published as a MIME bundle (with a {@code text/plain} alternative) through the
 * kernel's own display API, found reflectively at run time, so this library has no compile-time
 * dependency on any kernel:
 *
 * <ul>
 *   <li>rapaio-jupyter-kernel: {@code org.rapaio.jupyter.kernel.MainApp.kernel.display(DisplayData)}
 *   <li>IJava: {@code io.github.spencerpark.ijava.IJava.getKernelInstance().display(DisplayData)}
 * </ul>
 *
 * <p>Anywhere else (plain JVM, tests, JShell) it prints the {@code text/plain} alternative to
 * {@link System#out}.
 */
public final class Show {

  /** Rows rendered by {@link #table(Table)}; longer tables are cut with a note. */
  public static final int DEFAULT_MAX_ROWS = 50;

  private static volatile Sink sink;

  private Show() {}

  /**
   * Renders Markdown (e.g. generated text with numbers in it) as HTML: {@link
   * sizing.narrative.Md#html(String)}, inside an element no TeX typesetter reads (see {@link
   * #TEX_IGNORE}), so prices show as prices in nbconvert's pages and in Jupyter's notebook UI alike.
   * Published as {@code text/html} with the Markdown source as {@code text/plain}; no {@code
   * text/markdown}, which the notebook UI would hand to MathJax.
   */
  public static void markdown(String markdown) {
    Objects.requireNonNull(markdown, "markdown");
    Map<String, String> bundle = new LinkedHashMap<>();
    bundle.put("text/plain", markdown);
    bundle.put("text/html", texIgnored(sizing.narrative.Md.html(markdown)));
    publish(bundle);
  }

  /**
   * Classes that tell MathJax to leave an element alone: {@code tex2jax_ignore} for MathJax 2 (the
   * notebook 6 UI; "ignoreClass" of its tex2jax preprocessor) and {@code mathjax_ignore} for
   * MathJax 3 (JupyterLab and newer nbconvert templates).
   */
  public static final String TEX_IGNORE = "tex2jax_ignore mathjax_ignore";

  static String texIgnored(String html) {
    return "<div class=\"" + TEX_IGNORE + "\">\n" + html + "</div>\n";
  }

  /** Renders a fragment of HTML. */
  public static void html(String html) {
    Objects.requireNonNull(html, "html");
    Map<String, String> bundle = new LinkedHashMap<>();
    bundle.put("text/plain", html);
    bundle.put("text/html", texIgnored(html));
    publish(bundle);
  }

  /** Renders a Tablesaw table as an HTML table (first {@value #DEFAULT_MAX_ROWS} rows). */
  public static void table(Table table) {
    table(table, DEFAULT_MAX_ROWS);
  }

  /** Renders a Tablesaw table as an HTML table, showing at most {@code maxRows} rows. */
  public static void table(Table table, int maxRows) {
    Objects.requireNonNull(table, "table");
    if (maxRows < 0) {
      throw new IllegalArgumentException("maxRows must be >= 0: " + maxRows);
    }
    Map<String, String> bundle = new LinkedHashMap<>();
    bundle.put("text/plain", tableText(table, maxRows));
    bundle.put("text/html", texIgnored(tableHtml(table, maxRows)));
    publish(bundle);
  }

  /** Renders a grid (e.g. {@link sizing.table.PlanGrids}) as an HTML table, like its Tablesaw table. */
  public static void table(Grid grid) {
    table(Objects.requireNonNull(grid, "grid").toTable());
  }

  /** Renders an XChart chart inline as a PNG, at the chart's own width and height. */
  public static void chart(Chart<?, ?> chart) {
    Objects.requireNonNull(chart, "chart");
    byte[] png;
    try {
      png = BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
    } catch (IOException e) {
      throw new UncheckedIOException("could not encode chart as PNG", e);
    }
    String title = chart.getTitle() == null || chart.getTitle().isBlank() ? "chart" : chart.getTitle();
    publishPng(png, title + " (" + chart.getWidth() + "x" + chart.getHeight() + " PNG)");
  }

  /** Renders an image inline as a PNG. */
  public static void image(BufferedImage image) {
    Objects.requireNonNull(image, "image");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException("could not encode image as PNG", e);
    }
    publishPng(out.toByteArray(), "image (" + image.getWidth() + "x" + image.getHeight() + " PNG)");
  }

  /** Name of the display backend in use: {@code "rapaio"}, {@code "ijava"} or {@code "plain"}. */
  public static String backend() {
    return sink().name();
  }

  // ---------------------------------------------------------------- rendering helpers

  /** HTML for the first {@code maxRows} rows of {@code table}; numbers right-aligned. */
  static String tableHtml(Table table, int maxRows) {
    int rows = Math.min(maxRows, table.rowCount());
    var grid = Grid.of(rows < table.rowCount() ? table.first(rows) : table);
    StringBuilder sb = new StringBuilder(256 + 64 * rows * Math.max(1, table.columnCount()));
    sb.append("<table class=\"dataframe\">\n");
    String name = table.name();
    if (name != null && !name.isBlank()) {
      sb.append("<caption>").append(escape(name)).append("</caption>\n");
    }
    sb.append("<thead><tr>");
    for (var c : grid.columns()) {
      sb.append(c.numeric() ? "<th style=\"text-align:right\">" : "<th style=\"text-align:left\">")
          .append(escape(sizing.table.Render.header(c.name())))
          .append("</th>");
    }
    sb.append("</tr></thead>\n<tbody>\n");
    for (int r = 0; r < rows; r++) {
      sb.append("<tr>");
      for (var c : grid.columns()) {
        sb.append(c.numeric() ? "<td style=\"text-align:right\">" : "<td style=\"text-align:left\">")
            .append(escape(sizing.table.Render.cell(c, r)))
            .append("</td>");
      }
      sb.append("</tr>\n");
    }
    sb.append("</tbody>\n</table>\n");
    if (rows < table.rowCount()) {
      sb.append("<p><em>")
          .append(rows)
          .append(" of ")
          .append(table.rowCount())
          .append(" rows shown</em></p>\n");
    }
    return sb.toString();
  }

  /** Plain-text rendering: Tablesaw's own fixed-width printout. */
  static String tableText(Table table, int maxRows) {
    String text = table.rowCount() <= maxRows ? table.printAll() : table.print(maxRows);
    if (maxRows < table.rowCount()) {
      text += "\n(" + maxRows + " of " + table.rowCount() + " rows shown)";
    }
    return text;
  }

  static String escape(String s) {
    return sizing.io.SafeText.html(s);
  }

  private static void publishPng(byte[] png, String altText) {
    Map<String, String> bundle = new LinkedHashMap<>();
    bundle.put("text/plain", "[" + altText + "]");
    bundle.put("image/png", Base64.getEncoder().encodeToString(png));
    publish(bundle);
  }

  // ---------------------------------------------------------------- backends

  /** Publishes {@code bundle} (MIME type to data; must hold {@code text/plain}). */
  static void publish(Map<String, String> bundle) {
    sink().publish(bundle);
  }

  private static Sink sink() {
    Sink s = sink;
    if (s == null) {
      synchronized (Show.class) {
        s = sink;
        if (s == null) {
          s = detect(Show.class.getClassLoader());
          sink = s;
        }
      }
    }
    return s;
  }

  static Sink detect(ClassLoader loader) {
    Sink s = KernelSink.rapaio(loader);
    if (s == null) {
      s = KernelSink.ijava(loader);
    }
    return s != null ? s : new PlainSink();
  }

  interface Sink {
    String name();

    void publish(Map<String, String> bundle);
  }

  /** Prints the {@code text/plain} alternative to the current {@link System#out}. */
  static final class PlainSink implements Sink {
    @Override
    public String name() {
      return "plain";
    }

    @Override
    public void publish(Map<String, String> bundle) {
      PrintStream out = System.out;
      out.println(bundle.get("text/plain"));
      out.flush();
    }
  }

  /**
   * A Jupyter kernel's display API reached by reflection (the kernel's classes are not on the
   * library's class path): {@code data} builds the kernel's display data from the plain text, each
   * MIME type of the bundle is put into it, and the kernel displays it.
   */
  static final class KernelSink implements Sink {
    /** The kernel's display data holding {@code text} as text/plain. */
    interface DisplayData {
      Object of(String text) throws ReflectiveOperationException;
    }

    private final String name;
    private final Object kernel;
    private final Method display;
    private final DisplayData data;
    private final Method putData;

    private KernelSink(String name, Object kernel, Method display, DisplayData data, Method putData) {
      this.name = name;
      this.kernel = kernel;
      this.display = display;
      this.data = data;
      this.putData = putData;
    }

    /** rapaio-jupyter-kernel: runs JShell in the kernel's JVM; its classes are on the parent loader. */
    static Sink rapaio(ClassLoader loader) {
      try {
        // Only for code that the kernel's JShell loaded: merely having the kernel jar on a class
        // path must not touch MainApp.kernel, whose initialiser would build a kernel.
        if (loader == null || !loader.getClass().getName().startsWith("jdk.jshell.")) {
          return null;
        }
        Class<?> app = Class.forName("org.rapaio.jupyter.kernel.MainApp", false, loader);
        Object kernel = app.getField("kernel").get(null);
        if (kernel == null) {
          return null;
        }
        Class<?> data = Class.forName("org.rapaio.jupyter.kernel.display.DisplayData", true, loader);
        Method display = kernel.getClass().getMethod("display", data);
        Method withType = data.getMethod("withType", String.class, String.class);
        Method putData = data.getMethod("putData", String.class, Object.class);
        return new KernelSink("rapaio", kernel, display, text -> withType.invoke(null, "text/plain", text), putData);
      } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
        return null;
      }
    }

    /** IJava: {@code IJava.getKernelInstance()} is non-null only while the kernel runs. */
    static Sink ijava(ClassLoader loader) {
      try {
        Class<?> ijava = Class.forName("io.github.spencerpark.ijava.IJava", true, loader);
        Object kernel = ijava.getMethod("getKernelInstance").invoke(null);
        if (kernel == null) {
          return null;
        }
        Class<?> data = Class.forName("io.github.spencerpark.jupyter.kernel.display.DisplayData", true, loader);
        Method display = kernel.getClass().getMethod("display", data);
        var newData = data.getConstructor(String.class);
        return new KernelSink("ijava", kernel, display, newData::newInstance,
            data.getMethod("putData", String.class, Object.class));
      } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
        return null;
      }
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public void publish(Map<String, String> bundle) {
      try {
        Object d = data.of(bundle.get("text/plain"));
        for (Map.Entry<String, String> e : bundle.entrySet()) {
          putData.invoke(d, e.getKey(), e.getValue());
        }
        display.invoke(kernel, d);
      } catch (InvocationTargetException e) {
        throw rethrow(e);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("kernel display API not accessible", e);
      }
    }
  }

  private static RuntimeException rethrow(InvocationTargetException e) {
    Throwable cause = e.getCause();
    if (cause instanceof RuntimeException re) {
      return re;
    }
    if (cause instanceof Error err) {
      throw err;
    }
    return new IllegalStateException("kernel display failed", cause);
  }
}
