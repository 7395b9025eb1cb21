package sizing.model;

import java.util.Locale;

/** The resources a plan's capacity is checked against. */
public enum Resource {
  BACKEND_CPU("backend CPU", true),
  BACKEND_MEMORY("backend memory", false),
  DB_CPU("database CPU", true),
  DB_MEMORY("database droplet memory", false),
  DB_CONNECTIONS("database connections", false),
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

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The utilisation {@code goals} allow on this resource, 0..1. */
  public double limit(Goals goals) {
    return switch (this) {
      case BACKEND_CPU, DB_CPU, VECTOR_CPU -> goals.cpuMaxUtilisation();
      case BACKEND_MEMORY, DB_MEMORY, VECTOR_MEMORY, FRONTEND_MEMORY, SESSIONS_MEMORY -> goals.memoryMaxUtilisation();
      case DB_CONNECTIONS, LLM_TPM -> 1.0;
    };
  }

  public boolean isCpu() {
    return cpu;
  }
}
