package sizing.model;

import java.util.Objects;

/**
 * The shape of a plan, read from its lines' roles: which droplet runs the backend and how many,
 * whether a load balancer fronts them, and where PostgreSQL, ChromaDB, the frontend and the
 * sessions run ({@link Host}: on the backend droplet, on a droplet of their own, or managed).
 *
 * @param family the topology family, which follows from the rest
 * @param backendRole the role of the backend droplet(s): {@link Role#ALL_IN_ONE}, {@link Role#APP}
 *     or {@link Role#BACKEND}; an all-in-one droplet runs PostgreSQL too
 * @param sessions where user sessions live: in the backend's memory, or a managed store
 */
public record Deployment(
    Family family,
    Role backendRole,
    CatalogItem backendHost,
    int backends,
    boolean loadBalanced,
    Host database,
    Host vector,
    Host frontend,
    Host sessions) {

  public Deployment {
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(backendRole, "backend role");
    Objects.requireNonNull(backendHost, "backend host");
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(vector, "vector");
    Objects.requireNonNull(frontend, "frontend");
    Objects.requireNonNull(sessions, "sessions");
    if (backends < 1) {
      throw new IllegalArgumentException("a deployment needs at least one backend droplet");
    }
    if ((backendRole == Role.ALL_IN_ONE) != database.onBackend()) {
      throw new IllegalArgumentException(backendRole == Role.ALL_IN_ONE
          ? "an all-in-one droplet runs PostgreSQL itself" : "PostgreSQL runs on the backend only on an all-in-one droplet");
    }
    if (vector.place() == Host.Place.MANAGED || sessions.place() == Host.Place.DROPLET) {
      throw new IllegalArgumentException("ChromaDB runs on the backend or a droplet; sessions in the backend or a managed store");
    }
  }

  /** The same deployment with {@code n} backend droplets (e.g. one lost). */
  public Deployment withBackends(int n) {
    return new Deployment(family, backendRole, backendHost, n, loadBalanced, database, vector, frontend, sessions);
  }

  /** Reads the deployment shape of {@code plan}; throws IllegalArgumentException naming what is missing. */
  public static Deployment of(Plan plan, Catalog catalog) {
    Role backendRole = null;
    CatalogItem backend = null;
    int count = 0;
    CatalogItem database = null;
    var vector = Host.ON_BACKEND;
    var frontend = Host.ON_BACKEND;
    var sessions = Host.ON_BACKEND;
    boolean lb = false;
    for (var line : plan.lines()) {
      var item = catalog.item(line.item());
      switch (line.role()) {
        case ALL_IN_ONE, APP, BACKEND -> {
          if (backend != null && (!backend.id().equals(item.id()) || backendRole != line.role())) {
            throw new IllegalArgumentException(
                "plan '" + plan.name() + "' mixes backend hosts " + backend.id() + " and " + item.id());
          }
          backend = item;
          backendRole = line.role();
          count += (int) Math.round(line.quantity());
        }
        case DATABASE -> database = item;
        case VECTOR -> vector = Host.on(item);
        case FRONTEND -> frontend = Host.on(item);
        case SESSIONS -> sessions = Host.on(item);
        case LOAD_BALANCER -> lb = true;
        case STORAGE, MONITORING, DOMAIN -> {
          // priced, but no part of capacity
        }
      }
    }
    if (backend == null) {
      throw new IllegalArgumentException(
          "plan '" + plan.name() + "' has no droplet in role all-in-one, app or backend");
    }
    if (backendRole == Role.ALL_IN_ONE && database != null) {
      throw new IllegalArgumentException("plan '" + plan.name() + "' has an all-in-one droplet and a separate database");
    }
    if (backendRole != Role.ALL_IN_ONE && database == null) {
      throw new IllegalArgumentException("plan '" + plan.name() + "' has no database (role database)");
    }
    if (count > 1 && !lb) {
      throw new IllegalArgumentException("plan '" + plan.name() + "' has " + count + " backends but no load balancer");
    }
    return of(backendRole, backend, count, lb, database == null ? Host.ON_BACKEND : Host.on(database), vector, frontend,
        sessions);
  }

  /** The deployment of these hosts, its family read from the backend's role, the load balancer and the database's host. */
  public static Deployment of(
      Role backendRole, CatalogItem backend, int backends, boolean loadBalanced, Host database, Host vector, Host frontend,
      Host sessions) {
    Family family;
    if (backendRole == Role.ALL_IN_ONE) {
      family = Family.SINGLE;
    } else {
      boolean managed = database.place() == Host.Place.MANAGED;
      if (loadBalanced) {
        family = managed ? Family.MULTI_MANAGED_DB : Family.MULTI_SELF_DB;
      } else {
        family = managed ? Family.SINGLE_MANAGED_DB : Family.SINGLE_SELF_DB;
      }
    }
    return new Deployment(family, backendRole, backend, backends, loadBalanced, database, vector, frontend, sessions);
  }
}
