package sizing.calibrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sizing.TestFiles;
import sizing.data.DataDir;
import sizing.data.DataException;

class LoadTestTest {
  static final Path CISCO = DataDir.locate().resolve("loadtests/cisco-usl.csv");
  static final Path LOCUST = DataDir.locate().resolve("loadtests/locust-example_stats_history.csv");
  static final String LOCUST_HEADER = "\"Timestamp\",\"User Count\",\"Type\",\"Name\",\"Requests/s\",\"Failures/s\",\"95%\"";

  @TempDir Path dir;

  Path write(String name, String... lines) throws IOException {
    return TestFiles.write(dir.resolve(name), lines);
  }

  @Test
  void uslFormatFileIsOneLevelPerRowDatedByItsAsOfColumn() {
    var test = LoadTest.read(CISCO);
    assertThat(test.format()).isEqualTo(LoadTest.Format.USL);
    assertThat(test.levels()).hasSize(32);
    // Schwartz (2015), the Cisco benchmark's first and last rows
    assertThat(test.levels().get(0)).isEqualTo(new LoadTest.Level(2, 1, 955.16, Double.NaN));
    assertThat(test.levels().get(31)).isEqualTo(new LoadTest.Level(33, 32, 12074.39, Double.NaN));
    assertThat(test.date()).isEqualTo(LocalDate.of(2015, 2, 20));
  }

  @Test
  void locustHistoryIsGroupedByUserCountWithMedianRatesAndP95s() {
    var test = LoadTest.read(LOCUST);
    assertThat(test.format()).isEqualTo(LoadTest.Format.LOCUST);
    // the first row (0 users, no requests yet) is skipped; seven steps of three rows remain
    assertThat(test.levels()).extracting(LoadTest.Level::concurrency).containsExactly(2.0, 4.0, 6.0, 8.0, 10.0, 12.0, 14.0);
    // step of 2 users, lines 3-5: Requests/s 0.297572, 0.295622, 0.304606; 95% 8457, 8385, 7967 ms
    assertThat(test.levels().get(0)).isEqualTo(new LoadTest.Level(3, 2, 0.297572, 8.385));
    // Timestamp 1796032800 is 2026-11-30 10:00 UTC
    assertThat(test.date()).isEqualTo(LocalDate.of(2026, 11, 30));
  }

  @Test
  void p95ColumnIsOptionalAndReadInSeconds() throws IOException {
    var f = write("t.csv", "concurrency,throughput_per_s,p95_seconds", "1,1,2.5", "2,2,", "4,3,3.1", "8,3.5,6");
    var test = LoadTest.read(f);
    assertThat(test.levels().get(0).p95Seconds()).isEqualTo(2.5);
    assertThat(test.levels().get(1).p95Seconds()).isNaN();
    assertThat(test.date()).isNull();
  }

  @Test
  void fewerThanFourLevelsIsRejected() throws IOException {
    var f = write("t.csv", "concurrency,throughput_per_s", "1,10", "2,19", "4,30");
    assertThatThrownBy(() -> LoadTest.read(f))
        .isInstanceOf(DataException.class)
        .hasMessage(f + ": field 'concurrency': has 3 concurrency levels (lines 2, 3, 4) with throughput; a fit needs at least 4");
  }

  @Test
  void concurrencyThatDoesNotRiseNamesTheRow() throws IOException {
    var f = write("t.csv", "concurrency,throughput_per_s", "1,10", "2,19", "2,21", "4,30");
    assertThatThrownBy(() -> LoadTest.read(f))
        .hasMessage(f + ":4: field 'concurrency': is 2, not above the previous row's 2; concurrency must rise from row to row");
  }

  @Test
  void negativeThroughputNamesTheRow() throws IOException {
    var f = write("t.csv", "concurrency,throughput_per_s", "1,10", "2,-19", "4,30", "8,40");
    assertThatThrownBy(() -> LoadTest.read(f))
        .hasMessage(f + ":3: field 'throughput_per_s': is -19; it must be greater than zero");
  }

  @Test
  void nonNumericThroughputNamesTheRow() throws IOException {
    var f = write("t.csv", "concurrency,throughput_per_s", "1,10", "2,fast", "4,30", "8,40");
    assertThatThrownBy(() -> LoadTest.read(f))
        .hasMessage(f + ":3: field 'throughput_per_s': is 'fast'; a number is needed (digits, a decimal point and an exponent, e.g. 12, 0.5 or 1e3)");
  }

  @Test
  void locustUsersThatFallNameTheRow() throws IOException {
    var f = write("h.csv", LOCUST_HEADER, "1000,2,\"\",\"Aggregated\",0.3,0,800", "1001,4,\"\",\"Aggregated\",0.5,0,900",
        "1002,2,\"\",\"Aggregated\",0.3,0,800");
    assertThatThrownBy(() -> LoadTest.read(f))
        .hasMessage(f + ":4: field 'User Count': falls from 4 to 2; calibrate needs a test whose users only rise (a step load)");
  }

  @Test
  void locustNegativeRateNamesTheRow() throws IOException {
    var f = write("h.csv", LOCUST_HEADER, "1000,2,\"\",\"Aggregated\",-0.3,0,800");
    assertThatThrownBy(() -> LoadTest.read(f))
        .hasMessage(f + ":2: field 'Requests/s': is -0.3; it must not be negative");
  }

  @Test
  void locustPerEndpointRowsAreLeftOut() throws IOException {
    var f = write("h.csv", LOCUST_HEADER,
        "1000,1,\"POST\",\"/chat\",9,0,800", "1000,1,\"\",\"Aggregated\",0.2,0,800",
        "1001,2,\"\",\"Aggregated\",0.35,0,900", "1002,3,\"\",\"Aggregated\",0.45,0,950",
        "1003,4,\"POST\",\"/chat\",9,0,1000", "1003,4,\"\",\"Aggregated\",0.5,0,1000");
    assertThat(LoadTest.read(f).levels()).extracting(LoadTest.Level::throughputPerSecond).containsExactly(0.2, 0.35, 0.45, 0.5);
  }

  @Test
  void aFileInNeitherFormatSaysWhatBothNeed() throws IOException {
    var f = write("t.csv", "users,rps", "1,2");
    assertThatThrownBy(() -> LoadTest.read(f))
        .hasMessageStartingWith(f + ":1: is neither a load test in the usl format (columns concurrency, throughput_per_s");
  }
}
