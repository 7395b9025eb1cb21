package sizing.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The stack's fixed figures: service memory, connection pools, vCPU shares by host role,
 * component availability and database connection limits (from {@code data/stack/}).
 *
 * @param backendBaseGb the backend's memory before any user, GB (guide: 2-4 GB idle)
 * @param postgresGb PostgreSQL's memory when self-hosted, GB (guide: 1-2 GB minimal)
 * @param frontendGb the Next.js server's memory, GB (guide: 0.5-1 GB)
 * @param poolPerBackend connections one backend may open: base + overflow (guide: 20 + 40)
 * @param selfHostedMaxConnections PostgreSQL's max_connections on a droplet (guide: 100)
 * @param reservedConnections of a self-hosted PostgreSQL's max_connections, the slots only a
 *     superuser may take, so not the application's (PostgreSQL's superuser_reserved_connections)
 * @param shares vCPU share of each service by host role, e.g. {@code all-in-one -> backend -> 0.5}
 * @param availability every component's availability, as a fraction
 * @param maxConnections managed database connection limits by catalog item id
 */
public record StackProfile(
    double backendBaseGb,
    double postgresGb,
    double frontendGb,
    int poolPerBackend,
    int selfHostedMaxConnections,
    int reservedConnections,
    Map<Role, Map<Service, Double>> shares,
    Map<Component, Double> availability,
    Map<String, Integer> maxConnections) {

  public StackProfile {
    var byRole = new EnumMap<Role, Map<Service, Double>>(Role.class);
    shares.forEach((role, m) -> byRole.put(role, Collections.unmodifiableMap(new EnumMap<>(m))));
    shares = Collections.unmodifiableMap(byRole);
    for (var c : Component.values()) {
      if (!availability.containsKey(c)) {
        throw new IllegalArgumentException("no availability figure for component " + c.id());
      }
    }
    availability = Collections.unmodifiableMap(new EnumMap<>(availability));
    maxConnections = Map.copyOf(maxConnections);
    if (poolPerBackend < 1 || reservedConnections < 0 || reservedConnections >= selfHostedMaxConnections) {
      throw new IllegalArgumentException("a backend's pool must hold at least one connection and PostgreSQL's reserved"
          + " connections must leave at least one of its max_connections, were " + poolPerBackend + " and "
          + reservedConnections + " of " + selfHostedMaxConnections);
    }
  }

  /** This profile with each backend's pool (base + overflow) at most {@code connections}. */
  public StackProfile withPoolPerBackend(int connections) {
    return new StackProfile(backendBaseGb, postgresGb, frontendGb, connections, selfHostedMaxConnections,
        reservedConnections, shares, availability, maxConnections);
  }

  /** The vCPU share of {@code service} on a host playing {@code role}; 0 when it does not run there. */
  public double share(Role role, Service service) {
    var m = shares.get(role);
    return m == null ? 0 : m.getOrDefault(service, 0.0);
  }

  /**
   * The connection limit of a managed PostgreSQL plan: the figure in {@code maxConnections}, else
   * {@code 25 * GB - 3}, the rule that reproduces DigitalOcean's published 22 for a 1 GB cluster.
   */
  public int maxConnections(CatalogItem database) {
    var known = maxConnections.get(database.id());
    if (known != null) {
      return known;
    }
    return Math.max(1, (int) Math.round(25 * database.memoryGb() - 3));
  }

  /** The availability of {@code component}, 0..1. */
  public double availabilityOf(Component component) {
    return availability.get(component);
  }
}
