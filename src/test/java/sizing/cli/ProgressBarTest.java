package sizing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress bar shows only on a terminal and only once a run has taken a while. */
class ProgressBarTest {
  final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
  final AtomicLong now = new AtomicLong();

  String printed() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void whenStandardErrorIsNotATerminalASlowStepGetsALineWhenItPassesASecondAndOneWhenItEnds() {
    try (var bar = new ProgressBar("sweep", err, false, now::get)) {
      for (int i = 0; i <= 100; i++) {
        now.addAndGet(ProgressBar.DELAY_NANOS / 10);
        bar.update(i, 100);
      }
    }
    assertThat(printed()).isEqualTo("sweep: 9/100 after 1.0 s\nsweep: done in 10.1 s\n").doesNotContain("\r");
  }

  @Test
  void whenStandardErrorIsNotATerminalAQuickStepPrintsNothing() {
    try (var bar = new ProgressBar("sweep", err, false, now::get)) {
      for (int i = 0; i <= 100; i++) {
        now.set(i * (ProgressBar.DELAY_NANOS / 200));
        bar.update(i, 100);
      }
    }
    assertThat(printed()).isEmpty();
  }

  @Test
  void aRunShorterThanTheDelayPrintsNothing() {
    try (var bar = new ProgressBar("sweep", err, true, now::get)) {
      for (int i = 0; i <= 100; i++) {
        now.set(i * (ProgressBar.DELAY_NANOS / 200));
        bar.update(i, 100);
      }
    }
    assertThat(printed()).isEmpty();
  }

  @Test
  void aLongRunOnATerminalRedrawsOneLineAndClearsItAtTheEnd() {
    try (var bar = new ProgressBar("sweep", err, true, now::get)) {
      now.set(ProgressBar.DELAY_NANOS);
      bar.update(25, 100);
      assertThat(printed()).startsWith("\rsweep [").contains("25%").contains("25/100").doesNotContain("\n");
      now.addAndGet(ProgressBar.REDRAW_NANOS / 2);
      int before = printed().length();
      bar.update(26, 100);
      assertThat(printed()).hasSize(before);
      now.addAndGet(ProgressBar.REDRAW_NANOS);
      bar.update(100, 100);
      assertThat(printed()).contains("100%");
    }
    assertThat(printed()).endsWith("\r").doesNotContain("\n");
  }
}
