package sizing.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import sizing.data.Workbook;
import sizing.model.CompiledDeployment;
import sizing.model.Parameter;
import sizing.model.Plan;
import sizing.model.SizingModel;
import sizing.model.Workload;
import sizing.model.WorkloadParameter;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Monte Carlo over the workload's uncertainty: each sample draws every uncertain workload parameter
 * from its {@code low..high} range (data/workloads), then judges each plan at the sampled users.
 *
 * <p><b>Distribution.</b> Each parameter is drawn from the triangular distribution with minimum
 * {@code low}, mode {@code value} and maximum {@code high}, independently. The data gives a best
 * estimate and a plausible range for every figure, which is exactly a three-point estimate: the
 * triangular puts the most weight on the best estimate and none outside the range, where a uniform
 * draw would make the file's own value no likelier than either end. Draws use the inverse CDF
 * {@code F⁻¹(u) = a + √(u (b - a)(c - a))} for {@code u ≤ (c - a)/(b - a)}, else {@code b - √((1 -
 * u)(b - a)(b - c))} (Kotz and van Dorp, "Beyond Beta", World Scientific, 2004, ch. 1; Law,
 * "Simulation Modeling and Analysis", 5th ed., §8.3.15), with {@code u} from a {@link
 * SplittableRandom} seeded with the given seed, so the same seed gives the same numbers on every
 * run and machine. The draws are made in one sequence before any plan is judged, so judging the
 * samples in parallel cannot change them.
 *
 * <p><b>Table.</b> One row per plan, cheapest first: {@code plan, family, monthly_usd,
 * p_meets_goals} (the share of samples in which the plan meets every goal: the load goals at the
 * sampled users, availability and budget), {@code total_monthly_usd_p50, total_monthly_usd_p90}
 * (hosting plus the sampled LLM spend; hosting is fixed per plan, so these are the hosting cost plus
 * the LLM spend's quantiles), {@code capacity_users_p10, capacity_users_p50} (the plan's capacity
 * under the sampled workloads), {@code samples, seed}. Quantiles are {@link Quantiles} (Hyndman and
 * Fan's definition 7).
 */
public final class MonteCarlo {
  public static final List<String> COLUMNS = List.of("plan", "family", "monthly_usd", "p_meets_goals",
      "total_monthly_usd_p50", "total_monthly_usd_p90", "capacity_users_p10", "capacity_users_p50", "samples", "seed");

  /** The most plan-samples (plans x samples) one run may hold: capacities are kept to take quantiles. */
  public static final long MAX_PLAN_SAMPLES = 50_000_000L;

  /** The seed when none is given, so two runs without one agree: the guide's date, 2025-11-07. */
  public static final long DEFAULT_SEED = 20251107L;

  private MonteCarlo() {}

  /**
   * The workload parameters a run samples: every one whose {@code low < high}, in file order, less
   * the users when {@code usersFixed} (the users were given, so they are not uncertain).
   */
  public static List<Parameter> uncertain(Workload w, boolean usersFixed) {
    var list = new ArrayList<Parameter>();
    for (var p : w.parameters().values()) {
      if (p.isSet() && p.low() < p.high() && !(usersFixed && p.key() == WorkloadParameter.USERS)) {
        list.add(p);
      }
    }
    return list;
  }

  /**
   * The plans no other beats on both monthly cost and capacity at {@code base} (as {@link
   * sizing.plan.Optimizer#frontier}), among those that meet the availability and budget goals:
   * cheapest first, each carrying more users than every cheaper one.
   */
  public static List<sizing.model.Plan> frontier(Baseline base) {
    return base.engine().feasibleFrontier().stream().map(sizing.plan.DecisionEngine.Candidate::plan).toList();
  }

  /**
   * The plans a run judges: those named (a scenario of {@code workbook}, or a plan of {@code
   * point}'s candidates by its generated name), or, when {@code names} is empty, the guide's
   * deployments and the cost-capacity {@link #frontier} at {@code point}; each plan once.
   *
   * @throws IllegalArgumentException naming an unknown plan and what is valid
   */
  public static Candidates plans(List<String> names, Workbook workbook, Baseline point) {
    var plans = new ArrayList<Plan>();
    if (names.isEmpty()) {
      workbook.scenarios().values().forEach(s -> plans.add(s.plan()));
      plans.addAll(frontier(point));
    }
    for (var n : names) {
      var s = workbook.scenarios().get(n);
      if (s != null) {
        plans.add(s.plan());
        continue;
      }
      var generated = sizing.plan.PlanGenerator.named(point.catalog(), n);
      if (generated.isEmpty()) {
        throw new IllegalArgumentException("unknown plan '" + n + "' (valid: a scenario, "
            + String.join(", ", new TreeSet<>(workbook.scenarios().keySet()))
            + ", or a generated plan name as in sweep.csv, e.g. " + point.candidates().plan(0).name() + ")");
      }
      plans.add(generated.get());
    }
    var byName = new LinkedHashMap<String, Plan>();
    plans.forEach(p -> byName.putIfAbsent(p.name(), p));
    return Candidates.of(List.copyOf(byName.values()), point.catalog());
  }

  /** The triangular inverse CDF {@code F⁻¹(u)} for minimum {@code a}, mode {@code c}, maximum {@code b} (class comment). */
  public static double triangular(double a, double c, double b, double u) {
    if (!(a <= c && c <= b)) {
      throw new IllegalArgumentException("need low <= mode <= high, was " + a + ", " + c + ", " + b);
    }
    if (a == b) {
      return a;
    }
    if (u <= (c - a) / (b - a)) {
      return a + Math.sqrt(u * (b - a) * (c - a));
    }
    return b - Math.sqrt((1 - u) * (b - a) * (b - c));
  }

  /** The users of a sample: the sampled users when they are uncertain, else the baseline's. */
  private static double usersOf(Baseline base, List<Parameter> params, double[] draw) {
    double users = base.users();
    for (int j = 0; j < params.size(); j++) {
      if (params.get(j).key() == WorkloadParameter.USERS) {
        users = draw[j];
      }
    }
    return users;
  }

  /** The model under one sample's workload. */
  private static SizingModel sampleModel(SizingModel model, List<Parameter> params, double[] draw) {
    if (params.isEmpty()) {
      return model;
    }
    var values = new java.util.EnumMap<WorkloadParameter, Double>(WorkloadParameter.class);
    for (int j = 0; j < params.size(); j++) {
      values.put(params.get(j).key(), draw[j]);
    }
    return model.withWorkload(model.workload().with(values));
  }

  /**
   * {@code samples} draws of the workload, each plan of {@code given} judged under every one (rows cheapest first, as the class comment says);
   * prices, term and goals from {@code base}. Users are {@code base.users()} when {@code
   * usersFixed}, else sampled from the workload's users range.
   */
  public static Table run(Baseline base, Candidates given, boolean usersFixed, int samples, long seed, Progress progress) {
    if (samples < 1) {
      throw new IllegalArgumentException("samples must be at least 1, was " + samples);
    }
    if ((long) samples * given.size() > MAX_PLAN_SAMPLES) {
      throw new IllegalArgumentException(samples + " samples x " + given.size() + " plans is more than "
          + MAX_PLAN_SAMPLES + " plan-samples; take fewer samples or name the plans");
    }
    var model = base.model();
    var params = uncertain(model.workload(), usersFixed);
    int k = params.size();
    var draws = new double[samples][k];
    var rng = new SplittableRandom(seed);
    for (var d : draws) {
      for (int j = 0; j < k; j++) {
        var p = params.get(j);
        d[j] = triangular(p.low(), p.value(), p.high(), rng.nextDouble());
      }
    }
    var market = new Market(given, model, base.catalog(), base.term());
    // the engine keeps its candidates cheapest first: every index below is into that order
    var plans = market.candidates;
    int n = plans.size();
    var staticOk = new boolean[n];
    for (int i = 0; i < n; i++) {
      staticOk[i] = market.withinBudget(i) && market.availableEnough(i);
    }
    // what does not depend on the workload (hosts, workers, limits) is read once per plan
    var templates = new CompiledDeployment[n];
    for (int i = 0; i < n; i++) {
      templates[i] = model.compile(plans.deployment(i));
    }
    var meets = new boolean[n][samples];
    var capacity = new int[n][samples];
    var lo = new int[n][samples];
    var hi = new int[n][samples];
    var llm = new double[samples];
    var done = new AtomicLong();
    progress.update(0, samples);
    // First pass: cheap bounds lo <= capacity <= hi for every plan and sample (exact where the p95
    // goal surely holds at the utilisation limit), and the verdict at the sampled users: from the
    // bounds where they settle it, else from one judgement at those users.
    IntStream.range(0, samples).parallel().forEach(s -> {
      double users = usersOf(base, params, draws[s]);
      SizingModel m = sampleModel(model, params, draws[s]);
      llm[s] = m.llmMonthlyUsd(users);
      for (int i = 0; i < n; i++) {
        var c = templates[i].under(m);
        long b = c.capacityBounds();
        int l = (int) (b >>> 32);
        int h = (int) b;
        lo[i][s] = l;
        hi[i][s] = h;
        var settled = staticOk[i] ? CompiledDeployment.carriesWithin(l, h, users) : Boolean.FALSE;
        // where the bounds do not settle it, one judgement at the sampled users does, while this
        // sample's response-time shapes are at hand (no capacity search needed for it)
        meets[i][s] = settled != null ? settled : c.meetsGoals(users);
      }
      long d = done.incrementAndGet();
      if (d % 512 == 0) {
        progress.update(d / 2, samples);
      }
    });
    // Which samples need the exact capacity: those whose bounds straddle the order statistics the
    // p10 and p50 take (Quantiles, definition 7: ranks floor(h) and floor(h) + 1, h = (n - 1) p).
    // The k-th smallest capacity lies between the k-th smallest lo and the k-th smallest hi; a sample
    // whose hi is below the first or whose lo is above the second stays on its side of it whatever
    // its capacity, so its lo stands in for it and the quantiles are exactly those of the capacities.
    var need = new boolean[n][samples];
    int[] ranks = {Quantiles.lowRank(samples, 0.1), Quantiles.lowRank(samples, 0.5)};
    int[] ranksAbove = {Math.min(samples - 1, ranks[0] + 1), Math.min(samples - 1, ranks[1] + 1)};
    IntStream.range(0, n).parallel().forEach(i -> {
      var los = Quantiles.orderStatistics(lo[i], ranks);
      var his = Quantiles.orderStatistics(hi[i], ranksAbove);
      for (int q = 0; q < ranks.length; q++) {
        int from = los[q];
        int to = his[q];
        for (int s = 0; s < samples; s++) {
          if (lo[i][s] < hi[i][s] && hi[i][s] >= from && lo[i][s] <= to) {
            need[i][s] = true;
          }
        }
      }
      for (int s = 0; s < samples; s++) {
        capacity[i][s] = lo[i][s];
      }
    });
    // Second pass: the exact capacity where it is needed.
    IntStream.range(0, samples).parallel().forEach(s -> {
      SizingModel m = null;
      for (int i = 0; i < n; i++) {
        if (!need[i][s]) {
          continue;
        }
        if (m == null) {
          m = sampleModel(model, params, draws[s]);
        }
        var c = templates[i].under(m);
        capacity[i][s] = c.capacityWithin(CompiledDeployment.pack(lo[i][s], hi[i][s]));
      }
      long d = done.incrementAndGet();
      if (d % 512 == 0 || d == 2L * samples) {
        progress.update(d / 2, samples);
      }
    });
    Arrays.sort(llm);
    double llm50 = Quantiles.ofSorted(llm, 0.5);
    double llm90 = Quantiles.ofSorted(llm, 0.9);

    var t = Table.create("montecarlo");
    var plan = StringColumn.create("plan");
    var family = StringColumn.create("family");
    var monthly = DoubleColumn.create("monthly_usd");
    var p = DoubleColumn.create("p_meets_goals");
    var t50 = DoubleColumn.create("total_monthly_usd_p50");
    var t90 = DoubleColumn.create("total_monthly_usd_p90");
    var c10 = DoubleColumn.create("capacity_users_p10");
    var c50 = DoubleColumn.create("capacity_users_p50");
    var count = IntColumn.create("samples");
    var seeds = LongColumn.create("seed");
    for (int i : market.byCost) {
      var caps = capacity[i];
      plan.append(plans.plan(i).name());
      family.append(plans.deployment(i).family().id());
      monthly.append(market.monthlyUsd[i]);
      int ok = 0;
      for (boolean b : meets[i]) {
        ok += b ? 1 : 0;
      }
      p.append((double) ok / samples);
      t50.append(market.monthlyUsd[i] + llm50);
      t90.append(market.monthlyUsd[i] + llm90);
      c10.append(Quantiles.ofWhole(caps, 0.1));
      c50.append(Quantiles.ofWhole(caps, 0.5));
      count.append(samples);
      seeds.append(seed);
    }
    return t.addColumns(plan, family, monthly, p, t50, t90, c10, c50, count, seeds);
  }
}
