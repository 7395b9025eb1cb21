package sizing.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * What the stack must serve: users, their request rate and what one request costs each resource.
 * Parameters are keyed by {@link WorkloadParameter}, in the order the workload file lists them;
 * every {@link WorkloadParameter#required() required} one is set.
 */
public record Workload(Map<WorkloadParameter, Parameter> parameters) {

  public Workload {
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    for (var e : parameters.entrySet()) {
      if (e.getValue().key() != e.getKey()) {
        throw new IllegalArgumentException("parameter " + e.getValue().name() + " is filed under " + e.getKey().id());
      }
    }
    for (var key : WorkloadParameter.values()) {
      var p = parameters.get(key);
      if (key.required() && (p == null || !p.isSet())) {
        throw new IllegalArgumentException("workload lacks " + key.id());
      }
      if (key.positive() && !(p.value() > 0)) {
        throw new IllegalArgumentException(key.id() + " must be greater than zero");
      }
    }
    var sigma = parameters.get(WorkloadParameter.USL_SIGMA);
    if (sigma != null && sigma.isSet() && !(sigma.low() >= 0 && sigma.high() <= 1)) {
      throw new IllegalArgumentException(WorkloadParameter.USL_SIGMA.id() + " must lie in [0, 1], low and high too");
    }
    if (parameters.get(WorkloadParameter.BUSY_HOURS).value() > WorkloadParameter.MAX_BUSY_HOURS) {
      throw new IllegalArgumentException(WorkloadParameter.BUSY_HOURS.id() + " cannot exceed 744 (a 31-day month)");
    }
  }

  /** The value of {@code key}; NaN when the workload leaves an optional parameter unset. */
  public double value(WorkloadParameter key) {
    var p = parameters.get(key);
    return p == null ? Double.NaN : p.value();
  }

  /** The parameter {@code key}; throws {@link NoSuchElementException} when the workload does not have it. */
  public Parameter parameter(WorkloadParameter key) {
    var p = parameters.get(key);
    if (p == null) {
      throw new NoSuchElementException("the workload has no parameter '" + key.id() + "'");
    }
    return p;
  }

  /** This workload with {@code key} set to {@code value}. */
  public Workload with(WorkloadParameter key, double value) {
    var copy = new LinkedHashMap<>(parameters);
    copy.put(key, parameter(key).at(value));
    return new Workload(copy);
  }

  /** This workload with each parameter set to its value (one copy, however many are set). */
  public Workload with(Map<WorkloadParameter, Double> values) {
    var copy = new LinkedHashMap<>(parameters);
    values.forEach((key, v) -> copy.put(key, parameter(key).at(v)));
    return new Workload(copy);
  }

  public double users() {
    return value(WorkloadParameter.USERS);
  }

  /** {@code lambda = N * r / 60}: requests per second from {@code users} users. */
  public double arrivalRate(double users) {
    return arrivalRate(users, value(WorkloadParameter.RATE));
  }

  /**
   * {@code lambda = N * r / 60}: requests per second from {@code users} users each sending {@code
   * requestsPerUserPerMinute} requests a minute. The one place the arrival rate is computed.
   */
  public static double arrivalRate(double users, double requestsPerUserPerMinute) {
    return users * requestsPerUserPerMinute / 60;
  }
}
