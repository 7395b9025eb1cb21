package sizing.model;

/** The resources a plan's capacity is checked against; each has a utilisation limit (a {@link Constraint}). */
public enum Resource implements Constraint {
  BACKEND_CPU("backend CPU", true),
  BACKEND_MEMORY("backend memory", false),
  DB_CPU("database CPU", true),
  DB_MEMORY("database droplet memory", false),
  /**
   * Connections in use over the backends' pools, {@code lambda h / (n (pool + overflow))} (Little's
   * law; {@link CompiledDeployment}), at most {@link Goals#dbPoolMaxUtilisation()}. Whether the pools
   * fit the database at all is {@link Configuration#DB_CONNECTION_LIMIT}.
   */
  DB_CONNECTIONS("database connections in use (of the pools)", false),
  VECTOR_CPU("vector store CPU", true),
  VECTOR_MEMORY("vector store memory", false),
  FRONTEND_MEMORY("frontend droplet memory", false),
  SESSIONS_MEMORY("session store memory", false),
  LLM_TPM("LLM tokens per minute", false);

  private final String label;
  private final boolean cpu;

  Resource(String label, boolean cpu) {
    this.label = label;
    this.cpu = cpu;
  }

  public String label() {
    return label;
  }

  /** Utilisation is reported in percent. */
  @Override
  public String unit() {
    return "%";
  }

  @Override
  public boolean atLeast() {
    return false;
  }

  /** The utilisation {@code goals} allow on this resource, 0..1. */
  public double limit(Goals goals) {
    return switch (this) {
      case BACKEND_CPU, DB_CPU, VECTOR_CPU -> goals.cpuMaxUtilisation();
      case BACKEND_MEMORY, DB_MEMORY, VECTOR_MEMORY, FRONTEND_MEMORY, SESSIONS_MEMORY -> goals.memoryMaxUtilisation();
      case DB_CONNECTIONS -> goals.dbPoolMaxUtilisation();
      case LLM_TPM -> 1.0;
    };
  }

  public boolean isCpu() {
    return cpu;
  }
}
