package sizing.data;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sizing.model.Goals;
import sizing.model.LlmModel;
import sizing.model.Parameter;
import sizing.model.Role;
import sizing.model.StackProfile;
import sizing.model.Usl;
import sizing.model.Workload;

/** Reads the sizing model's inputs: workloads, goals, LLM prices, the stack profile and scaling. */
public final class ModelLoader {
  private ModelLoader() {}

  /** {@code parameter, value, low, high, unit, source, as_of}; low/high default to value. */
  public static Workload workload(Path file) {
    var csv = CsvFile.read(file, "parameter", "value", "low", "high", "unit", "source", "as_of");
    var map = new LinkedHashMap<String, Parameter>();
    for (var row : csv.rows()) {
      var name = row.required("parameter");
      double value = row.text("value").isEmpty() ? Double.NaN : row.nonNegative("value");
      double low = row.text("low").isEmpty() ? value : row.nonNegative("low");
      double high = row.text("high").isEmpty() ? value : row.nonNegative("high");
      if (!Double.isNaN(value) && !(low <= value && value <= high)) {
        throw row.error("value", "is " + value + "; it must lie between low " + low + " and high " + high);
      }
      Parameter p;
      try {
        p = new Parameter(name, value, low, high, row.text("unit"), Loaders.provenance(row));
      } catch (IllegalArgumentException e) {
        throw row.error("value", e.getMessage());
      }
      if (map.put(name, p) != null) {
        throw row.error("parameter", "'" + name + "' appears twice");
      }
    }
    for (var name : Workload.REQUIRED) {
      if (!map.containsKey(name) || !map.get(name).isSet()) {
        throw new DataException(file, 0, "parameter", "the workload must set '" + name + "'");
      }
    }
    for (var name : List.of(Workload.USERS, Workload.RATE, Workload.BACKEND_CPU, Workload.LLM_CALLS, Workload.BUSY_HOURS)) {
      if (!(map.get(name).value() > 0)) {
        var line = csv.rows().stream().filter(r -> r.text("parameter").equals(name)).findFirst().orElseThrow();
        throw line.error("value", "'" + name + "' must be greater than zero");
      }
    }
    var users = map.get(Workload.USERS);
    var usersRow = csv.rows().stream().filter(r -> r.text("parameter").equals(Workload.USERS)).findFirst().orElseThrow();
    if (users.value() != Math.rint(users.value())) {
      throw usersRow.error("value", "is " + usersRow.text("value") + "; concurrent users are a whole number");
    }
    usersRow.atMost(usersRow.text("high").isEmpty() ? "value" : "high", users.high(), sizing.model.SizingModel.MAX_USERS, "users");
    try {
      return new Workload(map);
    } catch (IllegalArgumentException e) {
      throw new DataException(file, 0, "value", e.getMessage());
    }
  }

  /** {@code goal, value, unit, source, as_of}; an empty value is "no goal". */
  public static Goals goals(Path file) {
    var csv = CsvFile.read(file, "goal", "value", "unit", "source", "as_of");
    var values = new HashMap<String, Double>();
    var lines = new HashMap<String, CsvFile.Row>();
    for (var row : csv.rows()) {
      var name = row.required("goal");
      if (!List.of("p95_seconds", "availability_pct", "cpu_max_utilisation_pct", "memory_max_utilisation_pct",
          "db_pool_max_utilisation_pct", "budget_usd").contains(name)) {
        throw row.error("goal", "unknown goal '" + name + "' (valid: p95_seconds, availability_pct, "
            + "cpu_max_utilisation_pct, memory_max_utilisation_pct, db_pool_max_utilisation_pct, budget_usd)");
      }
      Loaders.provenance(row);
      values.put(name, row.text("value").isEmpty() ? Double.NaN : row.nonNegative("value"));
      lines.put(name, row);
    }
    double cpu = values.getOrDefault("cpu_max_utilisation_pct", 80.0);
    double mem = values.getOrDefault("memory_max_utilisation_pct", 85.0);
    try {
      return new Goals(values.getOrDefault("p95_seconds", Double.NaN), values.getOrDefault("availability_pct", Double.NaN),
          cpu / 100, mem / 100, values.getOrDefault("budget_usd", Double.NaN));
    } catch (IllegalArgumentException e) {
      throw new DataException(file, 0, "value", e.getMessage());
    }
  }

  /** {@code model, input_usd_per_mtok, output_usd_per_mtok, latency_seconds_per_call, source, as_of}. */
  public static Map<String, LlmModel> llmModels(Path file) {
    var csv = CsvFile.read(file, "model", "input_usd_per_mtok", "output_usd_per_mtok", "latency_seconds_per_call", "source", "as_of");
    var map = new LinkedHashMap<String, LlmModel>();
    for (var row : csv.rows()) {
      var name = row.required("model");
      var m = new LlmModel(name, row.nonNegative("input_usd_per_mtok"), row.nonNegative("output_usd_per_mtok"),
          row.nonNegative("latency_seconds_per_call"), Loaders.provenance(row));
      if (map.put(name, m) != null) {
        throw row.error("model", "'" + name + "' appears twice");
      }
    }
    return map;
  }

  /** The stack profile from {@code data/stack/}: services, host shares, availability, connection limits. */
  public static StackProfile stack(Path stackDir) {
    var services = CsvFile.read(stackDir.resolve("services.csv"), "service", "metric", "low", "high", "unit", "source", "as_of");
    var mid = new HashMap<String, Double>();
    for (var row : services.rows()) {
      double low = row.nonNegative("low");
      double high = row.nonNegative("high");
      if (high < low) {
        throw row.error("high", "is " + high + "; it must not be below low " + low);
      }
      Loaders.provenance(row);
      mid.put(row.required("service") + "." + row.required("metric"), (low + high) / 2);
    }
    var sharesCsv = CsvFile.read(stackDir.resolve("host-shares.csv"), "role", "service", "vcpu_share", "source", "as_of");
    var shares = new EnumMap<Role, Map<String, Double>>(Role.class);
    for (var row : sharesCsv.rows()) {
      var role = Loaders.field(row, "role", Role::ofId);
      double share = row.nonNegative("vcpu_share");
      if (share > 1) {
        throw row.error("vcpu_share", "is " + share + "; a share cannot exceed 1");
      }
      Loaders.provenance(row);
      shares.computeIfAbsent(role, r -> new HashMap<>()).put(row.required("service"), share);
    }
    var availCsv = CsvFile.read(stackDir.resolve("availability.csv"), "component", "availability_pct", "source", "as_of");
    var availability = new HashMap<String, Double>();
    for (var row : availCsv.rows()) {
      double pct = row.positive("availability_pct");
      if (pct > 100) {
        throw row.error("availability_pct", "is " + pct + "; it cannot exceed 100");
      }
      Loaders.provenance(row);
      availability.put(row.required("component"), pct / 100);
    }
    var limitsCsv = CsvFile.read(stackDir.resolve("postgres-limits.csv"), "item", "max_connections", "source", "as_of");
    var limits = new HashMap<String, Integer>();
    for (var row : limitsCsv.rows()) {
      Loaders.provenance(row);
      limits.put(row.required("item"), row.integer("max_connections", 1));
    }
    var servicesFile = stackDir.resolve("services.csv");
    return new StackProfile(
        need(mid, servicesFile, "backend.memory_idle"),
        need(mid, servicesFile, "postgres.memory_minimal"),
        need(mid, servicesFile, "frontend.memory"),
        (int) Math.round(need(mid, servicesFile, "backend.pool_base") + need(mid, servicesFile, "backend.pool_overflow")),
        limits.getOrDefault("self-hosted", (int) Math.round(need(mid, servicesFile, "postgres.max_connections"))),
        shares, availability, limits);
  }

  /** {@code parameter, value, source, as_of} with sigma and kappa; lambda is 1 (only efficiency is used). */
  public static Usl scaling(Path file) {
    var csv = CsvFile.read(file, "parameter", "value", "source", "as_of");
    var values = new HashMap<String, Double>();
    for (var row : csv.rows()) {
      Loaders.provenance(row);
      values.put(row.required("parameter"), row.nonNegative("value"));
    }
    if (!values.containsKey("sigma") || !values.containsKey("kappa")) {
      throw new DataException(file, 0, "parameter", "needs rows for sigma and kappa");
    }
    try {
      return new Usl(values.get("sigma"), values.get("kappa"), 1);
    } catch (IllegalArgumentException e) {
      throw new DataException(file, 0, "value", e.getMessage());
    }
  }

  private static double need(Map<String, Double> mid, Path file, String key) {
    var v = mid.get(key);
    if (v == null) {
      var dot = key.indexOf('.');
      throw new DataException(file, 0, "metric", "needs a row for service '" + key.substring(0, dot)
          + "', metric '" + key.substring(dot + 1) + "'");
    }
    return v;
  }
}
