package sizing.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Set;
import java.util.Optional;

/**
 * A {@link Deployment} compiled against a {@link SizingModel}: every figure that does not depend on
 * the number of users (workers, service time, fixed memory, connection use, limits) is read once
 * into a primitive field, so judging the deployment at {@code N} users is a few dozen
 * floating-point operations, and the p95 goal one Erlang C evaluation and, where every utilisation
 * holds, a check of the response time's tail ({@link ResponseTime.Goal#heldAt}).
 *
 * <p>This is where the model's load formulas live; {@link SizingModel#evaluate}, {@link
 * SizingModel#meetsGoals} and {@link SizingModel#capacity} compile the deployment and call the
 * methods of the same name here. With {@code lambda = N r / 60} ({@link Workload#arrivalRate(double,
 * double)}) and {@code n} backends, the utilisation of each resource is (utilisation law {@code U =
 * X D / c}, Lazowska et al., "Quantitative System Performance", 1984, §3.2):
 *
 * <ul>
 *   <li>backend CPU {@code (lambda / n) S / c}, with {@code c} workers and service time {@code S}
 *       ({@link SizingModel#workers}, {@link SizingModel#backendServiceSeconds});
 *   <li>backend memory {@code (M_fixed + (N / n) m_session) / M_host}, the session term only when
 *       sessions live in the backend;
 *   <li>database CPU {@code lambda q t_q / vCPUs_db}; a PostgreSQL droplet's memory {@code M_pg /
 *       M_db}; database connections in use over the backends' pools, {@code lambda h / (n (pool +
 *       overflow))}: by Little's law ({@code L = lambda W}, Little 1961; Lazowska et al. §3.3) a
 *       request holding a connection {@code h} seconds ({@link SizingModel#connectionHoldSeconds})
 *       keeps {@code lambda h} of them busy on average, against the pool goal {@link
 *       Goals#dbPoolMaxUtilisation()};
 *   <li>vector store CPU {@code lambda v t_v / vCPUs_vec} and memory {@code index / M_vec} when
 *       ChromaDB has its own droplet; a frontend droplet's memory; the session store's memory
 *       {@code N m_session / M_redis};
 *   <li>LLM tokens per minute {@code lambda 60 k (in + out) / TPM_limit} when a limit is set.
 * </ul>
 *
 * and the response time of a request is {@code T = W + S + d + L} on one backend ({@link
 * ResponseTime}): the M/M/c wait for one of its {@code c} workers at {@code lambda / n}, the
 * exponential service time of mean {@code S}, the fixed delay {@code d = q t_q + v t_v} (database,
 * and a dedicated vector store), and the request's LLM time {@code L}, lognormal ({@link
 * SizingModel#llmLatencyPerRequest()}). The p95 goal {@code t} holds when {@code P(T > t) ≤ 0.05}
 * ({@link ResponseTime.Goal#heldAt}), judged only where every utilisation holds; {@link
 * #p95Seconds}, {@link #percentiles} and {@link #trace} give the true percentiles.
 *
 * <p>Every utilisation rises with {@code N}, and so does {@code P(T > t)}, so the load goals hold
 * for every {@code N} up to a capacity and for none above it. {@link #capacity()} is computed once
 * and cached, and {@link #carries(double)} answers from it: each utilisation is linear in {@code N},
 * so its own limit is solved in closed form; the p95 goal is checked there and, only when it does
 * not hold, bisected below it.
 *
 * <p>Before any load, the configuration is checked ({@link #configuration()}): the pools at their
 * largest, {@code n (pool + overflow)}, must fit the connections the database lets the application
 * open ({@link SizingModel#usableConnections}). A plan that fails a check carries no user whatever
 * the load; {@link SizingModel#fixes} says what to change.
 */
public final class CompiledDeployment {
  private static final Resource[] RESOURCES = Resource.values();
  private static final double GB_PER_MB = 1.0 / 1024;
  /** Slack on every utilisation limit, so a figure equal to its limit up to rounding still meets it. */
  private static final double TOLERANCE = 1e-12;

  private final SizingModel model;
  /** What depends on the hosts, the stack and the goals: read once per deployment ({@link #under}). */
  private final Layout layout;
  /** What depends on the workload: read once per model and thread. */
  private final Constants k;
  private final Resource[] present;
  private final double[] limit;
  private final double serviceSeconds;
  private final double memoryFixedGb;
  private final double vectorSeconds;
  private final double vectorMemory;
  private final double tpmLimit;
  private final double fixedSeconds;
  private final ResponseTime response;
  private final ResponseTime.Goal p95Check;
  private int capacity = -1;
  private Optional<Constraint> bottleneck;
  private double availability = Double.NaN;

  /**
   * The model's figures every deployment compiled under it reads (workload values, the index size,
   * the LLM time), read once per model and thread: a sweep or a Monte Carlo sample compiles many
   * deployments under one model.
   */
  private record Constants(SizingModel model, double rate, double sessionMb, double dbQueries, double dbCpuSeconds,
      double vectorSeconds, double vectorIndexGb, double llmCalls, double llmTokensPerCall, double tpm, Lognormal llm,
      double backendCpuSeconds, Usl contention, double holdSeconds, ResponseTime.Goal[] checks) {

    private static final ThreadLocal<Constants> LAST = new ThreadLocal<>();
    /** Worker counts up to this share their p95 check among the deployments of one model ({@link #check}). */
    private static final int SHARED_WORKERS = 64;

    /**
     * The p95 check made last under this model for {@code workers} workers and this vector-store
     * placement, if it is for the same response time (service time, delay, this model's LLM time)
     * and bound {@code seconds}: the plans of one Monte Carlo sample share it instead of each making
     * its own.
     */
    ResponseTime.Goal check(int workers, boolean vectorOnBackend, double serviceSeconds, double fixedSeconds,
        double seconds) {
      if (workers > SHARED_WORKERS) {
        return null;
      }
      var g = checks[slot(workers, vectorOnBackend)];
      if (g == null || g.seconds() != seconds) {
        return null;
      }
      var r = g.response();
      return r.servers() == workers && r.serviceSeconds() == serviceSeconds && r.fixedSeconds() == fixedSeconds
          && r.llm() == llm ? g : null;
    }

    void keep(int workers, boolean vectorOnBackend, ResponseTime.Goal g) {
      if (workers <= SHARED_WORKERS) {
        checks[slot(workers, vectorOnBackend)] = g;
      }
    }

    private static int slot(int workers, boolean vectorOnBackend) {
      return 2 * workers + (vectorOnBackend ? 1 : 0);
    }

    static Constants of(SizingModel model) {
      var last = LAST.get();
      if (last != null && last.model == model) {
        return last;
      }
      var w = model.workload();
      var made = new Constants(model, w.value(WorkloadParameter.RATE), w.value(WorkloadParameter.SESSION_MB),
          w.value(WorkloadParameter.DB_QUERIES), w.value(WorkloadParameter.DB_CPU),
          w.value(WorkloadParameter.VECTOR_SEARCHES) * w.value(WorkloadParameter.VECTOR_SECONDS), model.vectorIndexGb(),
          w.value(WorkloadParameter.LLM_CALLS), w.value(WorkloadParameter.LLM_IN) + w.value(WorkloadParameter.LLM_OUT),
          w.value(WorkloadParameter.LLM_TPM_LIMIT), model.llmLatencyPerRequest(), w.value(WorkloadParameter.BACKEND_CPU),
          model.contention(), model.connectionHoldSeconds(), new ResponseTime.Goal[2 * (SHARED_WORKERS + 1)]);
      LAST.set(made);
      return made;
    }
  }

  /**
   * What a deployment's judgement reads from its hosts, the stack and the goals, not from the
   * workload: workers, host memory and vCPUs, which resources it has, the pools against the
   * database's limit, each resource's limit. Read once per deployment, so {@link #under} binds the
   * same deployment to another workload (a Monte Carlo sample) without reading the hosts again.
   */
  private static final class Layout {
    final Deployment deployment;
    final StackProfile stack;
    final Goals goals;
    final int backends;
    final int workers;
    final boolean vectorOnBackend;
    final boolean frontendOnBackend;
    final boolean databaseOnBackend;
    final boolean sessionsInBackend;
    final double backendMemoryGb;
    final double dbVcpus;
    final double dbMemory;
    final double poolConnections;
    final List<Violation> configuration;
    final double vectorVcpus;
    final double vectorHostGb;
    final double frontendMemory;
    final double sessionsGb;
    final double p95Goal;
    /** The resources checked and their limits, without and with an LLM tokens-per-minute limit. */
    final Resource[] present;
    final double[] limit;
    final Resource[] presentWithTpm;
    final double[] limitWithTpm;

    Layout(SizingModel model, Deployment d) {
      deployment = d;
      stack = model.stack();
      goals = model.goals();
      backends = d.backends();
      workers = model.workers(d);

      var has = new boolean[RESOURCES.length];
      has[Resource.BACKEND_CPU.ordinal()] = true;
      has[Resource.BACKEND_MEMORY.ordinal()] = true;
      has[Resource.DB_CPU.ordinal()] = true;
      has[Resource.DB_CONNECTIONS.ordinal()] = true;

      vectorOnBackend = d.vector().onBackend();
      frontendOnBackend = d.frontend().onBackend();
      databaseOnBackend = d.database().onBackend();
      sessionsInBackend = d.sessions().onBackend();
      backendMemoryGb = d.backendHost().memoryGb();

      var db = d.database();
      double vcpus = switch (db.place()) {
        case BACKEND -> d.backendHost().vcpus() * stack.share(Role.ALL_IN_ONE, Service.POSTGRES);
        case MANAGED -> db.item().vcpus();
        case DROPLET -> db.item().vcpus() * stack.share(Role.DATABASE, Service.POSTGRES);
      };
      dbMemory = switch (db.place()) {
        case BACKEND, MANAGED -> Double.NaN;
        case DROPLET -> stack.postgresGb() / db.item().memoryGb();
      };
      has[Resource.DB_MEMORY.ordinal()] = db.place() == Host.Place.DROPLET;
      dbVcpus = Math.max(vcpus, 1e-9);
      poolConnections = model.connectionsWanted(backends);
      int usable = model.usableConnections(d);
      configuration = poolConnections > usable
          ? List.of(new Violation(Configuration.DB_CONNECTION_LIMIT, poolConnections, usable))
          : List.of();

      var vector = d.vector(); // on the backend or on a droplet of its own (Deployment)
      if (vectorOnBackend) {
        vectorVcpus = Double.NaN;
        vectorHostGb = Double.NaN;
      } else {
        vectorVcpus = Math.max(vector.item().vcpus() * stack.share(Role.VECTOR, Service.CHROMADB), 1e-9);
        vectorHostGb = vector.item().memoryGb();
        has[Resource.VECTOR_CPU.ordinal()] = true;
        has[Resource.VECTOR_MEMORY.ordinal()] = true;
      }
      var frontend = d.frontend();
      frontendMemory = switch (frontend.place()) {
        case DROPLET -> stack.frontendGb() / frontend.item().memoryGb();
        case BACKEND, MANAGED -> Double.NaN;
      };
      has[Resource.FRONTEND_MEMORY.ordinal()] = frontend.place() == Host.Place.DROPLET;
      var sessions = d.sessions();
      sessionsGb = switch (sessions.place()) {
        case MANAGED, DROPLET -> sessions.item().memoryGb();
        case BACKEND -> Double.NaN;
      };
      has[Resource.SESSIONS_MEMORY.ordinal()] = !sessions.onBackend();
      p95Goal = goals.p95Seconds();

      has[Resource.LLM_TPM.ordinal()] = false;
      present = presentOf(has);
      limit = limitsOf(present, goals);
      has[Resource.LLM_TPM.ordinal()] = true;
      presentWithTpm = presentOf(has);
      limitWithTpm = limitsOf(presentWithTpm, goals);
    }

    private static Resource[] presentOf(boolean[] has) {
      var list = new ArrayList<Resource>();
      for (var r : RESOURCES) {
        if (has[r.ordinal()]) {
          list.add(r);
        }
      }
      return list.toArray(Resource[]::new);
    }

    private static double[] limitsOf(Resource[] present, Goals goals) {
      var limit = new double[present.length];
      for (int i = 0; i < present.length; i++) {
        limit[i] = present[i].limit(goals);
      }
      return limit;
    }

    /** Whether this layout holds under {@code other}: the same stack and goals (the workload may differ). */
    boolean fits(SizingModel other) {
      return other.stack() == stack && other.goals() == goals;
    }
  }

  CompiledDeployment(SizingModel model, Deployment d) {
    this(model, new Layout(model, d));
  }

  private CompiledDeployment(SizingModel model, Layout l) {
    this.model = model;
    this.layout = l;
    var k = Constants.of(model);
    this.k = k;
    int workers = l.workers;
    // as SizingModel.backendServiceSeconds, from the figures read once per model
    double s = k.backendCpuSeconds / k.contention.efficiencyAt(workers);
    if (l.vectorOnBackend) {
      s += k.vectorSeconds;
    }
    serviceSeconds = s;

    // in the order of the full compile, so the sum is the same to the last bit
    var stack = l.stack;
    double mem = stack.backendBaseGb();
    if (l.vectorOnBackend) {
      mem += k.vectorIndexGb;
    }
    if (l.frontendOnBackend) {
      mem += stack.frontendGb();
    }
    if (l.databaseOnBackend) {
      mem += stack.postgresGb();
    }
    memoryFixedGb = mem;

    if (l.vectorOnBackend) {
      vectorSeconds = 0;
      vectorMemory = Double.NaN;
    } else {
      vectorSeconds = k.vectorSeconds;
      vectorMemory = k.vectorIndexGb / l.vectorHostGb;
    }
    double tpm = k.tpm;
    if (tpm > 0) {
      tpmLimit = tpm;
      present = l.presentWithTpm;
      limit = l.limitWithTpm;
    } else {
      tpmLimit = Double.NaN;
      present = l.present;
      limit = l.limit;
    }
    fixedSeconds = k.dbQueries * k.dbCpuSeconds + vectorSeconds;
    double p95Goal = l.p95Goal;
    var shared = Double.isNaN(p95Goal) ? null : k.check(workers, l.vectorOnBackend, serviceSeconds, fixedSeconds, p95Goal);
    if (shared != null) {
      response = shared.response();
      p95Check = shared;
    } else {
      response = new ResponseTime(serviceSeconds, workers, fixedSeconds, k.llm);
      p95Check = Double.isNaN(p95Goal) ? null : response.goal(p95Goal, SizingModel.P95);
      k.keep(workers, l.vectorOnBackend, p95Check);
    }
  }

  /**
   * This deployment compiled under {@code other}, a model that differs from this one's in the
   * workload (or the LLM) only: what depends on the hosts, the stack and the goals is taken from
   * this compile, the workload's figures are read afresh, so the result is the same as {@code
   * other.compile(deployment())}. A model with another stack or goals is compiled in full.
   */
  public CompiledDeployment under(SizingModel other) {
    return layout.fits(other) ? new CompiledDeployment(other, layout) : other.compile(layout.deployment);
  }

  public SizingModel model() {
    return model;
  }

  public Deployment deployment() {
    return layout.deployment;
  }

  /** The resources this deployment is checked on, in {@link Resource} order. */
  public List<Resource> resources() {
    return List.of(present);
  }

  /**
   * The utilisation of {@code r} at {@code users} concurrent users, 0..1 and above when overloaded
   * (formulas in the class comment); NaN when the deployment has no such resource.
   */
  public double utilisation(Resource r, double users) {
    double lambda = Workload.arrivalRate(users, k.rate);
    return switch (r) {
      case BACKEND_CPU -> lambda / layout.backends * serviceSeconds / layout.workers;
      case BACKEND_MEMORY -> (layout.sessionsInBackend
          ? memoryFixedGb + users / layout.backends * k.sessionMb * GB_PER_MB
          : memoryFixedGb) / layout.backendMemoryGb;
      case DB_CPU -> lambda * k.dbQueries * k.dbCpuSeconds / layout.dbVcpus;
      case DB_MEMORY -> layout.dbMemory;
      case DB_CONNECTIONS -> lambda * k.holdSeconds / layout.poolConnections;
      case VECTOR_CPU -> lambda * vectorSeconds / layout.vectorVcpus;
      case VECTOR_MEMORY -> vectorMemory;
      case FRONTEND_MEMORY -> layout.frontendMemory;
      case SESSIONS_MEMORY -> users * k.sessionMb * GB_PER_MB / layout.sessionsGb;
      case LLM_TPM -> lambda * 60 * k.llmCalls * k.llmTokensPerCall / tpmLimit;
    };
  }

  /** The arrival rate at one backend at {@code users} users, {@code lambda / n}, requests per second. */
  public double arrivalRatePerBackend(double users) {
    return Workload.arrivalRate(users, k.rate) / layout.backends;
  }

  /** The response time of one request to one backend ({@link ResponseTime}): {@code S}, {@code c}, {@code d}, {@code L}. */
  public ResponseTime responseTime() {
    return response;
  }

  /**
   * {@code L = lambda h}: the database connections the backends hold on average at {@code users}
   * (Little's law; class comment).
   */
  public double connectionsInUse(double users) {
    return Workload.arrivalRate(users, k.rate) * k.holdSeconds;
  }

  /**
   * The {@link Configuration} checks this deployment fails, whatever the load (class comment): each
   * with the figure it has and the limit, e.g. pools of 120 connections against the 97 the database
   * accepts. Empty when it is configured to run.
   */
  public List<Violation> configuration() {
    return layout.configuration;
  }

  /**
   * The 95th percentile of the response time at {@code users}, seconds ({@link
   * ResponseTime#quantile}); infinite when the backend queue never drains.
   */
  public double p95Seconds(double users) {
    return response.quantile(arrivalRatePerBackend(users), SizingModel.P95);
  }

  /** The 50th, 95th and 99th percentiles of the response time at {@code users}, seconds. */
  public ResponseTime.Percentiles percentiles(double users) {
    return response.percentiles(arrivalRatePerBackend(users));
  }

  /**
   * Every intermediate figure of the judgement at {@code users}, enough to recompute the response
   * time's percentiles from it alone ({@link #trace}).
   *
   * @param users concurrent users
   * @param arrivalRatePerSecond {@code lambda = N r / 60}, requests per second to the whole plan
   * @param backends {@code n}, the backends behind the load balancer
   * @param arrivalRatePerBackend {@code lambda / n}, requests per second to one backend
   * @param workers {@code c}, the workers on one backend
   * @param serviceSeconds {@code E[S]}, the mean (exponential) service time, seconds
   * @param utilisation each resource's utilisation, 0..1 and above when overloaded
   * @param probabilityOfWait Erlang C {@code C(c, lambda/(n mu))}, the chance a request waits for a worker
   * @param waitP95Seconds the 95th percentile of the wait alone ({@link ErlangC#waitQuantile}), seconds
   * @param fixedSeconds {@code d}, database and dedicated vector-store time, seconds
   * @param llmCalls {@code k}, LLM calls per request (in sequence)
   * @param llm the request's LLM time, lognormal: {@code ln L ~ N(ln m, σ²)}
   * @param goalSeconds the p95 goal, seconds; NaN when none
   * @param percentiles the response time's p50, p95 and p99, seconds
   * @param connectionHoldSeconds {@code h}, the seconds one request holds a database connection
   *     ({@link SizingModel#connectionHoldSeconds})
   * @param connectionsInUse {@code L = lambda h}, the connections held on average (Little's law,
   *     {@link #connectionsInUse})
   * @param connectionPool the connections the backends' pools open at most, the denominator of the
   *     {@code db_connections} utilisation
   */
  public record Trace(double users, double arrivalRatePerSecond, int backends, double arrivalRatePerBackend, int workers,
      double serviceSeconds, java.util.Map<Resource, Double> utilisation, double probabilityOfWait, double waitP95Seconds,
      double fixedSeconds, double llmCalls, Lognormal llm, double goalSeconds, ResponseTime.Percentiles percentiles,
      double connectionHoldSeconds, double connectionsInUse, double connectionPool) {}

  /** The figures the judgement at {@code users} rests on ({@link Trace}). */
  public Trace trace(double users) {
    double perHost = arrivalRatePerBackend(users);
    var queue = new ErlangC(perHost, 1 / serviceSeconds, layout.workers);
    var util = new EnumMap<Resource, Double>(Resource.class);
    for (var r : present) {
      util.put(r, utilisation(r, users));
    }
    return new Trace(users, Workload.arrivalRate(users, k.rate), layout.backends, perHost, layout.workers, serviceSeconds,
        java.util.Collections.unmodifiableMap(util), queue.probabilityOfWait(),
        queue.isStable() ? queue.waitQuantile(SizingModel.P95) : Double.POSITIVE_INFINITY, fixedSeconds, k.llmCalls, k.llm,
        layout.p95Goal, percentiles(users), k.holdSeconds, connectionsInUse(users), layout.poolConnections);
  }

  /** Whether every load-dependent goal (utilisation limits, p95) holds at {@code users}. */
  public boolean meetsGoals(double users) {
    return meets(null, true, users);
  }

  /**
   * Whether the goals on the resources in {@code only} (every present resource when null) hold at
   * {@code users}, and the p95 goal too when {@code p95}: utilisations first, the response time's
   * tail only when they all hold.
   */
  private boolean meets(Set<Resource> only, boolean p95, double users) {
    if (!layout.configuration.isEmpty() && (only == null || only.contains(Resource.DB_CONNECTIONS))) {
      return false;
    }
    for (int i = 0; i < present.length; i++) {
      if ((only == null || only.contains(present[i])) && exceeds(utilisation(present[i], users), limit[i])) {
        return false;
      }
    }
    return !p95 || p95Check == null || p95Check.heldAt(arrivalRatePerBackend(users));
  }

  /**
   * The capacity {@link #capacity()} would have if only the goals on {@code resources} (and the p95
   * goal when {@code p95}) were checked: the users one part of the deployment carries on its own.
   * The plan's capacity is the least of these over a partition of its resources, since each goal
   * holds up to its own limit and no further.
   */
  public int capacity(Set<Resource> resources, boolean p95) {
    return searchCapacity(resources, p95);
  }

  /**
   * The largest whole number of concurrent users for which every load-dependent goal holds (0 when
   * even one user misses one), at most {@value SizingModel#MAX_USERS}; computed on first use and
   * kept (how: the class comment).
   */
  public int capacity() {
    int c = capacity;
    if (c < 0) {
      c = searchCapacity(null, true);
      capacity = c;
    }
    return c;
  }

  /**
   * {@link #meetsGoals(double)} answered from the cached {@link #capacity()}: true up to it, false
   * from one user above it; only a fractional {@code users} just above it, or a deployment that
   * carries no whole user, is judged directly.
   */
  public boolean carries(double users) {
    int cap = capacity();
    var known = carriesWithin(cap, cap, users);
    return known != null ? known : meetsGoals(users);
  }

  /**
   * Whether a deployment whose capacity lies in {@code [lo, hi]} carries {@code users}, where those
   * bounds settle it: true up to {@code lo} (when it carries a user at all), false from a whole user
   * above {@code hi}; null in between, where only a judgement at {@code users} can tell.
   */
  public static Boolean carriesWithin(int lo, int hi, double users) {
    if (lo > 0 && users <= lo) {
      return true;
    }
    if (hi < SizingModel.MAX_USERS && users >= hi + 1) {
      return false;
    }
    return null;
  }

  /**
   * Cheap bounds {@code lo <= capacity() <= hi} on {@link #capacity()}, packed as {@code lo << 32 |
   * hi} ({@link #pack}), from the utilisation limits in closed form and the p95 goal's cheap tests
   * alone ({@link ResponseTime.Goal#cheapVerdictAt}), never its integral: {@code lo} is the most
   * users at which those tests say the goal holds (0 when they cannot tell even at one user),
   * {@code hi} the most at which they do not say it fails, at most the utilisation limit; both by
   * bisection. When the goal surely holds at the utilisation limit (or there is none), both are the
   * capacity, which is kept as {@link #capacity()} would. A Monte Carlo needs the exact capacity
   * ({@link #capacityWithin}) only for the samples whose bounds straddle the quantiles it reports.
   */
  public long capacityBounds() {
    if (capacity < 0 && !layout.configuration.isEmpty()) {
      capacity = 0;
    }
    if (capacity >= 0) {
      return pack(capacity, capacity);
    }
    int hi = utilisationLimit(null);
    int atHi = hi == 0 || p95Check == null ? 1 : p95Check.cheapVerdictAt(arrivalRatePerBackend(hi));
    if (atHi > 0) {
      capacity = hi; // as the search would find it
      return pack(hi, hi);
    }
    int top = atHi < 0 ? hi - 1 : hi;
    int atOne = hi == 1 ? atHi : p95Check.cheapVerdictAt(arrivalRatePerBackend(1));
    if (atOne < 0) {
      capacity = 0;
      return pack(0, 0);
    }
    if (atOne == 0 || top <= 1) {
      return pack(atOne > 0 ? 1 : 0, top);
    }
    int lo = bisectCheap(1, top + 1, false);
    return pack(lo, bisectCheap(lo, top + 1, true));
  }

  /**
   * Bisection on the p95 goal's cheap verdict ({@link ResponseTime.Goal#cheapVerdictAt}) between
   * {@code lo}, where it passes, and {@code hi}, where it does not: the last number of users that
   * passes, where "passes" is "surely holds", or with {@code unknownPasses} "not surely failing".
   */
  private int bisectCheap(int lo, int hi, boolean unknownPasses) {
    while (hi - lo > 1) {
      int mid = (lo + hi) >>> 1;
      int verdict = p95Check.cheapVerdictAt(arrivalRatePerBackend(mid));
      if (verdict > 0 || (unknownPasses && verdict == 0)) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * {@link #capacity()}, found from bounds {@code lo << 32 | hi} that {@link #capacityBounds()}
   * gave for this deployment under the same model: only the bisection between them is left (what
   * the search would find, since the goals hold up to the capacity and from there on fail), and the
   * result is kept as {@link #capacity()} keeps it.
   */
  public int capacityWithin(long bounds) {
    int c = capacity;
    if (c < 0) {
      c = exactWithin((int) (bounds >>> 32), (int) bounds);
      capacity = c;
    }
    return c;
  }

  /**
   * The capacity, known to lie in {@code [lo, hi]}: the p95 goal bisected between {@code lo}, which
   * it carries (or 0, which every deployment carries), and {@code hi + 1}, which it does not.
   */
  private int exactWithin(int lo, int hi) {
    return lo == hi ? lo : bisect(lo, hi + 1);
  }

  /** Two capacities {@code lo <= hi} in one long, {@code lo << 32 | hi}, as {@link #capacityBounds()} gives them. */
  public static long pack(int lo, int hi) {
    return ((long) lo << 32) | (hi & 0xffffffffL);
  }

  /** The deployment's monthly availability, 0..1 ({@link SizingModel#availability}); computed once. */
  public double availability() {
    double a = availability;
    if (Double.isNaN(a)) {
      a = model.availability(layout.deployment);
      availability = a;
    }
    return a;
  }

  /** The deployment at {@code users} concurrent users: utilisations, bottleneck, p95, violations. */
  public Evaluation evaluate(double users) {
    var u = new double[present.length];
    for (int i = 0; i < present.length; i++) {
      u[i] = utilisation(present[i], users);
    }
    double p95 = p95Seconds(users);
    var util = new EnumMap<Resource, Double>(Resource.class);
    var violations = new ArrayList<Violation>(layout.configuration);
    for (int i = 0; i < present.length; i++) {
      util.put(present[i], u[i]);
      if (exceeds(u[i], limit[i])) {
        violations.add(new Violation(present[i], 100 * u[i], 100 * limit[i]));
      }
    }
    if (!Double.isNaN(layout.p95Goal) && p95 > layout.p95Goal) {
      violations.add(new Violation(Target.P95, p95, layout.p95Goal));
    }
    return new Evaluation(users, util, bottleneck(), p95, availability(), model.llmMonthlyUsd(users), violations);
  }

  /**
   * The constraint that binds at the deployment's {@link #capacity()}: the one that fails at one
   * user more, so the one that stops it carrying more users. A failed {@link #configuration()}
   * check binds first; of several goals that fail together at {@code capacity + 1} users, the one
   * furthest past its limit (utilisation over its limit, p95 over its goal). Empty when the
   * deployment carries {@value SizingModel#MAX_USERS} users. Computed on first use and kept.
   */
  public Optional<Constraint> bottleneck() {
    var b = bottleneck;
    if (b == null) {
      b = binding();
      bottleneck = b;
    }
    return b;
  }

  private Optional<Constraint> binding() {
    if (!layout.configuration.isEmpty()) {
      return Optional.of(layout.configuration.get(0).goal());
    }
    int cap = capacity();
    if (cap >= SizingModel.MAX_USERS) {
      return Optional.empty();
    }
    double users = cap + 1;
    Constraint worst = null;
    double worstRatio = 1;
    for (int i = 0; i < present.length; i++) {
      double u = utilisation(present[i], users);
      if (exceeds(u, limit[i]) && (worst == null || u / limit[i] > worstRatio)) {
        worstRatio = u / limit[i];
        worst = present[i];
      }
    }
    if (!Double.isNaN(layout.p95Goal)) {
      double p95 = p95Seconds(users);
      if (p95 > layout.p95Goal && (worst == null || p95 / layout.p95Goal > worstRatio)) {
        worst = Target.P95;
      }
    }
    return Optional.ofNullable(worst);
  }

  private static boolean exceeds(double utilisation, double limit) {
    return utilisation > limit + TOLERANCE;
  }

  /**
   * The most whole users at which the utilisation of {@code present[i]} stays within its limit:
   * {@code U(N) = a N + b} is linear in {@code N}, so {@code N = ⌊(limit − b) / a⌋}, then moved by
   * a user at most so that it agrees with {@link #exceeds} to the last bit.
   */
  private int utilisationCapacity(int i) {
    var r = present[i];
    double b = utilisation(r, 0);
    double a = utilisation(r, 1) - b;
    if (!(a > 0)) {
      return exceeds(b, limit[i]) ? 0 : SizingModel.MAX_USERS;
    }
    double guess = Math.floor((limit[i] + TOLERANCE - b) / a);
    int n = (int) Math.max(0, Math.min(SizingModel.MAX_USERS, guess));
    while (n > 0 && exceeds(utilisation(r, n), limit[i])) {
      n--;
    }
    while (n < SizingModel.MAX_USERS && !exceeds(utilisation(r, n + 1), limit[i])) {
      n++;
    }
    return n;
  }

  private int searchCapacity(Set<Resource> only, boolean p95) {
    if (!layout.configuration.isEmpty() && (only == null || only.contains(Resource.DB_CONNECTIONS))) {
      return 0; // a configuration check fails whatever the load (class comment)
    }
    int hi = utilisationLimit(only);
    if (!p95) {
      return hi;
    }
    int settled = settledAt(hi);
    return settled >= 0 ? settled : bisect(1, hi);
  }

  /** The most users every utilisation in {@code only} (all when null) allows, in closed form. */
  private int utilisationLimit(Set<Resource> only) {
    int hi = SizingModel.MAX_USERS;
    for (int i = 0; i < present.length && hi > 0; i++) {
      // a utilisation within its limit at hi users is within it below (none falls as users grow),
      // so it cannot lower hi: one evaluation instead of solving for its own limit
      if ((only == null || only.contains(present[i]))
          && (hi == SizingModel.MAX_USERS || exceeds(utilisation(present[i], hi), limit[i]))) {
        hi = Math.min(hi, utilisationCapacity(i));
      }
    }
    return hi;
  }

  /**
   * The capacity when the p95 goal settles it at an end of {@code [1, hi]} (no goal, holds at
   * {@code hi}, or fails at one user), else -1: it fails at {@code hi} and holds at 1.
   */
  private int settledAt(int hi) {
    if (hi == 0 || p95Check == null || p95Check.heldAt(arrivalRatePerBackend(hi))) {
      return hi;
    }
    return p95Check.heldAt(arrivalRatePerBackend(1)) ? -1 : 0;
  }

  /**
   * Bisection on the p95 goal between {@code lo}, where it holds, and {@code hi}, where it fails:
   * the last number of users at which it holds.
   */
  private int bisect(int lo, int hi) {
    while (hi - lo > 1) {
      int mid = (lo + hi) >>> 1;
      if (p95Check.heldAt(arrivalRatePerBackend(mid))) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
