package sizing.chart;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.knowm.xchart.internal.chartpart.Chart;
import sizing.data.Workbook;
import sizing.io.BadInput;
import sizing.model.CommitmentTerm;
import sizing.model.CostModel;
import sizing.model.Deployment;
import sizing.model.Plan;
import sizing.model.PlanCost;
import sizing.model.SizingModel;
import sizing.plan.DecisionEngine;
import sizing.plan.Optimizer;
import sizing.plan.Pricing;
import sizing.plan.PlanResult;
import sizing.sweep.Axis;
import sizing.sweep.Baseline;
import sizing.sweep.Progress;
import sizing.sweep.Sweep;
import tech.tablesaw.api.Table;

/**
 * Every chart of the workbook in one call: computes what it can from a {@link Workbook} (charts a
 * to e) and charts the sensitivity, growth and sweep tables when given them (f, g and h), then
 * writes each as PNG and SVG into a directory, telling a {@link Steps} before each step. The plans
 * are judged at the workload's users; the "optimizer's pick" is the cheapest plan meeting the goals
 * there.
 */
public final class ChartSet {
  /** The guide's deployments chart (c) follows, besides the optimizer's pick. */
  public static final List<String> MAIN_SCENARIOS = List.of("pov", "small-managed", "enterprise-managed");

  /** Months of cash shown by the cumulative-spend chart: the longest term the guide names. */
  public static final int SPEND_MONTHS = 24;

  /**
   * What to chart.
   *
   * @param term the payment term charts a, c, d and e price with (b shows every term)
   * @param llm the LLM the backend calls, from {@code data/llm/models.csv}
   * @param users the users axis of charts c and e
   * @param dpi PNG resolution
   * @param tornado a sensitivity table ({@link Charts#TORNADO_COLUMNS}), or null for no chart f
   * @param growth a growth path ({@link Charts#GROWTH_COLUMNS}), or null for no chart g
   * @param sweep a sweep table ({@link Charts#sweep}), or null for no chart h
   */
  public record Options(String term, String llm, UserRange users, int dpi, Table tornado, Table growth, Table sweep) {
    public Options {
      term = term == null ? "on-demand" : term;
      llm = llm == null ? Workbook.DEFAULT_LLM : llm;
      users = users == null ? UserRange.DEFAULT : users;
      if (dpi < 36 || dpi > 1200) {
        throw new BadInput("--dpi: must be from 36 to 1200, was " + dpi);
      }
    }

    public Options(String term, String llm, UserRange users, int dpi, Table tornado, Table growth) {
      this(term, llm, users, dpi, tornado, growth, null);
    }

    public static Options defaults() {
      return new Options("on-demand", Workbook.DEFAULT_LLM, UserRange.DEFAULT, ChartFiles.DEFAULT_DPI, null, null, null);
    }

    public Options withTornado(Table t) {
      return new Options(term, llm, users, dpi, t, growth, sweep);
    }

    public Options withGrowth(Table t) {
      return new Options(term, llm, users, dpi, tornado, t, sweep);
    }

    public Options withSweep(Table t) {
      return new Options(term, llm, users, dpi, tornado, growth, t);
    }
  }

  /** Told before each step of {@link #write}, so a face can show progress; the library never prints. */
  @FunctionalInterface
  public interface Steps {
    /** Ignores every step. */
    Steps NONE = (done, total, next) -> {};

    /** {@code done} of {@code total} steps are finished and {@code next} starts now ({@code ""} after the last). */
    void update(int done, int total, String next);
  }

  private ChartSet() {}

  /** {@link #write(Workbook, Options, Path, Steps)} without telling anyone. */
  public static List<Path> write(Workbook workbook, Options options, Path dir) {
    return write(workbook, options, dir, Steps.NONE);
  }

  /**
   * Writes every chart it can into {@code dir} as {@code NAME.png} and {@code NAME.svg}; returns
   * the files in the order written. An unknown term or LLM, or a directory that cannot be written,
   * is a {@link BadInput} naming the option or directory, thrown before anything is computed.
   */
  public static List<Path> write(Workbook workbook, Options options, Path dir, Steps steps) {
    var term = choose("--term", options.term(), workbook.terms());
    SizingModel model;
    try {
      model = workbook.model(options.llm());
    } catch (NoSuchElementException e) {
      throw new BadInput("--llm: " + e.getMessage());
    }
    requireWritable(dir);
    return draw(workbook, options, dir, steps, Baseline.of(workbook, model, term, workbook.workload().users()));
  }

  /**
   * {@link #write(Workbook, Options, Path, Steps)} from a baseline the caller has built already
   * (its decision engine judged once for both), which must be the workbook's buying catalog, users
   * and the options' term and LLM.
   *
   * @throws IllegalArgumentException when {@code base} is not for the options' term and LLM
   */
  public static List<Path> write(Workbook workbook, Options options, Path dir, Steps steps, Baseline base) {
    String llm = options.llm() == null ? workbook.model().llm().name() : options.llm();
    String term = options.term() == null ? "on-demand" : options.term();
    if (!base.term().name().equals(term) || !base.model().llm().name().equals(llm)
        || base.catalog() != workbook.buying() || base.users() != workbook.workload().users()) {
      throw new IllegalArgumentException("the baseline is for " + base.term().name() + " and " + base.model().llm().name()
          + ", the charts for " + term + " and " + llm);
    }
    requireWritable(dir);
    return draw(workbook, options, dir, steps, base);
  }

  private static List<Path> draw(Workbook workbook, Options options, Path dir, Steps steps, Baseline base) {
    var catalog = base.catalog();
    var term = base.term();
    var model = base.model();
    double users = base.users();

    // the steps, each a chart but the first two, which judge every plan and find the pick at each number of users
    var charts = new LinkedHashMap<String, Supplier<Optional<Chart<?, ?>>>>();
    var plans = base.engine().candidates().stream().map(DecisionEngine.Candidate::plan).toList();
    var judged = new ArrayList<PlanResult>();
    var scenarios = new ArrayList<PlanResult>();
    var pick = new ArrayList<PlanResult>();
    var pickTable = new ArrayList<Table>();
    var pricing = new Pricing(catalog, term, model);
    charts.put("judging " + ChartText.num(plans.size()) + " candidate plans at " + ChartText.num(users) + " users", () -> {
      judged.addAll(Optimizer.judgeAll(plans, pricing, users));
      workbook.scenarios().values().forEach(s -> scenarios.add(Optimizer.judge(s.plan(), pricing, users)));
      Optimizer.cheapest(plans, pricing, users).ifPresent(pick::add);
      return Optional.empty();
    });
    charts.put("a-cost-vs-capacity", () -> Optional.of(Charts.costVersusCapacity(judged, scenarios, model.workload())));
    charts.put("b-reserved-savings", () -> {
      var byTerm = new ArrayList<PlanCost>();
      for (var s : workbook.scenarios().values()) {
        byTerm.addAll(pricedUnderEveryTerm(s.plan(), workbook));
      }
      return Optional.of(Charts.reservedSavings(byTerm));
    });
    charts.put("b-cumulative-spend", () -> pick.stream().findFirst()
        .map(p -> Charts.cumulativeSpend(pricedUnderEveryTerm(p.cost().plan(), workbook), SPEND_MONTHS)));
    charts.put("c-p95-vs-users", () -> Optional.of(Charts.p95VersusUsers(model,
        comparedPlans(workbook, pick.stream().findFirst(), users), options.users().values())));
    charts.put("d-availability-vs-cost", () -> Optional.of(Charts.availabilityVersusCost(judged, scenarios,
        model.goals().availabilityPct())));
    charts.put("finding the cheapest plan at " + options.users().values().length + " numbers of users", () -> {
      pickTable.add(pickTable(base, options.users().values()));
      return Optional.empty();
    });
    charts.put("e-hosting-vs-llm", () -> Optional.of(Charts.hostingVersusLlm(pickTable.get(0), model.llm().name())));
    if (options.tornado() != null) {
      TableColumns.require(options.tornado(), Charts.TORNADO_COLUMNS);
      var outputs = new LinkedHashSet<>(TableColumns.distinct(options.tornado(), "output"));
      for (var output : outputs) {
        String name = outputs.size() == 1 ? "f-tornado" : "f-tornado-" + output.replaceAll("[^A-Za-z0-9._-]+", "_");
        charts.put(name, () -> Optional.of(Charts.tornado(options.tornado(), output)));
      }
    }
    if (options.growth() != null) {
      var names = PlanNames.index(workbook);
      charts.put("g-growth-capacity", () -> Optional.of(Charts.growthCapacity(options.growth(), names)));
      charts.put("g-growth-cost", () -> Optional.of(Charts.growthCost(options.growth(), names)));
    }
    if (options.sweep() != null) {
      var units = new TreeMap<String, String>();
      model.workload().parameters().forEach((key, p) -> units.put(p.name(), p.unit()));
      charts.put("h-sweep", () -> Charts.sweep(options.sweep(), units));
    }

    var files = new ArrayList<Path>();
    int done = 0;
    for (var e : charts.entrySet()) {
      steps.update(done++, charts.size(), e.getKey());
      var chart = e.getValue().get();
      if (chart.isPresent()) {
        files.addAll(ChartFiles.both(chart.get(), dir, e.getKey(), options.dpi()));
      }
    }
    steps.update(done, charts.size(), "");
    return files;
  }

  /**
   * The plans chart (c) compares, named by what they buy: the guide's {@link #MAIN_SCENARIOS} and
   * the optimizer's pick at {@code users} when there is one.
   */
  public static Map<String, Deployment> comparedPlans(Workbook workbook, Optional<PlanResult> pick, double users) {
    var main = new LinkedHashMap<String, Deployment>();
    for (var name : MAIN_SCENARIOS) {
      var s = workbook.scenarios().get(name);
      if (s != null) {
        var d = Deployment.of(s.plan(), workbook.buying());
        main.put("guide: " + PlanNames.of(d), d);
      }
    }
    pick.ifPresent(p -> main.put("cheapest at " + ChartText.num(users) + " users: " + PlanNames.of(p.deployment()),
        p.deployment()));
    return main;
  }

  /** {@code plan} priced under every term of the workbook, in the file's order (on demand first). */
  public static List<PlanCost> pricedUnderEveryTerm(Plan plan, Workbook workbook) {
    return workbook.terms().values().stream().map(t -> CostModel.price(plan, workbook.buying(), t)).toList();
  }

  /**
   * The cheapest plan meeting the goals at each number of users, found by a {@link Sweep} over the
   * users from {@code base} (its decision engine's frontier): {@code concurrent_users}, {@code
   * plan}, {@code monthly_usd} and {@code llm_monthly_usd}, NaN and plan {@code none} where no plan
   * meets the goals, as in the sweep's table.
   */
  public static Table pickTable(Baseline base, double[] users) {
    var values = new ArrayList<Object>();
    for (double u : users) {
      values.add(u);
    }
    var sweep = Sweep.run(base, List.of(new Axis(Axis.USERS, values)), Sweep.Mode.PICK, Progress.NONE);
    return sweep.selectColumns("concurrent_users", "plan", "monthly_usd", "llm_monthly_usd").setName("pick");
  }

  /** {@link #pickTable(Baseline, double[])} over every plan the workbook's catalog allows, priced under {@code term}. */
  public static Table pickTable(Workbook workbook, CommitmentTerm term, SizingModel model, double[] users) {
    return pickTable(Baseline.of(workbook, model, term, users.length == 0 ? workbook.workload().users() : users[0]), users);
  }

  /** The value {@code key} names in {@code map}; a {@link BadInput} naming the option and the valid keys otherwise. */
  private static <T> T choose(String option, String key, Map<String, T> map) {
    var value = map.get(key);
    if (value == null) {
      throw new BadInput(option + ": unknown value '" + key + "' (valid: " + String.join(", ", map.keySet()) + ")");
    }
    return value;
  }

  /** Fails early, before any chart is computed, when {@code dir} cannot be made or written. */
  private static void requireWritable(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (FileAlreadyExistsException e) {
      throw new BadInput("cannot write " + dir + ": a file, not a directory, is in the way");
    } catch (FileSystemException e) {
      throw new BadInput("cannot write " + dir + ": " + (e.getReason() == null ? e.getClass().getSimpleName() : e.getReason()));
    } catch (IOException e) {
      throw new BadInput("cannot write " + dir + ": " + e.getMessage());
    }
    if (!Files.isDirectory(dir) || !Files.isWritable(dir)) {
      throw new BadInput("cannot write " + dir + ": not a writable directory");
    }
  }
}
