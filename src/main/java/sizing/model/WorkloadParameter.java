package sizing.model;

/**
 * The figures a workload file sets ({@code data/workloads/*.csv}, column {@code parameter}), each
 * named there by its {@link #id()}. Every one is required but {@link #LLM_TPM_LIMIT}, {@link
 * #DB_HOLD}, {@link #USL_SIGMA} and {@link #USL_KAPPA}.
 */
public enum WorkloadParameter implements Key {
  USERS("concurrent_users", true),
  RATE("requests_per_user_per_minute", true),
  BACKEND_CPU("backend_cpu_seconds_per_request", true),
  DB_QUERIES("db_queries_per_request", false),
  DB_CPU("db_cpu_seconds_per_query", false),
  VECTOR_SEARCHES("vector_searches_per_request", false),
  VECTOR_SECONDS("vector_search_seconds", false),
  LLM_CALLS("llm_calls_per_request", true),
  LLM_IN("llm_input_tokens_per_call", false),
  LLM_OUT("llm_output_tokens_per_call", false),
  DOCUMENTS("documents_indexed", false),
  VECTOR_KB("vector_kb_per_document", false),
  SESSION_MB("session_mb_per_user", false),
  BUSY_HOURS("busy_hours_per_month", true),
  /** Optional: the LLM account's tokens-per-minute limit. */
  LLM_TPM_LIMIT("llm_tokens_per_minute_limit", false),
  /**
   * Optional: the seconds one request holds a database connection, the {@code h} of Little's law
   * for the connections in use ({@link CompiledDeployment}). Unset, a request holds one only while
   * its queries run, {@code h = q t_q}: the application checks a connection out per transaction
   * and returns it on commit (a Session holds a connection from its first statement until its
   * transaction commits or rolls back: SQLAlchemy 2.0 docs, "Transactions and Connection
   * Management", https://docs.sqlalchemy.org/en/20/orm/session_transaction.html), a workbook
   * assumption. An application that keeps one transaction open across the LLM call should set it to
   * the time a request takes.
   */
  DB_HOLD("db_connection_hold_seconds_per_request", false),
  /**
   * Optional: the Universal Scalability Law's contention {@code σ} among the workers of one backend
   * droplet ({@link SizingModel#contention()}); unset means none. {@code jbang calibrate} writes it
   * from a load test.
   */
  USL_SIGMA("usl_sigma", false),
  /** Optional: the Universal Scalability Law's coherency {@code κ} among one droplet's workers; unset means none. */
  USL_KAPPA("usl_kappa", false);

  /** The most busy hours a month can hold: 31 days of 24 hours. */
  public static final double MAX_BUSY_HOURS = 744;

  private final String id;
  private final boolean positive;

  WorkloadParameter(String id, boolean positive) {
    this.id = id;
    this.positive = positive;
  }

  @Override
  public String id() {
    return id;
  }

  /** Whether every workload must set it (all but {@link #LLM_TPM_LIMIT}, {@link #DB_HOLD}, {@link #USL_SIGMA} and {@link #USL_KAPPA}). */
  public boolean required() {
    return this != LLM_TPM_LIMIT && this != DB_HOLD && this != USL_SIGMA && this != USL_KAPPA;
  }

  /** Whether it divides or scales a rate and so must be greater than zero. */
  public boolean positive() {
    return positive;
  }

  public static WorkloadParameter ofId(String id) {
    return Key.parse(WorkloadParameter.class, "workload parameter", id);
  }
}
