package sizing.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

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
    values.keySet().forEach(this::parameter); // an unknown key fails here, as a lookup would
    // the constructor's copy is the only one: of an overlay, not of a copy made here first
    return new Workload(overlay(parameters, values));
  }

  /** {@code base}'s entries in their order, each key of {@code values} at its new value: a view, copied by no one. */
  private static Map<WorkloadParameter, Parameter> overlay(Map<WorkloadParameter, Parameter> base,
      Map<WorkloadParameter, Double> values) {
    var entries = base.entrySet();
    return new AbstractMap<>() {
      @Override
      public Set<Entry<WorkloadParameter, Parameter>> entrySet() {
        return new AbstractSet<>() {
          @Override
          public int size() {
            return entries.size();
          }

          @Override
          public Iterator<Entry<WorkloadParameter, Parameter>> iterator() {
            var it = entries.iterator();
            return new Iterator<>() {
              @Override
              public boolean hasNext() {
                return it.hasNext();
              }

              @Override
              public Entry<WorkloadParameter, Parameter> next() {
                var e = it.next();
                var v = values.get(e.getKey());
                return v == null ? e : Map.entry(e.getKey(), e.getValue().at(v));
              }
            };
          }
        };
      }
    };
  }


  /**
   * How {@code backend_cpu_seconds_per_request} begins its source when {@code jbang calibrate} wrote
   * it from a load test ({@code sizing.calibrate.LoadTestFit#calibrate}).
   */
  public static final String LOAD_TEST_SOURCE = "calibrated from the load test";

  /** Whether the service demand per request comes from a load test ({@link #LOAD_TEST_SOURCE}). */
  public boolean calibratedToLoadTest() {
    var p = parameters.get(WorkloadParameter.BACKEND_CPU);
    return p != null && p.provenance().source().startsWith(LOAD_TEST_SOURCE);
  }

  /**
   * What the capacities computed from this workload are calibrated to, in a sentence for every
   * output that shows capacity: the guide's own capacity estimates (the default workload's
   * service demand is fitted to them) until a workload from {@code jbang calibrate} is given.
   */
  public String capacityBasis() {
    return calibratedToLoadTest()
        ? "capacity calibrated to a load test: " + WorkloadParameter.BACKEND_CPU.id() + " " + parameter(WorkloadParameter.BACKEND_CPU).provenance().source()
        : "capacity calibrated to the guide's own estimates (" + WorkloadParameter.BACKEND_CPU.id()
            + " is fitted to its benchmark capacities), not to a measurement; give --workload a file from jbang calibrate to use your own load test";
  }

  /** {@link #capacityBasis()} as a sentence on its own: capitalised, with its full stop. */
  public String capacityBasisSentence() {
    var basis = capacityBasis();
    return Character.toUpperCase(basis.charAt(0)) + basis.substring(1) + ".";
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
