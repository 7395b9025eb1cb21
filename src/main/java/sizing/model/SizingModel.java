package sizing.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Capacity, latency, availability and LLM cost of a deployment under a workload. One place for
 * each formula:
 *
 * <ul>
 *   <li>arrival rate {@code lambda = N r / 60} (requests/s) for {@code N} users at {@code r}
 *       requests per user per minute; each of {@code n} backends gets {@code lambda / n} (round
 *       robin, DigitalOcean's load balancer default);
 *   <li>utilisation law {@code U = X D / c} (Lazowska et al., "Quantitative System Performance",
 *       1984, §3.2): for each resource, throughput times service demand over servers;
 *   <li>backend workers as an M/M/c queue with {@code c = floor(vCPUs * share)} workers and mean
 *       service time {@code S = D_cpu / eff(c)} (+ in-process vector search), {@code eff(c)} the
 *       Universal Scalability Law's efficiency at the {@code c} workers of one droplet ({@link
 *       #contention()}; none unless a calibrated workload sets it); backends behind the load
 *       balancer do not contend for each other's CPUs, so replicas scale by the balancer's split,
 *       limited by the shared database's CPU and connections;
 *   <li>response time {@code T = W + S + d + L} (queueing wait, backend service, fixed delay of the
 *       database and a dedicated vector store, the LLM time of the request), and its true
 *       percentiles ({@link ResponseTime}); the LLM time of {@code k} calls in sequence is the
 *       lognormal of {@code data/llm/latency.csv} summed by Fenton–Wilkinson ({@link
 *       #llmLatencyPerRequest()});
 *   <li>memory: each host's fixed services plus per-user session memory, over its RAM;
 *   <li>connections: the pools at their largest, {@code n (pool + overflow)}, must fit the
 *       connections the database accepts (a {@link Configuration} check); the connections in use,
 *       {@code lambda h} by Little's law, over the pools is a load goal;
 *   <li>availability: series composition of load balancer, backends in parallel (1 of n), the
 *       database and the other hosts ({@link Availability});
 *   <li>LLM cost: {@code lambda * 3600 * H * k * price(in, out)} for {@code H} busy hours a month.
 * </ul>
 *
 * "Capacity" is the largest whole number of concurrent users for which every load-dependent goal
 * holds; availability and budget do not depend on users and are checked by the optimizer.
 *
 * <p>The formulas that do not depend on users (workers, service time, index memory, availability,
 * LLM cost) are methods here; those evaluated at a number of users (utilisations, p95, the goal
 * checks, capacity) are in {@link CompiledDeployment}, which {@link #evaluate}, {@link #meetsGoals}
 * and {@link #capacity} use and which sweeps use directly to judge one deployment at many users.
 */
public record SizingModel(Workload workload, Goals goals, LlmModel llm, StackProfile stack) {

  /** The p95 level of the latency goal. */
  public static final double P95 = 0.95;
  private static final double GB_PER_KB = 1.0 / (1024 * 1024);
  /** The most users {@link #capacity} reports. */
  public static final int MAX_USERS = 1_000_000;

  public SizingModel {
    java.util.Objects.requireNonNull(workload, "workload");
    java.util.Objects.requireNonNull(goals, "goals");
    java.util.Objects.requireNonNull(llm, "llm");
    java.util.Objects.requireNonNull(stack, "stack");
  }

  public SizingModel withWorkload(Workload w) {
    return new SizingModel(w, goals, llm, stack);
  }

  public SizingModel withGoals(Goals g) {
    return new SizingModel(workload, g, llm, stack);
  }

  public SizingModel withLlm(LlmModel m) {
    return new SizingModel(workload, goals, m, stack);
  }

  /**
   * The LLM time of one request: {@code k} calls ({@code llm_calls_per_request}) made one after
   * another, each lognormal as {@code data/llm/latency.csv} gives it, their sum approximated by the
   * lognormal with the same mean and variance (Fenton–Wilkinson 1960, {@link Lognormal#sumOf}).
   * Calls in sequence: an agent's second call reads the first one's answer. A fractional {@code k}
   * (an average) is taken as that many calls' mean and variance.
   */
  public Lognormal llmLatencyPerRequest() {
    var latency = llm.latency();
    double calls = workload.value(WorkloadParameter.LLM_CALLS);
    // the last answer on this thread: every plan compiled under one model asks the same question
    var last = LAST_LLM.get();
    if (last.latency() != latency || last.calls() != calls) {
      last = new LlmPerRequest(latency, calls, latency.perRequest(calls));
      LAST_LLM.set(last);
    }
    return last.perRequest();
  }

  private record LlmPerRequest(LlmLatency latency, double calls, Lognormal perRequest) {}

  private static final ThreadLocal<LlmPerRequest> LAST_LLM =
      ThreadLocal.withInitial(() -> new LlmPerRequest(null, Double.NaN, null));

  /** {@code E[L] = k m e^{σ²/2}}: the mean time a request spends waiting on the LLM provider, seconds. */
  public double llmSecondsPerRequest() {
    return llmLatencyPerRequest().mean();
  }

  /**
   * The lowest mean response any deployment can reach, seconds: {@code D_cpu + q t_q + v t_v +
   * E[L]}, the mean of the response with no queueing and no contention (what the guide's "average
   * response time" figures are compared with).
   */
  public double floorMeanResponseSeconds() {
    return workload.value(WorkloadParameter.BACKEND_CPU)
        + workload.value(WorkloadParameter.DB_QUERIES) * workload.value(WorkloadParameter.DB_CPU)
        + workload.value(WorkloadParameter.VECTOR_SEARCHES) * workload.value(WorkloadParameter.VECTOR_SECONDS)
        + llmSecondsPerRequest();
  }

  /**
   * The lowest p95 any deployment can reach, seconds: the 95th percentile of the response with no
   * queueing and the least service time, {@code T = S + d + L} with {@code E[S] = D_cpu} (no
   * contention) and every vector search in the fixed delay {@code d} (a fixed delay has a lighter
   * tail than the same mean in the exponential service time). Every plan's p95 is at least this.
   */
  public double floorResponseSeconds() {
    double fixed = workload.value(WorkloadParameter.DB_QUERIES) * workload.value(WorkloadParameter.DB_CPU)
        + workload.value(WorkloadParameter.VECTOR_SEARCHES) * workload.value(WorkloadParameter.VECTOR_SECONDS);
    return new ResponseTime(workload.value(WorkloadParameter.BACKEND_CPU), 1, fixed, llmLatencyPerRequest()).quantile(0, P95);
  }

  /**
   * The contention among the workers of one backend droplet, as the Universal Scalability Law
   * (Gunther, <i>Guerrilla Capacity Planning</i>, Springer, 2007, ch. 4) with {@code N} the workers
   * serving requests at once on that droplet: {@code σ} and {@code κ} from the workload's {@code
   * usl_sigma} and {@code usl_kappa}, each 0 when unset. The default workload sets neither: the
   * only published coefficients at hand (Schwartz 2015, the Cisco benchmark) come from an unrelated
   * system, and a borrowed figure would shape every capacity while resting on nothing measured
   * here. {@code jbang calibrate} writes both from a load test of the team's own plan. {@code
   * λ = 1}: only the efficiency is used.
   */
  public Usl contention() {
    double sigma = workload.value(WorkloadParameter.USL_SIGMA);
    double kappa = workload.value(WorkloadParameter.USL_KAPPA);
    return new Usl(Double.isNaN(sigma) ? 0 : sigma, Double.isNaN(kappa) ? 0 : kappa, 1);
  }

  /** ChromaDB's index in memory: documents x KB per document, GB. */
  public double vectorIndexGb() {
    return workload.value(WorkloadParameter.DOCUMENTS) * workload.value(WorkloadParameter.VECTOR_KB) * GB_PER_KB;
  }

  /** Backend workers on one backend host: {@code max(1, floor(vCPUs * share))}. */
  public int workers(Deployment d) {
    return Math.max(1, (int) Math.floor(d.backendHost().vcpus() * stack.share(d.backendRole(), Service.BACKEND) + 1e-9));
  }

  /**
   * Mean backend service time per request on one host, seconds: {@code D_cpu / eff(c)} plus
   * in-process vector search, {@code eff(c) = 1 / (1 + σ(c − 1) + κc(c − 1))} the USL efficiency at
   * the host's {@code c} workers ({@link #contention()}). It is taken at all {@code c} busy, the
   * load at which a capacity is decided; below it the stretch is overstated, which errs on the safe
   * side. With the default workload {@code eff = 1}.
   */
  public double backendServiceSeconds(Deployment d) {
    double s = workload.value(WorkloadParameter.BACKEND_CPU) / contention().efficiencyAt(workers(d));
    if (d.vector().onBackend()) {
      s += workload.value(WorkloadParameter.VECTOR_SEARCHES) * workload.value(WorkloadParameter.VECTOR_SECONDS);
    }
    return s;
  }

  /**
   * The connections PostgreSQL accepts in {@code d}: a managed plan's limit ({@link
   * StackProfile#maxConnections}), else the self-hosted {@code max_connections}.
   */
  public int connectionLimit(Deployment d) {
    var db = d.database();
    return switch (db.place()) {
      case MANAGED -> stack.maxConnections(db.item());
      case BACKEND, DROPLET -> stack.selfHostedMaxConnections();
    };
  }

  /**
   * The connections PostgreSQL lets the application open in {@code d}: a managed plan's published
   * limit as it is (DigitalOcean's figure already leaves out the connections it reserves), a
   * self-hosted one's {@code max_connections} less its {@code superuser_reserved_connections}
   * ({@link StackProfile#reservedConnections}; PostgreSQL docs, §20.3.1 Connection Settings).
   */
  public int usableConnections(Deployment d) {
    return switch (d.database().place()) {
      case MANAGED -> connectionLimit(d);
      case BACKEND, DROPLET -> connectionLimit(d) - stack.reservedConnections();
    };
  }

  /**
   * {@code n (pool + overflow)}: the connections {@code backends} backends may open together,
   * against {@link #usableConnections}.
   */
  public double connectionsWanted(int backends) {
    return (double) backends * stack.poolPerBackend();
  }

  /**
   * {@code h}, the seconds one request holds a database connection: the workload's {@link
   * WorkloadParameter#DB_HOLD} when set, else {@code q t_q}, the time its queries run (the
   * application checks a connection out per transaction; a workbook assumption, see {@link
   * WorkloadParameter#DB_HOLD}).
   */
  public double connectionHoldSeconds() {
    double h = workload.value(WorkloadParameter.DB_HOLD);
    return Double.isNaN(h)
        ? workload.value(WorkloadParameter.DB_QUERIES) * workload.value(WorkloadParameter.DB_CPU)
        : h;
  }

  /**
   * What to change in {@code d} for each {@link Configuration} check it fails, and what it then
   * carries; empty when it fails none, or when no change of configuration alone would do. A pool
   * too large for the database becomes the largest that fits, {@code floor(C_usable / n)} per
   * backend ({@link #usableConnections}); the hardware, and so the price, stays as it is.
   */
  public List<Fix> fixes(Deployment d) {
    var fixes = new ArrayList<Fix>();
    for (var failure : compile(d).configuration()) {
      switch ((Configuration) failure.goal()) {
        case DB_CONNECTION_LIMIT -> {
          int usable = usableConnections(d);
          int pool = usable / d.backends();
          if (pool >= 1) {
            var after = new SizingModel(workload, goals, llm, stack.withPoolPerBackend(pool));
            var change = String.format(java.util.Locale.ROOT,
                "a connection pool (pool_size + max_overflow) of at most %d per backend instead of %d: %d x %d = %d"
                    + " connections fit the %d the database accepts",
                pool, stack.poolPerBackend(), d.backends(), pool, d.backends() * pool, usable);
            fixes.add(new Fix(failure, change, after, after.capacity(d)));
          }
        }
      }
    }
    return fixes;
  }

  /**
   * This model's load formulas bound to {@code d}: everything that does not depend on users read
   * once, so the deployment can be judged at many numbers of users cheaply. {@link #evaluate},
   * {@link #meetsGoals} and {@link #capacity} are this, called once.
   */
  public CompiledDeployment compile(Deployment d) {
    return new CompiledDeployment(this, d);
  }

  /** The deployment at {@code users} concurrent users ({@link CompiledDeployment#evaluate}). */
  public Evaluation evaluate(Deployment d, double users) {
    return compile(d).evaluate(users);
  }

  /** Whether every load-dependent goal holds at {@code users} ({@link CompiledDeployment#meetsGoals}). */
  public boolean meetsGoals(Deployment d, double users) {
    return compile(d).meetsGoals(users);
  }

  /**
   * The largest whole number of concurrent users for which every load-dependent goal holds (0
   * when even one user misses one); see {@link CompiledDeployment#capacity()}.
   */
  public int capacity(Deployment d) {
    return compile(d).capacity();
  }

  /**
   * Monthly availability of the hosting as a fraction: load balancer, backends (1 of n in parallel
   * when load balanced), database, vector store, session store and frontend host in series. A
   * service the team runs itself on a droplet counts the droplet's SLA and the self-managed service
   * figure. This is what the availability goal judges: the guide states its uptime targets for its
   * hosting configurations (§Performance Benchmarks), and the LLM provider, the same for every
   * plan, cannot be bought up or down by the plan; {@link #serviceAvailability} adds it.
   */
  public double availability(Deployment d) {
    var droplet = new Availability(stack.availabilityOf(Component.DROPLET));
    var selfRun = new Availability(stack.availabilityOf(Component.SELF_MANAGED_SERVICE));
    var host = droplet.inSeriesWith(selfRun);
    var parts = new ArrayList<Availability>();
    parts.add(d.loadBalanced() && d.backends() > 1 ? Availability.parallel(host, d.backends()) : host);
    if (d.loadBalanced()) {
      parts.add(new Availability(stack.availabilityOf(Component.LOAD_BALANCER)));
    }
    for (var service : List.of(d.database(), d.vector(), d.sessions(), d.frontend())) {
      parts.add(switch (service.place()) {
        case BACKEND -> new Availability(1); // counted in the backends above
        case DROPLET -> host;
        case MANAGED -> new Availability(stack.availabilityOf(Component.managed(service.item().category())));
      });
    }
    var first = parts.remove(0);
    return first.inSeriesWith(parts.toArray(Availability[]::new)).probability();
  }

  /**
   * The availability of the whole service a user sees, as a fraction: the hosting's {@code
   * hostingAvailability} ({@link #availability}) in series with the LLM provider ({@link
   * Component#LLM_PROVIDER}), which every chat request calls. Shown beside the hosting figure; a
   * user whose request fails at the provider is as unserved as one whose droplet is down.
   */
  public double serviceAvailability(double hostingAvailability) {
    return new Availability(hostingAvailability)
        .inSeriesWith(new Availability(stack.availabilityOf(Component.LLM_PROVIDER))).probability();
  }

  /** The LLM provider's availability, percent ({@link Component#LLM_PROVIDER}), named beside {@link #serviceAvailability}. */
  public double llmProviderAvailabilityPct() {
    return 100 * stack.availabilityOf(Component.LLM_PROVIDER);
  }

  /** LLM spend of {@code users} busy users per month: {@code lambda * 3600 * H * k * price}, USD. */
  public double llmMonthlyUsd(double users) {
    var w = workload;
    double calls = w.arrivalRate(users) * 3600 * w.value(WorkloadParameter.BUSY_HOURS) * w.value(WorkloadParameter.LLM_CALLS);
    return calls * llm.usdPerCall(w.value(WorkloadParameter.LLM_IN), w.value(WorkloadParameter.LLM_OUT));
  }

}
