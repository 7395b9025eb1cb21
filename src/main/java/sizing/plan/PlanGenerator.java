package sizing.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import sizing.model.Catalog;
import sizing.model.CatalogItem;
import sizing.model.Category;
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
    var droplets = available(catalog, Category.DROPLET);
    var managed = available(catalog, Category.MANAGED_POSTGRES);
    var redis = available(catalog, Category.MANAGED_REDIS);
    var lb = available(catalog, Category.LOAD_BALANCER).stream().min(byPrice());
    var staticHost = available(catalog, Category.FRONTEND_HOSTING).stream().min(byPrice());
    var smallDroplet = droplets.stream().min(byPrice());

    var plans = new ArrayList<Plan>();
    for (var d : droplets) {
      plans.add(new Plan("single:" + d.id(), "one " + d.id() + " droplet runs everything",
          List.of(new Plan.Line(d.id(), 1, Role.ALL_IN_ONE))));
    }
    var vectors = new ArrayList<Optional<CatalogItem>>();
    vectors.add(Optional.empty());
    droplets.forEach(d -> vectors.add(Optional.of(d)));
    var sessions = new ArrayList<Optional<CatalogItem>>();
    sessions.add(Optional.empty());
    redis.forEach(r -> sessions.add(Optional.of(r)));
    var frontends = new ArrayList<Optional<CatalogItem>>();
    frontends.add(Optional.empty());
    staticHost.ifPresent(s -> frontends.add(Optional.of(s)));
    smallDroplet.ifPresent(s -> frontends.add(Optional.of(s)));

    for (var d : droplets) {
      for (var db : managed) {
        addVariants(plans, d, 1, null, db, frontends, vectors, sessions);
      }
      for (var db : droplets) {
        addVariants(plans, d, 1, null, db, frontends, vectors, sessions);
      }
    }
    if (lb.isPresent()) {
      for (int n = 1; n <= maxBackends; n++) {
        for (var d : droplets) {
          for (var db : managed) {
            addVariants(plans, d, n, lb.get(), db, frontends, vectors, sessions);
          }
          for (var db : droplets) {
            addVariants(plans, d, n, lb.get(), db, frontends, vectors, sessions);
          }
        }
      }
    }
    return plans;
  }

  private static void addVariants(
      List<Plan> plans, CatalogItem backend, int n, CatalogItem lb, CatalogItem db,
      List<Optional<CatalogItem>> frontends, List<Optional<CatalogItem>> vectors,
      List<Optional<CatalogItem>> sessions) {
    for (var fe : frontends) {
      for (var vec : vectors) {
        for (var ses : sessions) {
          var lines = new ArrayList<Plan.Line>();
          var name = new StringBuilder(lb == null ? "split:" : "lb:");
          var title = new StringBuilder();
          lines.add(new Plan.Line(backend.id(), n, fe.isEmpty() ? Role.APP : Role.BACKEND));
          name.append(n).append('x').append(backend.id());
          title.append(n).append(" x ").append(backend.id());
          if (lb != null) {
            lines.add(new Plan.Line(lb.id(), 1, Role.LOAD_BALANCER));
            title.append(" behind ").append(lb.id());
          }
          lines.add(new Plan.Line(db.id(), 1, Role.DATABASE));
          name.append("+db:").append(db.id());
          title.append(", PostgreSQL on ").append(db.id());
          fe.ifPresent(f -> {
            lines.add(new Plan.Line(f.id(), 1, Role.FRONTEND));
            name.append("+fe:").append(f.id());
            title.append(", frontend on ").append(f.id());
          });
          vec.ifPresent(v -> {
            lines.add(new Plan.Line(v.id(), 1, Role.VECTOR));
            name.append("+vec:").append(v.id());
            title.append(", ChromaDB on ").append(v.id());
          });
          ses.ifPresent(s -> {
            lines.add(new Plan.Line(s.id(), 1, Role.SESSIONS));
            name.append("+sessions:").append(s.id());
            title.append(", sessions in ").append(s.id());
          });
          plans.add(new Plan(name.toString(), title.toString(), lines));
        }
      }
    }
  }

  private static List<CatalogItem> available(Catalog catalog, Category category) {
    return catalog.inCategory(category).stream().filter(CatalogItem::available).toList();
  }

  private static Comparator<CatalogItem> byPrice() {
    return Comparator.comparingDouble(CatalogItem::monthlyUnitUsd).thenComparing(CatalogItem::id);
  }
}
