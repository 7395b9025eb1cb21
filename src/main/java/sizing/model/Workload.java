package sizing.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * What the stack must serve: users, their request rate and what one request costs each resource.
 * Parameters are named as in {@code data/workloads/*.csv}; {@link #REQUIRED} lists the names every
 * workload must set.
 */
public record Workload(Map<String, Parameter> parameters) {
  public static final String USERS = "concurrent_users";
  public static final String RATE = "requests_per_user_per_minute";
  public static final String BACKEND_CPU = "backend_cpu_seconds_per_request";
  public static final String DB_QUERIES = "db_queries_per_request";
  public static final String DB_CPU = "db_cpu_seconds_per_query";
  public static final String VECTOR_SEARCHES = "vector_searches_per_request";
  public static final String VECTOR_SECONDS = "vector_search_seconds";
  public static final String LLM_CALLS = "llm_calls_per_request";
  public static final String LLM_IN = "llm_input_tokens_per_call";
  public static final String LLM_OUT = "llm_output_tokens_per_call";
  public static final String DOCUMENTS = "documents_indexed";
  public static final String VECTOR_KB = "vector_kb_per_document";
  public static final String SESSION_MB = "session_mb_per_user";
  public static final String BUSY_HOURS = "busy_hours_per_month";
  /** Optional: the LLM account's tokens-per-minute limit. */
  public static final String LLM_TPM_LIMIT = "llm_tokens_per_minute_limit";

  public static final List<String> REQUIRED =
      List.of(USERS, RATE, BACKEND_CPU, DB_QUERIES, DB_CPU, VECTOR_SEARCHES, VECTOR_SECONDS, LLM_CALLS,
          LLM_IN, LLM_OUT, DOCUMENTS, VECTOR_KB, SESSION_MB, BUSY_HOURS);

  /** Parameters that divide or scale a rate and so must be greater than zero. */
  static final List<String> POSITIVE = List.of(USERS, RATE, BACKEND_CPU, LLM_CALLS, BUSY_HOURS);

  public Workload {
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    for (var name : REQUIRED) {
      var p = parameters.get(name);
      if (p == null || !p.isSet()) {
        throw new IllegalArgumentException("workload lacks " + name);
      }
    }
    for (var name : POSITIVE) {
      if (!(parameters.get(name).value() > 0)) {
        throw new IllegalArgumentException(name + " must be greater than zero");
      }
    }
    if (parameters.get(BUSY_HOURS).value() > 744) {
      throw new IllegalArgumentException(BUSY_HOURS + " cannot exceed 744 (a 31-day month)");
    }
  }

  public double value(String name) {
    var p = parameters.get(name);
    if (p == null) {
      throw new NoSuchElementException("unknown workload parameter '" + name + "' (valid: "
          + String.join(", ", parameters.keySet()) + ")");
    }
    return p.value();
  }

  public Parameter parameter(String name) {
    value(name);
    return parameters.get(name);
  }

  /** This workload with {@code name} set to {@code value}. */
  public Workload with(String name, double value) {
    var copy = new LinkedHashMap<>(parameters);
    copy.put(name, parameter(name).at(value));
    return new Workload(copy);
  }

  /** This workload with each named parameter set to its value (one copy, however many are set). */
  public Workload with(Map<String, Double> values) {
    var copy = new LinkedHashMap<>(parameters);
    values.forEach((name, v) -> copy.put(name, parameter(name).at(v)));
    return new Workload(copy);
  }

  public double users() {
    return value(USERS);
  }

  /** {@code lambda = N * r / 60}: requests per second from {@code users} users. */
  public double arrivalRate(double users) {
    return arrivalRate(users, value(RATE));
  }

  /**
   * {@code lambda = N * r / 60}: requests per second from {@code users} users each sending {@code
   * requestsPerUserPerMinute} requests a minute. The one place the arrival rate is computed.
   */
  public static double arrivalRate(double users, double requestsPerUserPerMinute) {
    return users * requestsPerUserPerMinute / 60;
  }
}
