package sizing.data;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sizing.model.Component;
import sizing.model.Goal;
import sizing.model.Goals;
import sizing.model.LlmModel;
import sizing.model.Parameter;
import sizing.model.Role;
import sizing.model.Service;
import sizing.model.ServiceMetric;
import sizing.model.StackProfile;
import sizing.model.Workload;
import sizing.model.WorkloadParameter;

/** Reads the sizing model's inputs: workloads, goals, LLM prices and latencies, and the stack profile. */
public final class ModelLoader {
  private ModelLoader() {}

  /**
   * {@code parameter, value, low, high, unit, source, as_of}; low/high default to value. Every
   * parameter is a {@link WorkloadParameter}; each required one must be set.
   */
  public static Workload workload(Path file) {
    var csv = CsvFile.read(file, "parameter", "value", "low", "high", "unit", "source", "as_of");
    var map = new LinkedHashMap<WorkloadParameter, Parameter>();
    var lines = new EnumMap<WorkloadParameter, CsvFile.Row>(WorkloadParameter.class);
    for (var row : csv.rows()) {
      var key = Loaders.field(row, "parameter", WorkloadParameter::ofId);
      double value = row.text("value").isEmpty() ? Double.NaN : row.nonNegative("value");
      double low = row.text("low").isEmpty() ? value : row.nonNegative("low");
      double high = row.text("high").isEmpty() ? value : row.nonNegative("high");
      if (!Double.isNaN(value) && !(low <= value && value <= high)) {
        throw row.error("value", "is " + value + "; it must lie between low " + low + " and high " + high);
      }
      Parameter p;
      try {
        p = new Parameter(key, value, low, high, row.text("unit"), Loaders.provenance(row));
      } catch (IllegalArgumentException e) {
        throw row.error("value", e.getMessage());
      }
      if (map.put(key, p) != null) {
        throw row.error("parameter", "'" + key.id() + "' appears twice (first on line " + lines.get(key).line() + ")");
      }
      lines.put(key, row);
    }
    for (var key : WorkloadParameter.values()) {
      if (key.required() && (!map.containsKey(key) || !map.get(key).isSet())) {
        throw new DataException(file, 0, "parameter", "the workload must set '" + key.id() + "'");
      }
    }
    for (var key : WorkloadParameter.values()) {
      if (key.positive() && !(map.get(key).value() > 0)) {
        throw lines.get(key).error("value", "'" + key.id() + "' must be greater than zero");
      }
    }
    var users = map.get(WorkloadParameter.USERS);
    var usersRow = lines.get(WorkloadParameter.USERS);
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

  /** {@code goal, value, unit, source, as_of}; every goal is a {@link Goal}; an empty value is "no goal". */
  public static Goals goals(Path file) {
    var csv = CsvFile.read(file, "goal", "value", "unit", "source", "as_of");
    var values = new EnumMap<Goal, Double>(Goal.class);
    var lines = new EnumMap<Goal, CsvFile.Row>(Goal.class);
    for (var row : csv.rows()) {
      var goal = Loaders.field(row, "goal", Goal::ofId);
      Loaders.provenance(row);
      values.put(goal, row.text("value").isEmpty() ? Double.NaN : row.nonNegative("value"));
      if (lines.put(goal, row) != null) {
        throw row.error("goal", "'" + goal.id() + "' appears twice");
      }
    }
    double cpu = values.getOrDefault(Goal.CPU_MAX_UTILISATION_PCT, 80.0);
    double mem = values.getOrDefault(Goal.MEMORY_MAX_UTILISATION_PCT, 85.0);
    double pool = values.getOrDefault(Goal.DB_POOL_MAX_UTILISATION_PCT, 90.0);
    try {
      return new Goals(values.getOrDefault(Goal.P95_SECONDS, Double.NaN), values.getOrDefault(Goal.AVAILABILITY_PCT, Double.NaN),
          cpu / 100, mem / 100, values.getOrDefault(Goal.BUDGET_USD, Double.NaN), pool / 100);
    } catch (IllegalArgumentException e) {
      throw new DataException(file, 0, "value", e.getMessage());
    }
  }

  /**
   * {@code model, input_usd_per_mtok, output_usd_per_mtok, source, as_of} from {@code pricesFile},
   * each joined with its latency distribution from {@code latencyFile} ({@link LlmLatencyLoader});
   * a model without a latency row is an error naming the latency file.
   */
  public static Map<String, LlmModel> llmModels(Path pricesFile, Path latencyFile) {
    var latencies = LlmLatencyLoader.read(latencyFile);
    var csv = CsvFile.read(pricesFile, "model", "input_usd_per_mtok", "output_usd_per_mtok", "source", "as_of");
    var map = new LinkedHashMap<String, LlmModel>();
    for (var row : csv.rows()) {
      var name = row.required("model");
      var latency = latencies.get(name);
      if (latency == null) {
        throw new DataException(latencyFile, 0, "model", "has no row for '" + name + "' (" + pricesFile.getFileName()
            + " line " + row.line() + "): every model priced needs its latency");
      }
      var m = new LlmModel(name, row.nonNegative("input_usd_per_mtok"), row.nonNegative("output_usd_per_mtok"),
          latency, Loaders.provenance(row));
      if (map.put(name, m) != null) {
        throw row.error("model", "'" + name + "' appears twice");
      }
    }
    return map;
  }

  /**
   * The stack profile from {@code data/stack/}: services, host shares, availability, connection
   * limits. Every service, metric, role and component is one the model knows; every figure the model
   * needs has a row.
   */
  public static StackProfile stack(Path stackDir) {
    var servicesFile = stackDir.resolve("services.csv");
    var services = CsvFile.read(servicesFile, "service", "metric", "low", "high", "unit", "source", "as_of");
    var mid = new EnumMap<ServiceMetric, Double>(ServiceMetric.class);
    for (var row : services.rows()) {
      var service = Loaders.field(row, "service", Service::ofId);
      var metric = Loaders.field(row, "metric", m -> ServiceMetric.of(service, m));
      double low = row.nonNegative("low");
      double high = row.notBelow("high", "low", low);
      Loaders.provenance(row);
      if (mid.put(metric, (low + high) / 2) != null) {
        throw row.error("metric", "service " + service.id() + ", metric " + metric.metric() + " appears twice");
      }
    }
    var sharesFile = stackDir.resolve("host-shares.csv");
    var sharesCsv = CsvFile.read(sharesFile, "role", "service", "vcpu_share", "source", "as_of");
    var shares = new EnumMap<Role, Map<Service, Double>>(Role.class);
    for (var row : sharesCsv.rows()) {
      var role = Loaders.field(row, "role", Role::ofId);
      var service = Loaders.field(row, "service", Service::ofId);
      double share = row.nonNegative("vcpu_share");
      if (share > 1) {
        throw row.error("vcpu_share", "is " + share + "; a share cannot exceed 1");
      }
      Loaders.provenance(row);
      if (shares.computeIfAbsent(role, r -> new EnumMap<>(Service.class)).put(service, share) != null) {
        throw row.error("service", "role " + role.id() + ", service " + service.id() + " appears twice");
      }
    }
    for (var needed : NEEDED_SHARES) {
      if (!shares.getOrDefault(needed.getKey(), Map.of()).containsKey(needed.getValue())) {
        throw new DataException(sharesFile, 0, "role", "needs a row for role '" + needed.getKey().id() + "', service '"
            + needed.getValue().id() + "'");
      }
    }
    var availabilityFile = stackDir.resolve("availability.csv");
    var availCsv = CsvFile.read(availabilityFile, "component", "availability_pct", "source", "as_of");
    var availability = new EnumMap<Component, Double>(Component.class);
    for (var row : availCsv.rows()) {
      var component = Loaders.field(row, "component", Component::ofId);
      double pct = row.positive("availability_pct");
      if (pct > 100) {
        throw row.error("availability_pct", "is " + pct + "; it cannot exceed 100");
      }
      Loaders.provenance(row);
      if (availability.put(component, pct / 100) != null) {
        throw row.error("component", "'" + component.id() + "' appears twice");
      }
    }
    for (var c : Component.values()) {
      if (!availability.containsKey(c)) {
        throw new DataException(availabilityFile, 0, "component", "needs a row for component '" + c.id() + "'");
      }
    }
    var limitsCsv = CsvFile.read(stackDir.resolve("postgres-limits.csv"), "item", "max_connections", "source", "as_of");
    var limits = new HashMap<String, Integer>();
    for (var row : limitsCsv.rows()) {
      Loaders.provenance(row);
      limits.put(row.required("item"), row.integer("max_connections", 1));
    }
    try {
      return stackProfile(mid, servicesFile, shares, availability, limits);
    } catch (IllegalArgumentException e) {
      throw new DataException(servicesFile, 0, "low", e.getMessage());
    }
  }

  private static StackProfile stackProfile(Map<ServiceMetric, Double> mid, Path servicesFile,
      Map<Role, Map<Service, Double>> shares, Map<Component, Double> availability, Map<String, Integer> limits) {
    return new StackProfile(
        need(mid, servicesFile, ServiceMetric.BACKEND_MEMORY_IDLE),
        need(mid, servicesFile, ServiceMetric.POSTGRES_MEMORY_MINIMAL),
        need(mid, servicesFile, ServiceMetric.FRONTEND_MEMORY),
        (int) Math.round(need(mid, servicesFile, ServiceMetric.BACKEND_POOL_BASE)
            + need(mid, servicesFile, ServiceMetric.BACKEND_POOL_OVERFLOW)),
        limits.getOrDefault("self-hosted", (int) Math.round(need(mid, servicesFile, ServiceMetric.POSTGRES_MAX_CONNECTIONS))),
        (int) Math.round(need(mid, servicesFile, ServiceMetric.POSTGRES_RESERVED_CONNECTIONS)),
        shares, availability, limits);
  }

  /** The vCPU shares the model reads: each backend role's backend, and PostgreSQL and ChromaDB where they run. */
  private static final List<Map.Entry<Role, Service>> NEEDED_SHARES = List.of(
      Map.entry(Role.ALL_IN_ONE, Service.BACKEND), Map.entry(Role.ALL_IN_ONE, Service.POSTGRES),
      Map.entry(Role.APP, Service.BACKEND), Map.entry(Role.BACKEND, Service.BACKEND),
      Map.entry(Role.DATABASE, Service.POSTGRES), Map.entry(Role.VECTOR, Service.CHROMADB));

  private static double need(Map<ServiceMetric, Double> mid, Path file, ServiceMetric key) {
    var v = mid.get(key);
    if (v == null) {
      throw new DataException(file, 0, "metric", "needs a row for service '" + key.service().id()
          + "', metric '" + key.metric() + "'");
    }
    return v;
  }
}
