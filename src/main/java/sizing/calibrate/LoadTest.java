package sizing.calibrate;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import sizing.data.CsvFile;
import sizing.data.DataException;

/**
 * A load test against a deployed plan, as throughput at each level of concurrency, read from one of
 * two files:
 *
 * <ul>
 *   <li>{@link Format#USL}: a CSV with the columns {@code concurrency,throughput_per_s} and
 *       optionally {@code p95_seconds}, one row per level, concurrency rising: the measurements R's
 *       {@code usl} package and usl4j fit (Möding, <i>usl: Analyze System Scalability with the
 *       Universal Scalability Law</i>, CRAN; Hale, usl4j). An {@code as_of} column, if present,
 *       dates the test.
 *   <li>{@link Format#LOCUST}: the {@code *_stats_history.csv} that {@code locust --csv} writes, a
 *       row every few seconds with {@code Timestamp} (Unix seconds), {@code User Count}, {@code
 *       Name}, {@code Requests/s} and the response-time percentiles in milliseconds. Only the {@code
 *       Aggregated} rows are read; rows before the first user or before the first completed request
 *       ({@code Requests/s} 0) are skipped. The rows of one user count form a level: its throughput
 *       is their median {@code Requests/s} (Locust's figure is a moving window, so the first rows
 *       after a step lag), its p95 their median {@code 95%}. The test is dated by its first
 *       timestamp (UTC).
 * </ul>
 *
 * @param file the file as given
 * @param format which of the two it is
 * @param date the day of the test, or null when the file does not say
 * @param levels the levels, concurrency rising, at least {@value #MIN_LEVELS}
 */
public record LoadTest(Path file, Format format, LocalDate date, List<Level> levels) {

  /** The fewest concurrency levels a test must have: one more than the fit's three coefficients. */
  public static final int MIN_LEVELS = 4;

  /** The two file formats. */
  public enum Format {
    USL("concurrency,throughput_per_s"),
    LOCUST("Locust stats history");

    private final String description;

    Format(String description) {
      this.description = description;
    }

    public String description() {
      return description;
    }
  }

  /**
   * One level of load.
   *
   * @param line the file line it comes from (its first row, for a Locust level)
   * @param concurrency {@code N}: clients, threads or Locust users kept busy at once; {@code > 0}
   * @param throughputPerSecond {@code X(N)}, completed requests per second; {@code > 0}
   * @param p95Seconds the measured 95th-percentile response time, seconds, or NaN when not given
   */
  public record Level(int line, double concurrency, double throughputPerSecond, double p95Seconds) {}

  public LoadTest {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(format, "format");
    levels = List.copyOf(levels);
  }

  /**
   * Reads {@code file} in whichever format its header shows.
   *
   * @throws DataException naming the file, the line and the problem: a format it is neither of, a
   *     number that is not one, a throughput not above zero, concurrency that does not rise, fewer
   *     than {@value #MIN_LEVELS} levels
   */
  public static LoadTest read(Path file) {
    var csv = CsvFile.read(file);
    var header = csv.header();
    if (header.containsAll(List.of("User Count", "Requests/s", "Name", "Timestamp"))) {
      return locust(csv);
    }
    if (header.containsAll(List.of("concurrency", "throughput_per_s"))) {
      return usl(csv);
    }
    throw new DataException(file, 1, null, "is neither a load test in the usl format (columns concurrency, "
        + "throughput_per_s and optionally p95_seconds) nor a Locust stats history (columns Timestamp, User Count, "
        + "Name, Requests/s)");
  }

  private static LoadTest usl(CsvFile csv) {
    boolean hasP95 = csv.header().contains("p95_seconds");
    boolean hasDate = csv.header().contains("as_of");
    var levels = new ArrayList<Level>();
    LocalDate date = null;
    for (var row : csv.rows()) {
      double n = row.positive("concurrency");
      if (!levels.isEmpty() && n <= levels.get(levels.size() - 1).concurrency()) {
        throw row.error("concurrency", "is " + row.text("concurrency") + ", not above the previous row's "
            + number(levels.get(levels.size() - 1).concurrency()) + "; concurrency must rise from row to row");
      }
      double x = row.positive("throughput_per_s");
      double p95 = hasP95 && !row.text("p95_seconds").isEmpty() ? row.positive("p95_seconds") : Double.NaN;
      if (hasDate && !row.text("as_of").isEmpty()) {
        var d = date(row, row.text("as_of"));
        date = date == null || d.isAfter(date) ? d : date;
      }
      levels.add(new Level(row.line(), n, x, p95));
    }
    return new LoadTest(csv.path(), Format.USL, date, enough(csv, levels, "concurrency"));
  }

  private static LoadTest locust(CsvFile csv) {
    boolean hasP95 = csv.header().contains("95%");
    var levels = new ArrayList<Level>();
    LocalDate date = null;
    double users = -1;
    int first = 0;
    var rates = new ArrayList<Double>();
    var p95s = new ArrayList<Double>();
    for (var row : csv.rows()) {
      if (!row.text("Name").equals("Aggregated")) {
        continue;
      }
      double n = row.nonNegative("User Count");
      double rate = row.nonNegative("Requests/s");
      if (date == null) {
        date = timestamp(row);
      }
      if (n == 0 || rate == 0) {
        continue;
      }
      if (n < users) {
        throw row.error("User Count", "falls from " + number(users) + " to " + row.text("User Count")
            + "; calibrate needs a test whose users only rise (a step load)");
      }
      if (n > users) {
        if (!rates.isEmpty()) {
          levels.add(new Level(first, users, median(rates), median(p95s) / 1000));
        }
        users = n;
        first = row.line();
        rates.clear();
        p95s.clear();
      }
      rates.add(rate);
      if (hasP95 && !row.text("95%").isEmpty() && !row.text("95%").equals("N/A")) {
        p95s.add(row.nonNegative("95%"));
      }
    }
    if (!rates.isEmpty()) {
      levels.add(new Level(first, users, median(rates), median(p95s) / 1000));
    }
    return new LoadTest(csv.path(), Format.LOCUST, date, enough(csv, levels, "User Count"));
  }

  private static List<Level> enough(CsvFile csv, List<Level> levels, String column) {
    if (levels.size() < MIN_LEVELS) {
      var lines = levels.stream().map(l -> Integer.toString(l.line())).collect(Collectors.joining(", "));
      throw new DataException(csv.path(), 0, column, "has " + levels.size() + " concurrency level"
          + (levels.size() == 1 ? "" : "s") + (levels.isEmpty() ? "" : " (lines " + lines + ")")
          + " with throughput; a fit needs at least " + MIN_LEVELS);
    }
    return levels;
  }

  private static LocalDate timestamp(CsvFile.Row row) {
    var text = row.required("Timestamp");
    try {
      return LocalDate.ofInstant(Instant.ofEpochSecond(Long.parseLong(text)), ZoneOffset.UTC);
    } catch (NumberFormatException e) {
      try {
        return LocalDate.ofInstant(Instant.parse(text), ZoneOffset.UTC);
      } catch (DateTimeParseException e2) {
        throw row.error("Timestamp", "is '" + text + "'; Unix seconds or an ISO-8601 instant is needed");
      }
    }
  }

  private static LocalDate date(CsvFile.Row row, String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw row.error("as_of", "is '" + text + "'; a date like 2025-11-07 is needed");
    }
  }

  private static double median(List<Double> values) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    var sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : 0.5 * (sorted[mid - 1] + sorted[mid]);
  }

  private static String number(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
