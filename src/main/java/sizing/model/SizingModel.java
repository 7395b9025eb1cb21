package sizing.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
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
 *   <li>backend workers as an M/M/c queue with {@code c = floor(vCPUs * share)} workers, service
 *       time {@code S = D_cpu / eff(n)} (+ in-process vector search) where {@code eff(n)} is the
 *       Universal Scalability Law efficiency across {@code n} backends (Gunther 2007, ch. 4); the
 *       p95 wait is Erlang C's {@code W_0.95} ({@link ErlangC#waitQuantile(double)});
 *   <li>p95 response {@code = W_0.95 + S + q t_q + v t_v + k L} (queueing wait, backend service,
 *       database, dedicated vector store, {@code k} LLM calls of latency {@code L});
 *   <li>memory: each host's fixed services plus per-user session memory, over its RAM;
 *   <li>connections: {@code n (pool + overflow)} over the database's connection limit;
 *   <li>availability: series composition of load balancer, backends in parallel (1 of n), the
 *       database and the other hosts ({@link Availability});
 *   <li>LLM cost: {@code lambda * 3600 * H * k * price(in, out)} for {@code H} busy hours a month.
 * </ul>
 *
 * "Capacity" is the largest whole number of concurrent users for which every load-dependent goal
 * holds; availability and budget do not depend on users and are checked by the optimizer.
 */
public record SizingModel(Workload workload, Goals goals, LlmModel llm, StackProfile stack, Usl scaling) {

  /** The p95 level of the latency goal. */
  public static final double P95 = 0.95;
  private static final double GB_PER_KB = 1.0 / (1024 * 1024);
  private static final double GB_PER_MB = 1.0 / 1024;
  private static final int MAX_USERS = 1_000_000;

  public SizingModel {
    java.util.Objects.requireNonNull(workload, "workload");
    java.util.Objects.requireNonNull(goals, "goals");
    java.util.Objects.requireNonNull(llm, "llm");
    java.util.Objects.requireNonNull(stack, "stack");
    java.util.Objects.requireNonNull(scaling, "scaling");
  }

  public SizingModel withWorkload(Workload w) {
    return new SizingModel(w, goals, llm, stack, scaling);
  }

  public SizingModel withGoals(Goals g) {
    return new SizingModel(workload, g, llm, stack, scaling);
  }

  public SizingModel withLlm(LlmModel m) {
    return new SizingModel(workload, goals, m, stack, scaling);
  }

  /** {@code k * L}: the time every request spends waiting on the LLM provider, seconds. */
  public double llmSecondsPerRequest() {
    return workload.value(Workload.LLM_CALLS) * llm.latencySecondsPerCall();
  }

  /** The fastest p95 any deployment can reach: the response with no queueing, seconds. */
  public double floorResponseSeconds() {
    return workload.value(Workload.BACKEND_CPU)
        + workload.value(Workload.DB_QUERIES) * workload.value(Workload.DB_CPU)
        + workload.value(Workload.VECTOR_SEARCHES) * workload.value(Workload.VECTOR_SECONDS)
        + llmSecondsPerRequest();
  }

  /** ChromaDB's index in memory: documents x KB per document, GB. */
  public double vectorIndexGb() {
    return workload.value(Workload.DOCUMENTS) * workload.value(Workload.VECTOR_KB) * GB_PER_KB;
  }

  /** Backend workers on one backend host: {@code max(1, floor(vCPUs * share))}. */
  public int workers(Deployment d) {
    return Math.max(1, (int) Math.floor(d.backendHost().vcpus() * stack.share(d.backendRole(), "backend") + 1e-9));
  }

  /** Backend service time per request on one host, seconds: {@code D_cpu / eff(n)} plus in-process vector search. */
  public double backendServiceSeconds(Deployment d) {
    double s = workload.value(Workload.BACKEND_CPU) / scaling.efficiencyAt(d.backends());
    if (d.vectorHost() == null) {
      s += workload.value(Workload.VECTOR_SEARCHES) * workload.value(Workload.VECTOR_SECONDS);
    }
    return s;
  }

  /** The deployment at {@code users} concurrent users. */
  public Evaluation evaluate(Deployment d, double users) {
    var u = new EnumMap<Resource, Double>(Resource.class);
    double p95 = load(d, users, u);
    var util = new LinkedHashMap<String, Double>();
    Resource worst = null;
    double worstRatio = -1;
    var violations = new ArrayList<Violation>();
    for (var e : u.entrySet()) {
      util.put(e.getKey().id(), e.getValue());
      double ratio = e.getValue() / e.getKey().limit(goals);
      boolean candidate = e.getKey().growsWithUsers() || ratio > 1 + 1e-12;
      if (candidate && ratio > worstRatio) {
        worstRatio = ratio;
        worst = e.getKey();
      }
      if (ratio > 1 + 1e-12) {
        violations.add(new Violation(e.getKey().id(), 100 * e.getValue(), 100 * e.getKey().limit(goals), "%"));
      }
    }
    if (!Double.isNaN(goals.p95Seconds()) && p95 > goals.p95Seconds()) {
      violations.add(new Violation("p95", p95, goals.p95Seconds(), "s"));
    }
    String bottleneck = worst == null ? "" : worst.id();
    if (!Double.isNaN(goals.p95Seconds()) && Double.isFinite(p95) && p95 / goals.p95Seconds() > worstRatio) {
      bottleneck = "p95";
    }
    return new Evaluation(users, util, bottleneck, p95, availability(d), llmMonthlyUsd(users), violations);
  }

  /** Whether every load-dependent goal holds at {@code users}. */
  public boolean meetsGoals(Deployment d, double users) {
    var u = new EnumMap<Resource, Double>(Resource.class);
    double p95 = load(d, users, u);
    for (var e : u.entrySet()) {
      if (e.getValue() > e.getKey().limit(goals) + 1e-12) {
        return false;
      }
    }
    return Double.isNaN(goals.p95Seconds()) || p95 <= goals.p95Seconds();
  }

  /**
   * The largest whole number of concurrent users for which every load-dependent goal holds (0
   * when even one user misses one). Every check rises with users, so a doubling search then a
   * bisection finds it.
   */
  public int capacity(Deployment d) {
    if (!meetsGoals(d, 1)) {
      return 0;
    }
    int lo = 1;
    int hi = 2;
    while (hi < MAX_USERS && meetsGoals(d, hi)) {
      lo = hi;
      hi *= 2;
    }
    if (hi >= MAX_USERS && meetsGoals(d, MAX_USERS)) {
      return MAX_USERS;
    }
    while (hi - lo > 1) {
      int mid = (lo + hi) >>> 1;
      if (meetsGoals(d, mid)) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Fills {@code u} with each resource's utilisation at {@code users}; returns the p95 response in seconds. */
  double load(Deployment d, double users, EnumMap<Resource, Double> u) {
    var w = workload;
    double lambda = w.arrivalRate(users);
    int n = d.backends();
    double perHost = lambda / n;
    double usersPerHost = users / n;

    // backend CPU: M/M/c per host
    int c = workers(d);
    double s = backendServiceSeconds(d);
    var queue = new ErlangC(perHost, 1 / s, c);
    u.put(Resource.BACKEND_CPU, perHost * s / c);
    double wait = queue.waitQuantile(P95);

    // backend memory
    double mem = stack.backendBaseGb();
    if (d.vectorHost() == null) {
      mem += vectorIndexGb();
    }
    if (d.frontendHost() == null) {
      mem += stack.frontendGb();
    }
    if (d.backendRole() == Role.ALL_IN_ONE) {
      mem += stack.postgresGb();
    }
    if (d.sessions() == null) {
      mem += usersPerHost * w.value(Workload.SESSION_MB) * GB_PER_MB;
    }
    u.put(Resource.BACKEND_MEMORY, mem / d.backendHost().memoryGb());

    // database
    double dbDemand = lambda * w.value(Workload.DB_QUERIES) * w.value(Workload.DB_CPU);
    double dbVcpus;
    int connectionLimit;
    if (d.backendRole() == Role.ALL_IN_ONE) {
      dbVcpus = d.backendHost().vcpus() * stack.share(Role.ALL_IN_ONE, "postgres");
      connectionLimit = stack.selfHostedMaxConnections();
    } else if (d.databaseManaged()) {
      dbVcpus = d.database().vcpus();
      connectionLimit = stack.maxConnections(d.database());
    } else {
      dbVcpus = d.database().vcpus() * stack.share(Role.DATABASE, "postgres");
      connectionLimit = stack.selfHostedMaxConnections();
      u.put(Resource.DB_MEMORY, stack.postgresGb() / d.database().memoryGb());
    }
    u.put(Resource.DB_CPU, dbDemand / Math.max(dbVcpus, 1e-9));
    u.put(Resource.DB_CONNECTIONS, (double) n * stack.poolPerBackend() / connectionLimit);

    double vectorSeconds = 0;
    if (d.vectorHost() != null) {
      vectorSeconds = w.value(Workload.VECTOR_SEARCHES) * w.value(Workload.VECTOR_SECONDS);
      double vcpus = d.vectorHost().vcpus() * stack.share(Role.VECTOR, "chromadb");
      u.put(Resource.VECTOR_CPU, lambda * vectorSeconds / Math.max(vcpus, 1e-9));
      u.put(Resource.VECTOR_MEMORY, vectorIndexGb() / d.vectorHost().memoryGb());
    }
    if (d.frontendHost() != null && d.frontendHost().category() == Category.DROPLET) {
      u.put(Resource.FRONTEND_MEMORY, stack.frontendGb() / d.frontendHost().memoryGb());
    }
    if (d.sessions() != null) {
      u.put(Resource.SESSIONS_MEMORY, users * w.value(Workload.SESSION_MB) * GB_PER_MB / d.sessions().memoryGb());
    }
    var tpm = w.parameters().get(Workload.LLM_TPM_LIMIT);
    if (tpm != null && tpm.isSet() && tpm.value() > 0) {
      double tokensPerMinute = lambda * 60 * w.value(Workload.LLM_CALLS)
          * (w.value(Workload.LLM_IN) + w.value(Workload.LLM_OUT));
      u.put(Resource.LLM_TPM, tokensPerMinute / tpm.value());
    }
    double db = w.value(Workload.DB_QUERIES) * w.value(Workload.DB_CPU);
    return wait + s + db + vectorSeconds + llmSecondsPerRequest();
  }

  /**
   * Monthly availability as a fraction: load balancer, backends (1 of n in parallel when load
   * balanced), database, vector store, session store and frontend host in series. A service the
   * team runs itself on a droplet counts the droplet's SLA and the self-managed service figure.
   */
  public double availability(Deployment d) {
    var droplet = new Availability(stack.availabilityOf("droplet"));
    var selfRun = new Availability(stack.availabilityOf("self_managed_service"));
    var host = droplet.inSeriesWith(selfRun);
    var parts = new ArrayList<Availability>();
    parts.add(d.loadBalanced() && d.backends() > 1 ? Availability.parallel(host, d.backends()) : host);
    if (d.loadBalanced()) {
      parts.add(new Availability(stack.availabilityOf("load_balancer")));
    }
    if (d.database() != null) {
      parts.add(d.databaseManaged() ? new Availability(stack.availabilityOf("managed_postgres")) : host);
    }
    if (d.vectorHost() != null) {
      parts.add(host);
    }
    if (d.sessions() != null) {
      parts.add(new Availability(stack.availabilityOf("managed_redis")));
    }
    if (d.frontendHost() != null) {
      parts.add(d.frontendHost().category() == Category.DROPLET
          ? host : new Availability(stack.availabilityOf("frontend_hosting")));
    }
    var first = parts.remove(0);
    return first.inSeriesWith(parts.toArray(Availability[]::new)).probability();
  }

  /** LLM spend of {@code users} busy users per month: {@code lambda * 3600 * H * k * price}, USD. */
  public double llmMonthlyUsd(double users) {
    var w = workload;
    double calls = w.arrivalRate(users) * 3600 * w.value(Workload.BUSY_HOURS) * w.value(Workload.LLM_CALLS);
    return calls * llm.usdPerCall(w.value(Workload.LLM_IN), w.value(Workload.LLM_OUT));
  }

  /** Every resource's utilisation at {@code users}, by resource, for charts and tables. */
  public List<Resource> resources(Deployment d) {
    var u = new EnumMap<Resource, Double>(Resource.class);
    load(d, 1, u);
    return List.copyOf(u.keySet());
  }
}
