package sizing.model;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The figures {@code data/stack/services.csv} gives for each service (columns {@code service,
 * metric}), each a {@code low..high} range.
 */
public enum ServiceMetric {
  BACKEND_MEMORY_IDLE(Service.BACKEND, "memory_idle"),
  BACKEND_MEMORY_ACTIVE(Service.BACKEND, "memory_active"),
  BACKEND_POOL_BASE(Service.BACKEND, "pool_base"),
  BACKEND_POOL_OVERFLOW(Service.BACKEND, "pool_overflow"),
  POSTGRES_MEMORY_MINIMAL(Service.POSTGRES, "memory_minimal"),
  POSTGRES_MEMORY_ACTIVE(Service.POSTGRES, "memory_active"),
  POSTGRES_MAX_CONNECTIONS(Service.POSTGRES, "max_connections"),
  POSTGRES_RESERVED_CONNECTIONS(Service.POSTGRES, "superuser_reserved_connections"),
  FRONTEND_MEMORY(Service.FRONTEND, "memory"),
  CHROMADB_MEMORY_WITHIN_BACKEND(Service.CHROMADB, "memory_within_backend"),
  CHROMADB_MEMORY_DEDICATED(Service.CHROMADB, "memory_dedicated"),
  SYSTEM_MEMORY_BUFFER(Service.SYSTEM, "memory_buffer");

  private final Service service;
  private final String metric;

  ServiceMetric(Service service, String metric) {
    this.service = service;
    this.metric = metric;
  }

  public Service service() {
    return service;
  }

  /** The name in the file's {@code metric} column, e.g. {@code memory_idle}. */
  public String metric() {
    return metric;
  }

  /**
   * The figure {@code metric} of {@code service}.
   *
   * @throws IllegalArgumentException naming the service's valid metrics when it has no such one
   */
  public static ServiceMetric of(Service service, String metric) {
    for (var m : values()) {
      if (m.service == service && m.metric.equals(metric)) {
        return m;
      }
    }
    throw new IllegalArgumentException("unknown metric '" + metric + "' for service " + service.id() + " (valid: "
        + Arrays.stream(values()).filter(m -> m.service == service).map(ServiceMetric::metric)
            .collect(Collectors.joining(", ")) + ")");
  }
}
