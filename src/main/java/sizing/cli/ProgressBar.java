package sizing.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;
import sizing.sweep.Progress;

/**
 * Progress on standard error for runs that take a while: nothing for the first {@link
 * #DELAY_NANOS} (a quick run stays silent). Then, on a terminal, a bar {@code label [#####.....]
 * 42% 1,234/2,900} redrawn in place at most every {@link #REDRAW_NANOS} and cleared when the work
 * is done; elsewhere (standard error piped or redirected) one line when the step has run a second,
 * {@code label: 1,234/2,900 after 1.0 s}, and one when it ends, {@code label: done in 2.4 s}, so a
 * log shows each slow step and standard output stays the answer. Updates may come from several
 * threads.
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
  private boolean logged;
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
    if (total <= 0) {
      return;
    }
    long now = clock.getAsLong();
    if (!terminal) {
      if (!logged && now - start >= DELAY_NANOS) {
        logged = true;
        err.printf(Locale.ROOT, "%s: %,d/%,d after %.1f s%n", label, done, total, (now - start) / 1e9);
        err.flush();
      }
      return;
    }
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

  /** Clears the bar's line, if it was drawn, so what follows starts on a clean line; off a terminal, says the step ended. */
  @Override
  public synchronized void close() {
    if (logged) {
      err.printf(Locale.ROOT, "%s: done in %.1f s%n", label, (clock.getAsLong() - start) / 1e9);
      err.flush();
      logged = false;
    }
    if (drawn) {
      err.print("\r" + " ".repeat(lastLength) + "\r");
      err.flush();
      drawn = false;
    }
  }
}
