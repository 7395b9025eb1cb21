package sizing.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import sizing.model.Catalog;
import sizing.model.CatalogItem;
import sizing.model.CommitmentTerm;
import sizing.model.CompiledDeployment;
import sizing.model.CostModel;
import sizing.model.Deployment;
import sizing.model.Plan;
import sizing.model.PlanCost;
import sizing.model.Resource;
import sizing.model.SizingModel;

/**
 * The one place that prices and judges candidate plans under one catalog, term and model, and
 * answers "the cheapest plan meeting the goals at N users", "the cost-capacity frontier" and "the
 * pick at each users value", without building the cross product of the catalog.
 *
 * <p>The plans it chooses among are those of {@link PlanGenerator#generate}: the same shapes filled
 * with every size. It finds the same answers from far fewer of them. In a shape, every load goal
 * belongs to one role: backend CPU, backend memory and the p95 to the backend droplets; database
 * CPU, memory and connections to the database; vector store CPU and memory to ChromaDB's droplet;
 * session memory to the session store; the frontend droplet's memory and the LLM's token limit to
 * the shape itself. Each goal holds up to a number of users that depends only on its role's size,
 * so a plan's capacity is the least of its roles' capacities ({@link
 * CompiledDeployment#capacity(Set, boolean)}), its cost the sum of its roles' costs, and its
 * availability a property of the shape (the kinds of component, never their sizes). Hence:
 *
 * <ol>
 *   <li>in each role, a size that costs at least as much as another and carries no more users is
 *       never needed (the other does as well for less); what remains is the role's frontier,
 *       cheapest first with capacity rising;
 *   <li>for a capacity level {@code C}, the cheapest plan of the shape carrying {@code C} takes, in
 *       each role, the first size on the role's frontier that carries {@code C}; only the levels
 *       the roles' frontiers reach need trying.
 * </ol>
 *
 * The candidates are the union over shapes of those plans: every plan on the whole space's
 * frontier, and the cheapest plan of every shape at every level, so the cheapest plan meeting any
 * load, availability and budget goal at any whole number of users is among them. {@code
 * DecisionEngineTest} checks that against brute force over the generated plans on random catalogs.
 */
public final class DecisionEngine {
  private final Catalog catalog;
  private final CommitmentTerm term;
  private final SizingModel model;
  private final List<Candidate> candidates;
  private final long space;
  /** Indices into {@link #candidates} of those meeting availability and budget: cheapest first, capacity rising. */
  private final int[] feasibleFrontier;
  private final int[] frontierCapacity;

  /**
   * A plan priced and compiled once: its cost, deployment shape, capacity (users) and availability.
   */
  public record Candidate(Plan plan, PlanCost cost, Deployment deployment, CompiledDeployment compiled) {
    public String name() {
      return plan.name();
    }

    public double monthlyUsd() {
      return cost.monthlyUsd();
    }

    public int capacityUsers() {
      return compiled.capacity();
    }

    /** Monthly availability, 0..1. */
    public double availability() {
      return compiled.availability();
    }
  }

  private DecisionEngine(Catalog catalog, CommitmentTerm term, SizingModel model, List<Candidate> candidates, long space) {
    this.catalog = catalog;
    this.term = term;
    this.model = model;
    var sorted = new ArrayList<>(candidates);
    sorted.sort(order(Candidate::monthlyUsd, Candidate::capacityUsers, Candidate::name));
    this.candidates = List.copyOf(sorted);
    this.space = space;
    var feasible = new ArrayList<Integer>();
    for (int i = 0; i < this.candidates.size(); i++) {
      var c = this.candidates.get(i);
      if (withinBudget(c) && availableEnough(c)) {
        feasible.add(i);
      }
    }
    var frontier = frontier(feasible, i -> this.candidates.get(i).monthlyUsd(),
        i -> this.candidates.get(i).capacityUsers(), i -> this.candidates.get(i).name());
    feasibleFrontier = frontier.stream().mapToInt(Integer::intValue).toArray();
    frontierCapacity = frontier.stream().mapToInt(i -> this.candidates.get(i).capacityUsers()).toArray();
  }

  /**
   * The items no other beats on both cost and capacity: sorted by cost, then capacity (most
   * first), then name, and kept where they carry more users than every cheaper one. The one
   * frontier rule, for candidates here and judged plans in {@link Optimizer#frontier}.
   */
  public static <T> List<T> frontier(
      List<T> items, ToDoubleFunction<T> cost, ToIntFunction<T> capacity, Function<T, String> name) {
    var sorted = new ArrayList<>(items);
    sorted.sort(order(cost, capacity, name));
    var out = new ArrayList<T>();
    int best = 0;
    for (var x : sorted) {
      int cap = capacity.applyAsInt(x);
      if (cap > best) {
        out.add(x);
        best = cap;
      }
    }
    return out;
  }

  /**
   * The one order of plans: cheapest first; of plans equally cheap, the one carrying the most users;
   * then by name. The candidates are kept in it, the frontier is read in it, and so the cheapest
   * plan meeting the goals is the first in it that does ({@link Optimizer#optimize}, the sweep's
   * fractional users).
   */
  public static <T> Comparator<T> order(ToDoubleFunction<T> cost, ToIntFunction<T> capacity, Function<T, String> name) {
    return Comparator.comparingDouble(cost).thenComparing(Comparator.comparingInt(capacity).reversed()).thenComparing(name);
  }

  /** The engine over every plan {@link PlanGenerator#generate(Catalog)} would build from the pricing's catalog. */
  public static DecisionEngine of(Pricing pricing) {
    return of(pricing.catalog(), pricing.term(), pricing.model());
  }

  /** The candidates' plans, cheapest first. */
  public List<Plan> plans() {
    return candidates.stream().map(Candidate::plan).toList();
  }

  /** The engine over every plan {@link PlanGenerator#generate(Catalog)} would build from {@code catalog}. */
  public static DecisionEngine of(Catalog catalog, CommitmentTerm term, SizingModel model) {
    return of(catalog, term, model, PlanGenerator.MAX_BACKENDS);
  }

  /** The engine over the plans of {@link PlanGenerator#generate(Catalog, int)}. */
  public static DecisionEngine of(Catalog catalog, CommitmentTerm term, SizingModel model, int maxBackends) {
    var found = new ArrayList<Candidate>();
    var names = new HashSet<String>();
    long space = 0;
    var roleCapacities = new HashMap<RoleKey, Integer>();
    var outclassed = outclassed(catalog, term);
    for (var shape : PlanGenerator.shapes(catalog, maxBackends)) {
      space += shape.size();
      new ShapeSearch(shape.without(outclassed), catalog, term, model, roleCapacities).candidates(found, names);
    }
    return new DecisionEngine(catalog, term, model, found, space);
  }

  /**
   * The ids of items another item of the same category outclasses: costs no more under {@code
   * term}, has at least the vCPUs, memory and disk, and is strictly cheaper or strictly larger in
   * one of them (or, equal in all, comes first by id). The model's capacity never falls as a host's
   * vCPUs or memory grow ({@code OptimizerPropertiesTest}), so an outclassed item never carries more
   * users in any role than the item that outclasses it, for no less money.
   */
  static Set<String> outclassed(Catalog catalog, CommitmentTerm term) {
    var out = new HashSet<String>();
    for (var category : List.of(sizing.model.Category.DROPLET, sizing.model.Category.MANAGED_POSTGRES,
        sizing.model.Category.MANAGED_REDIS)) {
      var items = catalog.inCategory(category).stream().filter(CatalogItem::available).toList();
      for (var a : items) {
        for (var b : items) {
          if (a != b && outclasses(b, a, term)) {
            out.add(a.id());
            break;
          }
        }
      }
    }
    return out;
  }

  /** Whether {@code b} outclasses {@code a} (see {@link #outclassed}). */
  private static boolean outclasses(CatalogItem b, CatalogItem a, CommitmentTerm term) {
    double pb = CostModel.monthlyUsd(b, 1, term);
    double pa = CostModel.monthlyUsd(a, 1, term);
    if (!(pb <= pa && atLeast(b.vcpus(), a.vcpus()) && atLeast(b.memoryGb(), a.memoryGb())
        && atLeast(b.diskGb(), a.diskGb()))) {
      return false;
    }
    boolean same = pb == pa && same(b.vcpus(), a.vcpus()) && same(b.memoryGb(), a.memoryGb())
        && same(b.diskGb(), a.diskGb());
    return !same || b.id().compareTo(a.id()) < 0;
  }

  /** {@code x >= y}, where an unstated size (NaN) is only matched by another unstated one. */
  private static boolean atLeast(double x, double y) {
    return Double.isNaN(y) ? Double.isNaN(x) : x >= y;
  }

  private static boolean same(double x, double y) {
    return Double.isNaN(x) ? Double.isNaN(y) : x == y;
  }

  /** The engine over exactly {@code plans}, each priced and compiled (no pruning). */
  public static DecisionEngine over(List<Plan> plans, Catalog catalog, CommitmentTerm term, SizingModel model) {
    var list = new ArrayList<Candidate>(plans.size());
    for (var p : plans) {
      list.add(candidate(p, catalog, term, model));
    }
    return new DecisionEngine(catalog, term, model, list, plans.size());
  }

  static Candidate candidate(Plan p, Catalog catalog, CommitmentTerm term, SizingModel model) {
    var d = Deployment.of(p, catalog);
    return new Candidate(p, CostModel.price(p, catalog, term), d, model.compile(d));
  }

  public Catalog catalog() {
    return catalog;
  }

  public CommitmentTerm term() {
    return term;
  }

  public SizingModel model() {
    return model;
  }

  /** The candidates, cheapest first (then by name). */
  public List<Candidate> candidates() {
    return candidates;
  }

  /** How many plans the whole space holds (the generator's count), of which {@link #candidates()} were judged. */
  public long spaceSize() {
    return space;
  }

  /** Whether {@code c} costs no more than the budget goal (the one budget rule). */
  public boolean withinBudget(Candidate c) {
    return Feasibility.withinBudget(model.goals(), c.monthlyUsd());
  }

  /** Whether {@code c} meets the availability goal (the one availability rule). */
  public boolean availableEnough(Candidate c) {
    return Feasibility.meetsAvailability(model.goals(), c.availability());
  }

  /** Whether {@code c} meets every goal at {@code users}: load goals, availability and budget. */
  public boolean feasible(Candidate c, int users) {
    return withinBudget(c) && availableEnough(c) && c.compiled().carries(users);
  }

  /** The cheapest candidate meeting every goal at {@code users}, by binary search on the feasible frontier. */
  public Optional<Candidate> cheapest(int users) {
    int i = cheapestIndex(users);
    return i < 0 ? Optional.empty() : Optional.of(candidates.get(i));
  }

  /**
   * The index in {@link #candidates()} of the cheapest candidate meeting every goal at {@code
   * users} (whole users), or -1: the first plan on the feasible frontier that carries them.
   */
  public int cheapestIndex(int users) {
    int need = Math.max(users, 1);
    int k = Arrays.binarySearch(frontierCapacity, need);
    if (k < 0) {
      k = -k - 1;
    }
    return k < frontierCapacity.length ? feasibleFrontier[k] : -1;
  }

  /**
   * Candidates no other beats on both cost and capacity, cheapest first, ignoring availability and
   * budget: the cost-capacity curve of the whole space.
   */
  public List<Candidate> frontier() {
    return frontier(candidates, Candidate::monthlyUsd, Candidate::capacityUsers, Candidate::name);
  }

  /** The candidates meeting availability and budget that no other such beats on cost and capacity. */
  public List<Candidate> feasibleFrontier() {
    return Arrays.stream(feasibleFrontier).mapToObj(candidates::get).toList();
  }

  /** One shape's search: each role's frontier, then one plan per capacity level. */
  private static final class ShapeSearch {
    private final PlanGenerator.Shape shape;
    private final Catalog catalog;
    private final CommitmentTerm term;
    private final SizingModel model;
    private final Map<RoleKey, Integer> roleCapacities;

    ShapeSearch(PlanGenerator.Shape shape, Catalog catalog, CommitmentTerm term, SizingModel model,
        Map<RoleKey, Integer> roleCapacities) {
      this.shape = shape;
      this.catalog = catalog;
      this.term = term;
      this.model = model;
      this.roleCapacities = roleCapacities;
    }

    /** Adds this shape's candidates to {@code out}, skipping names already in {@code names}. */
    void candidates(List<Candidate> out, Set<String> names) {
      var backends = shape.backendOptions();
      var dbs = shape.databaseOptions();
      var vecs = shape.vectorOptions();
      var sess = shape.sessionOptions();
      CatalogItem b0 = backends.get(0);
      CatalogItem d0 = dbs.get(0);
      CatalogItem v0 = vecs.get(0);
      CatalogItem s0 = sess.get(0);
      var roles = new ArrayList<List<Option>>(4);
      roles.add(frontier(backends, b -> shape.deployment(b, d0, v0, s0), Part.BACKEND, shape.backends()));
      roles.add(frontier(dbs, d -> shape.deployment(b0, d, v0, s0), Part.DATABASE, 1));
      roles.add(frontier(vecs, v -> shape.deployment(b0, d0, v, s0), Part.VECTOR, 1));
      roles.add(frontier(sess, s -> shape.deployment(b0, d0, v0, s), Part.SESSIONS, 1));
      var levels = new TreeSet<Integer>();
      for (var role : roles) {
        role.forEach(o -> levels.add(o.capacity));
      }
      Plan last = null;
      for (int level : levels) {
        var pick = new CatalogItem[4];
        for (int r = 0; r < 4; r++) {
          var o = firstCarrying(roles.get(r), level);
          if (o == null) {
            return;
          }
          pick[r] = o.item;
        }
        var plan = shape.plan(pick[0], pick[1], pick[2], pick[3]);
        if (last == null || !plan.name().equals(last.name())) {
          if (names.add(plan.name())) {
            out.add(candidate(plan, catalog, term, model));
          }
          last = plan;
        }
      }
    }

    /** The sizes of one role that some capacity level needs: cheapest first, each carrying more. */
    private List<Option> frontier(
        List<CatalogItem> sizes, Function<CatalogItem, Deployment> deploymentWith, Part part, int quantity) {
      var options = new ArrayList<Option>(sizes.size());
      for (var item : sizes) {
        if (item == null) {
          options.add(new Option(null, 0, SizingModel.MAX_USERS));
          continue;
        }
        var d = deploymentWith.apply(item);
        int cap = roleCapacities.computeIfAbsent(RoleKey.of(part, d, item),
            k -> model.compile(d).capacity(part.resources, part == Part.BACKEND));
        options.add(new Option(item, CostModel.monthlyUsd(item, quantity, term), cap));
      }
      options.sort(Comparator.comparingDouble(Option::usd)
          .thenComparing(Comparator.comparingInt(Option::capacity).reversed())
          .thenComparing(o -> o.item == null ? "" : o.item.id()));
      var kept = new ArrayList<Option>();
      int best = -1;
      for (var o : options) {
        if (o.capacity > best) {
          kept.add(o);
          best = o.capacity;
        }
      }
      return kept;
    }

    private static Option firstCarrying(List<Option> frontier, int level) {
      for (var o : frontier) {
        if (o.capacity >= level) {
          return o;
        }
      }
      return null;
    }
  }

  private record Option(CatalogItem item, double usd, int capacity) {}

  /**
   * What one role's capacity depends on: the size, and of the rest of the deployment only what the
   * role's goals read (all of it for the backend, whose memory holds what has no host of its own;
   * the number of backends for the database, whose connections they share; nothing for ChromaDB's
   * droplet and the session store), so equal keys have equal capacities.
   */
  private record RoleKey(Part part, String item, Object context) {
    static RoleKey of(Part part, Deployment d, CatalogItem item) {
      return switch (part) {
        case BACKEND -> new RoleKey(part, item.id(), List.of(d.backendRole(), d.backends(), d.loadBalanced(),
            d.vector().onBackend(), d.frontend().onBackend(), d.sessions().onBackend()));
        case DATABASE -> new RoleKey(part, item.id(), d.backends());
        case VECTOR, SESSIONS, SHAPE -> new RoleKey(part, item.id(), 0);
      };
    }
  }

  /** The parts of a deployment a load goal belongs to; every {@link Resource} is in exactly one. */
  enum Part {
    BACKEND, DATABASE, VECTOR, SESSIONS, SHAPE;

    final Set<Resource> resources = EnumSet.noneOf(Resource.class);

    static {
      for (var r : Resource.values()) {
        of(r).resources.add(r);
      }
    }

    static Part of(Resource r) {
      return switch (r) {
        case BACKEND_CPU, BACKEND_MEMORY -> BACKEND;
        case DB_CPU, DB_MEMORY, DB_CONNECTIONS -> DATABASE;
        case VECTOR_CPU, VECTOR_MEMORY -> VECTOR;
        case SESSIONS_MEMORY -> SESSIONS;
        case FRONTEND_MEMORY, LLM_TPM -> SHAPE;
      };
    }
  }
}
