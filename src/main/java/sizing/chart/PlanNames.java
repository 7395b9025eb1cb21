package sizing.chart;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import sizing.data.Workbook;
import sizing.model.Catalog;
import sizing.model.CatalogItem;
import sizing.model.Category;
import sizing.model.Deployment;
import sizing.model.Family;
import sizing.model.Host;
import sizing.model.Plan;
import sizing.model.PlanCost;
import sizing.plan.PlanGenerator;

/**
 * Plans named the way a stakeholder would describe them, from what they buy: "8 GB droplet,
 * all-in-one", "2 × 16 GB droplets + load balancer + 8 GB managed DB, frontend on Vercel". The
 * charts show these; the internal ids ({@code split:1xs-8vcpu-16gb-intel+db:...}, {@code
 * small-managed}) stay in the data files and tables.
 */
public final class PlanNames {
  private PlanNames() {}

  /**
   * The deployment's shape: the backend droplets (size from the catalog's memory), the load
   * balancer, where PostgreSQL runs, then where ChromaDB, sessions and the frontend run when not
   * on the backend.
   */
  public static String of(Deployment d) {
    var sb = new StringBuilder();
    var size = gb(d.backendHost());
    if (d.family() == Family.SINGLE) {
      sb.append(size).append(" droplet, all-in-one");
    } else {
      sb.append(d.backends() == 1 ? size + " droplet" : d.backends() + " × " + size + " droplets");
      if (d.loadBalanced()) {
        sb.append(" + load balancer");
      }
      sb.append(database(d));
    }
    if (!d.vector().onBackend()) {
      sb.append(", ChromaDB on ").append(gb(d.vector().item())).append(" droplet");
    }
    if (!d.sessions().onBackend()) {
      sb.append(", sessions in Redis");
    }
    if (!d.frontend().onBackend()) {
      var f = d.frontend().item();
      sb.append(", frontend on ").append(f.category() == Category.DROPLET ? gb(f) + " droplet" : vendor(f));
    }
    return sb.toString();
  }

  /** {@code " + 8 GB managed DB"} or {@code " + 8 GB DB droplet"} where PostgreSQL has a host of its own; empty on the backend. */
  private static String database(Deployment d) {
    return d.database().onBackend() ? ""
        : " + " + gb(d.database().item()) + (d.database().place() == Host.Place.MANAGED ? " managed DB" : " DB droplet");
  }

  /**
   * The load-carrying part of {@link #of(Deployment)}, for tight places: the backend droplets and
   * where PostgreSQL runs ("16 GB all-in-one", "3 × 16 GB + 8 GB managed DB"; more than one
   * backend means a load balancer in front).
   */
  public static String brief(Deployment d) {
    var size = gb(d.backendHost());
    if (d.family() == Family.SINGLE) {
      return size + " all-in-one";
    }
    var sb = new StringBuilder(d.backends() == 1 ? size : d.backends() + " × " + size);
    if (d.loadBalanced() && d.backends() == 1) {
      sb.append(" + load balancer");
    }
    sb.append(database(d));
    return sb.toString();
  }

  /**
   * {@link #of(Deployment)} and what else the plan buys that carries no load: block storage,
   * Spaces, monitoring, a domain. A plan that is no deployment the model knows keeps its title.
   */
  public static String of(Plan plan, Catalog catalog) {
    Deployment d;
    try {
      d = Deployment.of(plan, catalog);
    } catch (IllegalArgumentException e) {
      return plan.title().isBlank() ? plan.name() : plan.title();
    }
    var extras = new ArrayList<String>();
    for (var line : plan.lines()) {
      var item = catalog.item(line.item());
      switch (line.role()) {
        case STORAGE -> extras.add(item.category() == Category.BLOCK_STORAGE
            ? ChartText.num(line.quantity()) + " GB storage" : "Spaces");
        case MONITORING -> extras.add(vendor(item) + " monitoring");
        case DOMAIN -> extras.add("domain");
        default -> {
          // in the deployment's shape
        }
      }
    }
    var name = of(d);
    return extras.isEmpty() ? name : name + ", " + String.join(", ", extras);
  }

  /** {@link #of(Plan, Catalog)} for a priced plan, whose lines carry their catalog items. */
  public static String of(PlanCost cost) {
    var items = new java.util.LinkedHashMap<String, CatalogItem>();
    cost.lines().forEach(l -> items.putIfAbsent(l.item().id(), l.item()));
    return of(cost.plan(), Catalog.of("priced", List.copyOf(items.values())));
  }

  /**
   * {@link #brief} names by id for every plan the catalog recommendations price from allows (found
   * by name when asked, {@link PlanGenerator#named}, never by building them all) and every guide
   * deployment (by scenario name); an id it does not know is returned as it is.
   */
  public static UnaryOperator<String> index(Workbook workbook) {
    var catalog = workbook.buying();
    Map<String, String> names = new HashMap<>();
    return id -> names.computeIfAbsent(id, k -> {
      var scenario = workbook.scenarios().get(k);
      var plan = scenario != null ? java.util.Optional.of(scenario.plan()) : PlanGenerator.named(catalog, k);
      if (plan.isEmpty()) {
        return k;
      }
      try {
        return brief(Deployment.of(plan.get(), catalog));
      } catch (IllegalArgumentException | java.util.NoSuchElementException e) {
        return k;
      }
    });
  }

  /** The distinct names of {@code plans}, in order, joined with {@code separator}. */
  static String distinct(List<String> names, String separator) {
    return String.join(separator, new java.util.LinkedHashSet<>(names));
  }

  /** A droplet's or database's memory, e.g. {@code 8 GB}; its id when the catalog gives none. */
  private static String gb(CatalogItem item) {
    double m = item.memoryGb();
    if (!(m > 0)) {
      return item.id();
    }
    return m < 1 ? ChartText.num(m * 1024) + " MB" : ChartText.num(m) + " GB";
  }

  /**
   * The capitalised words a hosted service's description starts with: its vendor and product
   * ({@code Vercel}, {@code Vercel Pro}, {@code New Relic}); its id when there are none.
   */
  private static String vendor(CatalogItem item) {
    var name = new ArrayList<String>();
    for (var w : item.description().strip().split("\\s+")) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
        break;
      }
      name.add(w);
    }
    return name.isEmpty() ? item.id() : String.join(" ", name);
  }
}
