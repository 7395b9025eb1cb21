package sizing.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sizing.model.Catalog;
import sizing.model.GuideEstimate;
import sizing.model.Plan;
import sizing.model.Provenance;
import sizing.model.Role;
import sizing.model.Scenario;

/**
 * Reads the guide's deployments: {@code scenarios.csv} ({@code scenario, title,
 * guide_monthly_usd, source, as_of}) and {@code scenario-items.csv} ({@code scenario, item,
 * quantity, role, source, as_of}), checking every item against the catalog.
 */
public final class ScenarioLoader {
  private ScenarioLoader() {}

  /**
   * The guide's estimates ({@code scenario, metric, low, high, unit, benchmark, source, as_of}),
   * each naming a scenario in {@code scenarios}.
   */
  public static java.util.List<GuideEstimate> estimates(Path file, Map<String, Scenario> scenarios) {
    var csv = CsvFile.read(file, "scenario", "metric", "low", "high", "unit", "benchmark", "source", "as_of");
    var list = new ArrayList<GuideEstimate>();
    for (var row : csv.rows()) {
      var name = row.required("scenario");
      if (!scenarios.containsKey(name)) {
        throw row.error("scenario", "'" + name + "' is not a scenario (valid: " + String.join(", ", scenarios.keySet()) + ")");
      }
      double low = row.nonNegative("low");
      double high = row.notBelow("high", "low", low);
      var flag = row.required("benchmark");
      if (!flag.equals("yes") && !flag.equals("no")) {
        throw row.error("benchmark", "is '" + flag + "' (valid: yes, no)");
      }
      var metric = Loaders.field(row, "metric", GuideEstimate.Metric::ofId);
      list.add(new GuideEstimate(name, metric, low, high, row.text("unit"),
          flag.equals("yes"), Loaders.provenance(row)));
    }
    return list;
  }

  /** Scenarios by name, in the order of {@code scenariosFile}. */
  public static Map<String, Scenario> read(Path scenariosFile, Path itemsFile, Catalog catalog) {
    var heads = CsvFile.read(scenariosFile, "scenario", "title", "guide_monthly_usd", "source", "as_of");
    record Head(String title, double guideUsd, Provenance provenance, int line) {}
    var byName = new LinkedHashMap<String, Head>();
    for (var row : heads.rows()) {
      var name = row.required("scenario");
      var previous =
          byName.put(
              name,
              new Head(
                  row.text("title"),
                  row.text("guide_monthly_usd").isEmpty() ? Double.NaN : row.nonNegative("guide_monthly_usd"),
                  Loaders.provenance(row),
                  row.line()));
      if (previous != null) {
        throw row.error("scenario", "'" + name + "' appears twice (first on line " + previous.line + ")");
      }
    }
    var items = CsvFile.read(itemsFile, "scenario", "item", "quantity", "role", "source", "as_of");
    var lines = new HashMap<String, List<Plan.Line>>();
    for (var row : items.rows()) {
      var name = row.required("scenario");
      if (!byName.containsKey(name)) {
        throw row.error(
            "scenario", "'" + name + "' is not in " + scenariosFile.getFileName() + " (valid: " + String.join(", ", byName.keySet()) + ")");
      }
      var id = row.required("item");
      var item = catalog.find(id);
      if (item.isEmpty()) {
        throw row.error("item", "'" + id + "' is not in the price catalog " + catalog.name());
      }
      var role = Loaders.field(row, "role", Role::ofId);
      if (!role.accepts(item.get().category())) {
        throw row.error(
            "role", "'" + role.id() + "' cannot be played by a " + item.get().category().id() + " item");
      }
      double quantity = row.positive("quantity");
      if (quantity != Math.rint(quantity) && !item.get().unit().equalsIgnoreCase("GB")) {
        throw row.error("quantity", "is " + row.text("quantity") + "; a whole number of " + item.get().unit()
            + "s is needed (only items priced per GB take fractions)");
      }
      Loaders.provenance(row);
      lines.computeIfAbsent(name, k -> new ArrayList<>()).add(new Plan.Line(id, quantity, role));
    }
    var scenarios = new LinkedHashMap<String, Scenario>();
    for (var e : byName.entrySet()) {
      var planLines = lines.get(e.getKey());
      if (planLines == null) {
        throw new DataException(
            scenariosFile, e.getValue().line, "scenario",
            "'" + e.getKey() + "' has no items in " + itemsFile.getFileName());
      }
      var head = e.getValue();
      scenarios.put(
          e.getKey(),
          new Scenario(new Plan(e.getKey(), head.title, planLines), head.guideUsd, head.provenance));
    }
    return scenarios;
  }
}
