package sizing.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import sizing.model.Catalog;
import sizing.model.CatalogItem;
import sizing.model.Category;
import sizing.model.Deployment;
import sizing.model.Host;
import sizing.model.Plan;
import sizing.model.Role;

/**
 * Every plan the catalog allows, for each topology family the guide weighs:
 *
 * <ul>
 *   <li>single: one droplet runs everything;
 *   <li>droplet + managed DB: one backend droplet and a managed PostgreSQL plan;
 *   <li>droplet + DB droplet: one backend droplet and PostgreSQL on its own droplet;
 *   <li>load-balanced + managed DB: 1..{@code maxBackends} backend droplets behind a load
 *       balancer and a managed PostgreSQL plan;
 *   <li>load-balanced + DB droplet: the same with PostgreSQL on its own droplet.
 * </ul>
 *
 * The non-single families are crossed with: the frontend on the backend droplet, on the cheapest
 * static host, or on the cheapest droplet; ChromaDB inside the backend or on any droplet; sessions
 * in memory or in any managed Redis plan. Only items marked available are used. Every droplet
 * size is tried in every role; the sizing model decides where it fits.
 */
public final class PlanGenerator {
  /** The most backends tried behind one load balancer (the guide shows two). */
  public static final int MAX_BACKENDS = 8;

  private PlanGenerator() {}

  public static List<Plan> generate(Catalog catalog) {
    return generate(catalog, MAX_BACKENDS);
  }

  public static List<Plan> generate(Catalog catalog, int maxBackends) {
    var plans = new ArrayList<Plan>();
    for (var shape : shapes(catalog, maxBackends)) {
      for (var b : shape.backendOptions()) {
        for (var db : shape.databaseOptions()) {
          for (var vec : shape.vectorOptions()) {
            for (var ses : shape.sessionOptions()) {
              plans.add(shape.plan(b, db, vec, ses));
            }
          }
        }
      }
    }
    return plans;
  }

  /** The plan {@link #generate(Catalog)} would build under {@code name}, found without building the others. */
  public static Optional<Plan> named(Catalog catalog, String name) {
    for (var shape : shapes(catalog, MAX_BACKENDS)) {
      var p = shape.named(name);
      if (p.isPresent()) {
        return p;
      }
    }
    return Optional.empty();
  }

  /**
   * The plan shapes {@link #generate} fills with sizes, in its order: the topology, the number of
   * backends, the load balancer and frontend (both fixed by the shape), whether PostgreSQL is
   * managed, whether ChromaDB and sessions have hosts of their own, and the sizes each role may take.
   */
  public static List<Shape> shapes(Catalog catalog, int maxBackends) {
    var droplets = available(catalog, Category.DROPLET);
    var managed = available(catalog, Category.MANAGED_POSTGRES);
    var redis = available(catalog, Category.MANAGED_REDIS);
    var lb = available(catalog, Category.LOAD_BALANCER).stream().min(byPrice());
    var staticHost = available(catalog, Category.FRONTEND_HOSTING).stream().min(byPrice());
    var smallDroplet = droplets.stream().min(byPrice());

    var shapes = new ArrayList<Shape>();
    if (droplets.isEmpty()) {
      return shapes; // nothing to run the backend on
    }
    shapes.add(new Shape(Role.ALL_IN_ONE, 1, null, droplets, List.of(), Optional.empty(), List.of(), List.of()));
    var frontends = new ArrayList<Optional<CatalogItem>>();
    frontends.add(Optional.empty());
    staticHost.ifPresent(s -> frontends.add(Optional.of(s)));
    smallDroplet.ifPresent(s -> frontends.add(Optional.of(s)));
    var lbs = new ArrayList<CatalogItem>();
    lbs.add(null);
    lb.ifPresent(x -> {
      for (int n = 1; n <= maxBackends; n++) {
        lbs.add(x);
      }
    });
    for (int k = 0; k < lbs.size(); k++) {
      int n = Math.max(1, k);
      for (var dbs : List.of(managed, droplets)) {
        if (dbs.isEmpty()) {
          continue;
        }
        for (var fe : frontends) {
          for (var vec : List.of(List.<CatalogItem>of(), droplets)) {
            for (var ses : List.of(List.<CatalogItem>of(), redis)) {
              if (ses == redis && redis.isEmpty()) {
                continue; // no session store to put sessions in
              }
              shapes.add(new Shape(fe.isEmpty() ? Role.APP : Role.BACKEND, n, lbs.get(k), droplets, dbs, fe, vec, ses));
            }
          }
        }
      }
    }
    return shapes;
  }

  /**
   * One shape of plan: everything fixed but the sizes. {@code vectorHosts} and {@code sessionStores}
   * are empty when ChromaDB runs inside the backend and sessions in its memory.
   */
  public record Shape(
      Role backendRole, int backends, CatalogItem loadBalancer, List<CatalogItem> backendHosts,
      List<CatalogItem> databases, Optional<CatalogItem> frontend, List<CatalogItem> vectorHosts,
      List<CatalogItem> sessionStores) {

    public boolean single() {
      return backendRole == Role.ALL_IN_ONE;
    }

    List<CatalogItem> backendOptions() {
      return backendHosts;
    }

    List<CatalogItem> databaseOptions() {
      return single() ? nothing() : databases;
    }

    List<CatalogItem> vectorOptions() {
      return vectorHosts.isEmpty() ? nothing() : vectorHosts;
    }

    List<CatalogItem> sessionOptions() {
      return sessionStores.isEmpty() ? nothing() : sessionStores;
    }

    private static List<CatalogItem> nothing() {
      var none = new ArrayList<CatalogItem>(1);
      none.add(null);
      return none;
    }

    /**
     * The plan of this shape named {@code name}, matched part by part with the pieces {@link #name}
     * writes names from, so no plan is built but the one that matches.
     */
    Optional<Plan> named(String name) {
      if (!name.startsWith(head())) {
        return Optional.empty();
      }
      for (var b : backendOptions()) {
        var h1 = head() + b.id();
        if (single()) {
          if (name.equals(h1)) {
            return Optional.of(plan(b, null, null, null));
          }
          continue;
        }
        if (!name.startsWith(h1)) {
          continue;
        }
        for (var db : databaseOptions()) {
          var h2 = h1 + part("db", db) + part("fe", frontend.orElse(null));
          if (!name.startsWith(h2)) {
            continue;
          }
          for (var v : vectorOptions()) {
            var h3 = h2 + part("vec", v);
            if (!name.startsWith(h3)) {
              continue;
            }
            for (var ses : sessionOptions()) {
              if (name.equals(h3 + part("sessions", ses))) {
                return Optional.of(plan(b, db, v, ses));
              }
            }
          }
        }
      }
      return Optional.empty();
    }

    /**
     * The name of the plan of this shape with these sizes: {@code single:BACKEND}, or {@code
     * split:} (one backend, no load balancer) or {@code lb:}, then {@code NxBACKEND+db:DB}, then
     * {@code +fe:HOST}, {@code +vec:HOST} and {@code +sessions:STORE} for each host the plan has.
     * The one place plan names are written; {@link #named} reads them back with the same pieces.
     */
    public String name(CatalogItem backend, CatalogItem db, CatalogItem vec, CatalogItem ses) {
      if (single()) {
        return head() + backend.id();
      }
      return head() + backend.id() + part("db", db) + part("fe", frontend.orElse(null)) + part("vec", vec)
          + part("sessions", ses);
    }

    private String head() {
      return single() ? "single:" : (loadBalancer == null ? "split:" : "lb:") + backends + "x";
    }

    private static String part(String tag, CatalogItem item) {
      return item == null ? "" : "+" + tag + ":" + item.id();
    }

    /** How many plans of this shape {@link PlanGenerator#generate} builds. */
    public long size() {
      return (long) backendOptions().size() * databaseOptions().size() * vectorOptions().size()
          * sessionOptions().size();
    }

    /** This shape without the sizes in {@code ids} (the frontend and load balancer stay). */
    public Shape without(java.util.Set<String> ids) {
      if (ids.isEmpty()) {
        return this;
      }
      return new Shape(backendRole, backends, loadBalancer, keep(backendHosts, ids), keep(databases, ids), frontend,
          keep(vectorHosts, ids), keep(sessionStores, ids));
    }

    private static List<CatalogItem> keep(List<CatalogItem> items, java.util.Set<String> ids) {
      return items.stream().filter(i -> !ids.contains(i.id())).toList();
    }

    /** The deployment {@link #plan} describes, built without the plan. */
    public Deployment deployment(CatalogItem backend, CatalogItem db, CatalogItem vec, CatalogItem ses) {
      return Deployment.of(backendRole, backend, backends, loadBalancer != null, host(db), host(vec),
          frontend.map(Host::on).orElse(Host.ON_BACKEND), host(ses));
    }

    private static Host host(CatalogItem item) {
      return item == null ? Host.ON_BACKEND : Host.on(item);
    }

    /** The plan of this shape with these sizes ({@code null} where the shape has no such host). */
    public Plan plan(CatalogItem backend, CatalogItem db, CatalogItem vec, CatalogItem ses) {
      if (single()) {
        return new Plan(name(backend, null, null, null), "one " + backend.id() + " droplet runs everything",
            List.of(new Plan.Line(backend.id(), 1, Role.ALL_IN_ONE)));
      }
      var lb = loadBalancer;
      var lines = new ArrayList<Plan.Line>();
      var title = new StringBuilder();
      lines.add(new Plan.Line(backend.id(), backends, backendRole));
      title.append(backends).append(" x ").append(backend.id());
      if (lb != null) {
        lines.add(new Plan.Line(lb.id(), 1, Role.LOAD_BALANCER));
        title.append(" behind ").append(lb.id());
      }
      lines.add(new Plan.Line(db.id(), 1, Role.DATABASE));
      title.append(", PostgreSQL on ").append(db.id());
      frontend.ifPresent(f -> {
        lines.add(new Plan.Line(f.id(), 1, Role.FRONTEND));
        title.append(", frontend on ").append(f.id());
      });
      if (vec != null) {
        lines.add(new Plan.Line(vec.id(), 1, Role.VECTOR));
        title.append(", ChromaDB on ").append(vec.id());
      }
      if (ses != null) {
        lines.add(new Plan.Line(ses.id(), 1, Role.SESSIONS));
        title.append(", sessions in ").append(ses.id());
      }
      return new Plan(name(backend, db, vec, ses), title.toString(), lines);
    }
  }

  private static List<CatalogItem> available(Catalog catalog, Category category) {
    return catalog.inCategory(category).stream().filter(CatalogItem::available).toList();
  }

  private static Comparator<CatalogItem> byPrice() {
    return Comparator.comparingDouble(CatalogItem::monthlyUnitUsd).thenComparing(CatalogItem::id);
  }
}
