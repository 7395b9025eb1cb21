package sizing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Every number on the command line is checked as it is parsed, and an answer that could not be written is an error. */
class CliTest {
  @Command(name = "probe")
  static final class Probe implements Callable<Integer> {
    @Option(names = "--users", converter = Cli.Users.class) Double users;
    @Option(names = "--top", converter = Cli.Count.class) Integer top;
    @Option(names = "--p95", converter = Cli.Seconds.class) Double p95;
    @Option(names = "--uptime", converter = Cli.Percent.class) Double uptime;
    @Option(names = "--budget", converter = Cli.Usd.class) Double budget;
    @Option(names = "--rate") Double rate;
    @Option(names = "--dpi") int dpi;
    @Option(names = "--seed") Long seed;

    @Override
    public Integer call() {
      System.out.print("answer " + users + " " + top + " " + rate + "\n");
      return 0;
    }
  }

  final ByteArrayOutputStream err = new ByteArrayOutputStream();
  PrintStream savedOut;
  PrintStream savedErr;

  @BeforeEach
  void capture() {
    savedOut = System.out;
    savedErr = System.err;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(savedOut);
    System.setErr(savedErr);
  }

  int run(String... args) {
    System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    return Cli.run(new Probe(), args);
  }

  String errLine() {
    return err.toString(StandardCharsets.UTF_8).strip();
  }

  /** Values Java's own parsers accept (84d as 84, 0x1p3 as 8) or that are "not given" in disguise (NaN, 0). */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "--users|NaN|'NaN' is not a whole number",
    "--users|0.5|'0.5' is not a whole number",
    "--users|84d|'84d' is not a whole number",
    "--users|0x1p3|'0x1p3' is not a whole number",
    "--users|0|'0' users: give a whole number from 1 to 1,000,000",
    "--users|1000001|'1000001' users: give a whole number from 1 to 1,000,000",
    "--top|0|'0': give a whole number of at least 1",
    "--top|-1|'-1': give a whole number of at least 1",
    "--p95|NaN|'NaN' is not a decimal number (like 12, 0.5 or 1e3)",
    "--p95|0|'0' seconds: give a number above 0 and at most 86400 (a day)",
    "--uptime|100|'100' percent: give a number above 0 and below 100 (no plan reaches 100%)",
    "--budget|Infinity|'Infinity' is not a decimal number (like 12, 0.5 or 1e3)",
    "--budget|1e300|'1e300' USD: give an amount above 0 and at most 1,000,000,000 a month",
    "--rate|1f|'1f' is not a decimal number (like 12, 0.5 or 1e3)",
    "--rate|1e400|'1e400' is too large to be a number here",
    "--dpi|1e3|'1e3' is not a whole number",
    "--dpi|99999999999|'99999999999' is too large to be a number here",
    "--seed|1.5|'1.5' is not a whole number"})
  void aBadNumberIsOneLineNamingTheOptionAndExitTwo(String option, String value, String problem) {
    assertThat(run(option, value)).isEqualTo(Cli.USAGE);
    assertThat(errLine()).isEqualTo("probe: Invalid value for option '" + option + "': " + problem + " (see probe --help)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"--users=120", "--top=3", "--p95=20", "--uptime=99.9", "--budget=500", "--rate=-2.5e1", "--seed=-7"})
  void aGoodNumberIsAccepted(String arg) {
    assertThat(run(arg)).isZero();
    assertThat(errLine()).isEmpty();
  }

  @Test
  void anAnswerThatCouldNotBeWrittenIsAnErrorNotSuccess() {
    System.setOut(new PrintStream(new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("No space left on device");
      }
    }, true, StandardCharsets.UTF_8));
    assertThat(Cli.run(new Probe())).isEqualTo(Cli.USAGE);
    assertThat(errLine()).isEqualTo("probe: could not write the whole answer to standard output (a full disk or a closed pipe?)");
  }
}
