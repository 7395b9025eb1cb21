package sizing.model;

import java.util.Objects;

/**
 * The shape of a plan, read from its lines' roles: which droplet runs the backend and how many,
 * where PostgreSQL, ChromaDB, the frontend and sessions live, and whether a load balancer fronts
 * the backends. A {@code null} host means the service runs inside the backend host.
 */
public record Deployment(
    Family family,
    Role backendRole,
    CatalogItem backendHost,
    int backends,
    CatalogItem database,
    CatalogItem vectorHost,
    CatalogItem frontendHost,
    CatalogItem sessions,
    boolean loadBalanced) {

  public Deployment {
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(backendHost, "backend host");
    if (backends < 1) {
      throw new IllegalArgumentException("a deployment needs at least one backend droplet");
    }
  }

  public boolean databaseManaged() {
    return database != null && database.category() == Category.MANAGED_POSTGRES;
  }

  /** Reads the deployment shape of {@code plan}; throws IllegalArgumentException naming what is missing. */
  public static Deployment of(Plan plan, Catalog catalog) {
    Role backendRole = null;
    CatalogItem backend = null;
    int count = 0;
    CatalogItem database = null;
    CatalogItem vector = null;
    CatalogItem frontend = null;
    CatalogItem sessions = null;
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
        case VECTOR -> vector = item;
        case FRONTEND -> frontend = item;
        case SESSIONS -> sessions = item;
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
    return of(backendRole, backend, count, database, vector, frontend, sessions, lb);
  }

  /**
   * The deployment of these hosts ({@code null} where a service runs inside the backend host), its
   * family read from the backend's role, the load balancer and the kind of database.
   */
  public static Deployment of(
      Role backendRole, CatalogItem backend, int backends, CatalogItem database, CatalogItem vector,
      CatalogItem frontend, CatalogItem sessions, boolean loadBalanced) {
    boolean managed = database != null && database.category() == Category.MANAGED_POSTGRES;
    Family family;
    if (backendRole == Role.ALL_IN_ONE) {
      family = Family.SINGLE;
    } else if (loadBalanced) {
      family = managed ? Family.MULTI_MANAGED_DB : Family.MULTI_SELF_DB;
    } else {
      family = managed ? Family.SINGLE_MANAGED_DB : Family.SINGLE_SELF_DB;
    }
    return new Deployment(family, backendRole, backend, backends, database, vector, frontend, sessions, loadBalanced);
  }
}
