package sizing.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;
import sizing.sweep.Progress;

/**
 * A one-line progress bar on standard error for runs that take a while: nothing for the first
 * {@link #DELAY_NANOS} (a quick run stays silent), then {@code label [#####.....] 42% 1,234/2,900}
 * redrawn in place at most every {@link #REDRAW_NANOS}, and the line cleared when the work is
 * done. Only when standard error is a terminal: piped or redirected output never sees it.
 * Updates may come from several threads.
 */
public final class ProgressBar implements Progress, AutoCloseable {
  /** How long a run goes before the bar appears: 1 s. */
  public static final long DELAY_NANOS = 1_000_000_000L;
  /** The shortest time between two redraws: 0.1 s. */
  public static final long REDRAW_NANOS = 100_000_000L;
  private static final int WIDTH = 30;

  private final String label;
  private final PrintStream err;
  private final boolean terminal;
  private final LongSupplier clock;
  private final long start;
  private long lastDraw = Long.MIN_VALUE;
  private boolean drawn;
  private int lastLength;

  /**
   * A bar labelled {@code label} on {@code err}, drawn only when {@code terminal}, timed by {@code
   * clock} (nanoseconds, as {@link System#nanoTime}).
   */
  public ProgressBar(String label, PrintStream err, boolean terminal, LongSupplier clock) {
    this.label = label;
    this.err = err;
    this.terminal = terminal;
    this.clock = clock;
    this.start = clock.getAsLong();
  }

  /** A bar on {@link System#err}, drawn when the JVM has a console (standard input and output are a terminal). */
  public static ProgressBar onStandardError(String label) {
    return new ProgressBar(label, System.err, System.console() != null, System::nanoTime);
  }

  @Override
  public synchronized void update(long done, long total) {
    if (!terminal || total <= 0) {
      return;
    }
    long now = clock.getAsLong();
    if (now - start < DELAY_NANOS || (drawn && now - lastDraw < REDRAW_NANOS && done < total)) {
      return;
    }
    lastDraw = now;
    drawn = true;
    double f = Math.min(1, (double) done / total);
    int filled = (int) Math.round(f * WIDTH);
    var line = String.format(Locale.ROOT, "%s [%s%s] %3.0f%% %,d/%,d", label, "#".repeat(filled),
        ".".repeat(WIDTH - filled), 100 * f, done, total);
    err.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
    err.flush();
    lastLength = line.length();
  }

  /** Clears the bar's line, if it was drawn, so what follows starts on a clean line. */
  @Override
  public synchronized void close() {
    if (drawn) {
      err.print("\r" + " ".repeat(lastLength) + "\r");
      err.flush();
      drawn = false;
    }
  }
}
