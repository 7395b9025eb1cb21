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

  /**
   * {@code samples} draws of the workload, each plan of {@code plans} judged under every one;
   * prices, term and goals from {@code base}. Users are {@code base.users()} when {@code
   * usersFixed}, else sampled from the workload's users range.
   */
  public static Table run(Baseline base, Candidates plans, boolean usersFixed, int samples, long seed, Progress progress) {
    if (samples < 1) {
      throw new IllegalArgumentException("samples must be at least 1, was " + samples);
    }
    if ((long) samples * plans.size() > MAX_PLAN_SAMPLES) {
      throw new IllegalArgumentException(samples + " samples x " + plans.size() + " plans is more than "
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
    var market = new Market(plans, model, base.catalog(), base.term());
    int n = plans.size();
    var staticOk = new boolean[n];
    for (int i = 0; i < n; i++) {
      staticOk[i] = market.withinBudget(i) && market.availableEnough(i);
    }
    // what does not depend on the workload (hosts, workers, limits) is read once per plan
    var templates = new sizing.model.CompiledDeployment[n];
    for (int i = 0; i < n; i++) {
      templates[i] = model.compile(plans.deployment(i));
    }
    var meets = new boolean[n][samples];
    var capacity = new double[n][samples];
    var llm = new double[samples];
    var done = new AtomicLong();
    progress.update(0, samples);
    IntStream.range(0, samples).parallel().forEach(s -> {
      var values = new LinkedHashMap<WorkloadParameter, Double>();
      double users = base.users();
      for (int j = 0; j < k; j++) {
        values.put(params.get(j).key(), draws[s][j]);
        if (params.get(j).key() == WorkloadParameter.USERS) {
          users = draws[s][j];
        }
      }
      SizingModel m = k == 0 ? model : model.withWorkload(model.workload().with(values));
      llm[s] = m.llmMonthlyUsd(users);
      for (int i = 0; i < n; i++) {
        var c = templates[i].under(m);
        capacity[i][s] = c.capacity();
        meets[i][s] = staticOk[i] && c.carries(users);
      }
      long d = done.incrementAndGet();
      if (d % 256 == 0 || d == samples) {
        progress.update(d, samples);
      }
    });
    // the sorts for the quantiles, one array per plan, on every core too
    IntStream.range(0, n + 1).parallel().forEach(i -> Arrays.sort(i == n ? llm : capacity[i]));
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
      c10.append(Quantiles.ofSorted(caps, 0.1));
      c50.append(Quantiles.ofSorted(caps, 0.5));
      count.append(samples);
      seeds.append(seed);
    }
    return t.addColumns(plan, family, monthly, p, t50, t90, c10, c50, count, seeds);
  }
}
