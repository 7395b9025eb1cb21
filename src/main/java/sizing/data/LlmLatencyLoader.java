package sizing.data;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import sizing.model.LlmLatency;

/** Reads {@code data/llm/latency.csv}: each model's latency distribution per call. */
public final class LlmLatencyLoader {
  private LlmLatencyLoader() {}

  /**
   * {@code model, family, median_seconds, p95_seconds, source, as_of}: one row per model; the
   * family is {@code lognormal}; {@code p95_seconds} must not be below {@code median_seconds}.
   *
   * @return the latencies by model name, in file order
   * @throws DataException naming the file, line and field of the first bad value
   */
  public static Map<String, LlmLatency> read(Path file) {
    var csv = CsvFile.read(file, "model", "family", "median_seconds", "p95_seconds", "source", "as_of");
    var map = new LinkedHashMap<String, LlmLatency>();
    for (var row : csv.rows()) {
      var model = row.required("model");
      var family = Loaders.field(row, "family", LlmLatency.Family::ofId);
      double median = row.positive("median_seconds");
      double p95 = row.positive("p95_seconds");
      if (p95 < median) {
        throw row.error("p95_seconds", "is " + row.text("p95_seconds") + "; a 95th percentile cannot be below the median ("
            + row.text("median_seconds") + " s)");
      }
      var latency = new LlmLatency(model, family, median, p95, Loaders.provenance(row));
      if (map.put(model, latency) != null) {
        throw row.error("model", "'" + model + "' appears twice");
      }
    }
    if (map.isEmpty()) {
      throw new DataException(file, 0, null, "has no rows; one latency per model is needed");
    }
    return map;
  }
}
