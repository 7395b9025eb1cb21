package sizing.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import sizing.model.MigrationPhase;
import sizing.model.Scenario;

/**
 * Reads the guide's migration path, {@code data/scenarios/migration-path.csv}: {@code phase,
 * first_month, last_month, scenario, source, as_of}; an empty {@code last_month} means the phase
 * goes on. Phases must not overlap and each must name a scenario.
 */
public final class MigrationPathLoader {
  private MigrationPathLoader() {}

  public static Path file(Path dataDir) {
    return dataDir.resolve("scenarios/migration-path.csv");
  }

  public static List<MigrationPhase> read(Path file, Map<String, Scenario> scenarios) {
    var csv = CsvFile.read(file, "phase", "first_month", "last_month", "scenario", "source", "as_of");
    var phases = new ArrayList<MigrationPhase>();
    for (var row : csv.rows()) {
      var scenario = row.required("scenario");
      if (!scenarios.containsKey(scenario)) {
        throw row.error("scenario", "'" + scenario + "' is not a scenario (valid: " + String.join(", ", scenarios.keySet()) + ")");
      }
      int first = row.integer("first_month", 1);
      int last = row.text("last_month").isEmpty() ? Integer.MAX_VALUE : row.integer("last_month", first);
      for (var p : phases) {
        if (first <= p.lastMonth() && last >= p.firstMonth()) {
          throw row.error("first_month", "months " + first + ".." + (last == Integer.MAX_VALUE ? "" : last)
              + " overlap phase '" + p.name() + "'");
        }
      }
      phases.add(new MigrationPhase(row.required("phase"), first, last, scenario, Loaders.provenance(row)));
    }
    return phases;
  }
}
