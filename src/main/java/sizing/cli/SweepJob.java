package sizing.cli;

import sizing.chart.UserRange;
import sizing.io.AtomicFiles;
import sizing.io.OutputDir;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import sizing.data.DataDir;
import sizing.data.MigrationPathLoader;
import sizing.data.Workbook;
import sizing.model.Figures;
import sizing.model.SizingModel;
import sizing.plan.DecisionEngine;
import sizing.plan.PlanGenerator;
import sizing.sweep.Axis;
import sizing.sweep.Baseline;
import sizing.sweep.Candidates;
import sizing.sweep.Growth;
import sizing.sweep.MonteCarlo;
import sizing.sweep.Sweep;
import sizing.sweep.Tornado;
import sizing.table.Render;
import sizing.table.Width;
import tech.tablesaw.api.Table;

/** What {@code jbang sweep} does, given its parsed arguments: check them, compute the tables, write the files. */
public final class SweepJob {
  /** The most rows a sheet of an Excel workbook holds, less the header row. */
  public static final int EXCEL_MAX_ROWS = 1_048_575;
  /** The most rows printed to the terminal; a larger sweep is only written to files. */
  static final int PRINT_MAX_ROWS = 60;
  /** The Monte Carlo plans printed, the likeliest to meet the goals first; all are in montecarlo.csv. */
  static final int PRINT_MONTE_CARLO_PLANS = 10;

  private SweepJob() {}

  /**
   * The arguments of {@code sweep}; null, NaN or 0 when not given.
   *
   * @param users {@code --users} as typed (range or list)
   * @param vary each {@code --vary NAME=RANGE} as typed
   * @param term {@code --term}: one term, or a list to vary it
   * @param llm {@code --llm}: one model, or a list to vary it
   * @param monteCarlo samples, 0 for none
   * @param seed the Monte Carlo seed, null for the default
   * @param growthPct monthly growth, NaN for no growth path
   * @param months months of the growth path, 0 for the default
   * @param startUsers users in month 1, NaN for the workload's users
   * @param plans plans the Monte Carlo judges; empty for the default set
   * @param force replace an {@code out} folder that holds files the workbook did not write (see
   *     {@link OutputDir})
   * @param width the width the printed tables and lines fit
   */
  public record Request(
      String users, List<String> vary, Sweep.Mode mode, String term, String llm, List<Path> prices, Path workload,
      Path out, int monteCarlo, Long seed, double growthPct, int months, double startUsers, List<String> plans,
      boolean force, Width width) {
    public Request {
      vary = List.copyOf(vary);
      prices = List.copyOf(prices);
      plans = List.copyOf(plans);
      java.util.Objects.requireNonNull(width, "width");
    }

    /** A request printed at full width ({@link Width#UNLIMITED}). */
    public Request(
        String users, List<String> vary, Sweep.Mode mode, String term, String llm, List<Path> prices, Path workload,
        Path out, int monteCarlo, Long seed, double growthPct, int months, double startUsers, List<String> plans,
        boolean force) {
      this(users, vary, mode, term, llm, prices, workload, out, monteCarlo, seed, growthPct, months, startUsers, plans,
          force, Width.UNLIMITED);
    }

    /** A request that never replaces a folder it did not write. */
    public Request(
        String users, List<String> vary, Sweep.Mode mode, String term, String llm, List<Path> prices, Path workload,
        Path out, int monteCarlo, Long seed, double growthPct, int months, double startUsers, List<String> plans) {
      this(users, vary, mode, term, llm, prices, workload, out, monteCarlo, seed, growthPct, months, startUsers, plans, false);
    }
  }

  /**
   * The most cells (rows x columns) a sweep's table may hold: a million and a half, about 115,000
   * rows. Measured with Tablesaw's Excel writer, which kept the whole workbook in memory, about a
   * kilobyte of Java heap a cell (1.9 million cells ran out of a 1 GB heap and fitted in 2 GB; 0.57
   * million fitted in 1 GB), so a run stays within the 2 GB heap a JVM takes by default on an 8 GB
   * machine. {@link sizing.table.Xlsx} writes a row at a time and needs less; the limit stays, as a
   * bound on the table and its CSV, which are held in memory whole.
   */
  public static final long MAX_CELLS = 1_500_000;
  /**
   * The most plan judgements a sweep may need, counted at worst as combinations x plans: a billion,
   * some tens of seconds on one core at the rates in the README's Speed section.
   */
  public static final long MAX_JUDGEMENTS = 1_000_000_000L;

  /** Months of the growth path when {@code --months} is not given: the guide's two-year horizon (its 2-year term). */
  public static final int DEFAULT_MONTHS = 24;

  /** The result: the tables computed and the summary printed on standard output. */
  public record Result(Table sweep, Table monteCarlo, Table tornado, Table growth, String summary) {}

  public static Result run(Request request, ProgressFactory progress) {
    var dataDir = DataDir.locate();
    var workloadFile = request.workload() == null ? Workbook.defaultWorkload(dataDir) : request.workload();
    var workbook = Workbook.load(dataDir, request.prices(), workloadFile);
    return run(request, workbook, progress);
  }

  /** Creates the progress bars of a run, one per table. */
  @FunctionalInterface
  public interface ProgressFactory {
    ProgressBar bar(String label);
  }

  public static Result run(Request request, Workbook workbook, ProgressFactory progress) {
    checkCombinations(request);
    if (request.llm() == null) {
      workbook.model(); // the default LLM missing from the models file is that file's error, not --llm's
    }
    var choices = provisional(workbook);
    var termChoice = usage(() -> Axis.parse("--term", Axis.TERM, request.term() == null ? "on-demand" : request.term(), choices));
    var llmChoice = usage(() -> Axis.parse("--llm", Axis.LLM_MODEL, request.llm() == null ? Workbook.DEFAULT_LLM : request.llm(), choices));
    SizingModel model;
    try {
      model = workbook.model((String) llmChoice.values().get(0));
    } catch (NoSuchElementException e) {
      throw Cli.usage("--llm", e);
    }
    var term = workbook.terms().get((String) termChoice.values().get(0));
    var base = Baseline.of(workbook, model, term, workbook.workload().users());

    var axes = new ArrayList<Axis>();
    Axis usersAxis = null;
    if (request.users() != null) {
      usersAxis = usage(() -> Axis.parse("--users", Axis.USERS, request.users(), base));
      axes.add(usersAxis);
    }
    for (var v : request.vary()) {
      int eq = v.indexOf('=');
      if (eq <= 0) {
        throw new UsageException("--vary: '" + v + "' is not NAME=RANGE (e.g. concurrent_users=10..500:10 or llm_model=gpt-4,gpt-4o)");
      }
      var name = v.substring(0, eq).strip();
      var axis = usage(() -> Axis.parse("--vary " + name, name, v.substring(eq + 1), base));
      if (axes.stream().anyMatch(a -> a.name().equals(name))) {
        throw new UsageException("--vary " + name + ": " + name + " is already varied"
            + (name.equals(Axis.USERS) ? " by --users" : name.equals(Axis.TERM) ? " by --term" : name.equals(Axis.LLM_MODEL) ? " by --llm" : ""));
      }
      if (name.equals(Axis.USERS)) {
        usersAxis = axis;
      }
      axes.add(axis);
    }
    for (var choice : List.of(llmChoice, termChoice)) {
      if (choice.size() > 1) {
        if (axes.stream().anyMatch(a -> a.name().equals(choice.name()))) {
          throw new UsageException("--vary " + choice.name() + ": " + choice.name() + " is already varied by --"
              + (choice.name().equals(Axis.TERM) ? "term" : "llm"));
        }
        axes.add(choice);
      }
    }
    boolean usersFixed = usersAxis != null;
    var point = base;
    if (usersFixed) {
      if (usersAxis.size() > 1 && request.monteCarlo() > 0) {
        throw new UsageException("--monte-carlo: give --users as one number, or leave it out to sample the workload's users range");
      }
      point = base.withUsers((Double) usersAxis.values().get(0));
    }
    Candidates mcPlans = null;
    if (request.monteCarlo() > 0) {
      try {
        mcPlans = MonteCarlo.plans(request.plans(), workbook, point);
      } catch (IllegalArgumentException e) {
        throw new UsageException("--plan: " + e.getMessage());
      }
      if ((long) request.monteCarlo() * mcPlans.size() > MonteCarlo.MAX_PLAN_SAMPLES) {
        throw new UsageException("--monte-carlo: " + request.monteCarlo() + " samples x " + mcPlans.size()
            + " plans is more than " + MonteCarlo.MAX_PLAN_SAMPLES + " plan-samples; take fewer samples or fewer --plan");
      }
    }
    var phases = Double.isNaN(request.growthPct()) ? null
        : MigrationPathLoader.read(MigrationPathLoader.file(workbook.dataDir()), workbook.scenarios());
    double startUsers = Double.isNaN(request.startUsers()) ? workbook.workload().users() : request.startUsers();
    int months = request.months() > 0 ? request.months() : DEFAULT_MONTHS;
    if (phases != null) {
      if (!(startUsers >= 1 && startUsers <= SizingModel.MAX_USERS && startUsers == Math.rint(startUsers))) {
        throw new UsageException("--start-users: must be a whole number from 1 to " + SizingModel.MAX_USERS);
      }
      if (!(request.growthPct() > -100) || Double.isInfinite(request.growthPct())) {
        throw new UsageException("--growth: must be a percentage above -100, was " + request.growthPct());
      }
      if (months > Growth.MAX_MONTHS) {
        throw new UsageException("--months: at most " + Growth.MAX_MONTHS + ", was " + months);
      }
      double last = Growth.usersInMonth(startUsers, request.growthPct(), months);
      if (!(last <= SizingModel.MAX_USERS)) {
        throw new UsageException(String.format(Locale.ROOT,
            "--growth: %s%% a month from %s users reaches %s users in month %d, more than the %,d the model judges;"
                + " give a lower rate or fewer --months", Figures.plain(request.growthPct()), Figures.plain(startUsers),
            Double.isFinite(last) ? String.format(Locale.ROOT, "%,.0f", last) : "unbounded", months, SizingModel.MAX_USERS));
      }
    }
    long combinations = 1;
    for (var a : axes) {
      combinations = times(combinations, a.size());
    }
    long rows = request.mode() == Sweep.Mode.ALL ? times(combinations, base.candidates().size()) : combinations;
    if (rows > EXCEL_MAX_ROWS) {
      throw new UsageException(String.format(Locale.ROOT,
          "--mode %s: the sweep would have %,d rows, more than an Excel sheet holds (%,d); narrow the ranges%s",
          request.mode().id(), rows, EXCEL_MAX_ROWS, request.mode() == Sweep.Mode.ALL ? " or use --mode pick" : ""));
    }
    long cells = times(rows, axes.size() + Sweep.RESULT_COLUMNS.size());
    if (cells > MAX_CELLS) {
      throw new UsageException(String.format(Locale.ROOT,
          "%s: the sweep would write %,d rows x %d columns = %,d cells, more than the %,d a run may hold in memory;"
              + " narrow the ranges or take larger steps", rangeOptions(request), rows, axes.size() + Sweep.RESULT_COLUMNS.size(), cells, MAX_CELLS));
    }
    long judgements = times(combinations, base.candidates().size());
    if (judgements > MAX_JUDGEMENTS) {
      throw new UsageException(String.format(Locale.ROOT,
          "%s: %,d combinations x %,d plans is up to %,d plan judgements, more than the %,d a run may take;"
              + " narrow the ranges or take larger steps", rangeOptions(request), combinations, base.candidates().size(), judgements, MAX_JUDGEMENTS));
    }
    try (var dir = OutputDir.open("--out", request.out(), "sweep", request.force())) {
      var result = compute(request, workbook, progress, base, point, axes, usersAxis, combinations, usersFixed, mcPlans, phases,
          startUsers, months, term, model, dir.stage());
      dir.commit();
      return result;
    }
  }

  private static Result compute(Request request, Workbook workbook, ProgressFactory progress, Baseline base, Baseline point,
      List<Axis> axes, Axis usersAxis, long combinations, boolean usersFixed, Candidates mcPlans, List<sizing.model.MigrationPhase> phases,
      double startUsers, int months, sizing.model.CommitmentTerm term, SizingModel model, Path out) {

    var files = new LinkedHashMap<String, byte[]>();
    var summary = new StringBuilder();
    var width = request.width();
    Table sweep;
    try (var bar = progress.bar("sweep")) {
      sweep = Sweep.run(base, axes, request.mode(), bar);
    }
    files.put("sweep.csv", Render.csv(sweep).getBytes(StandardCharsets.UTF_8));
    files.put("sweep.xlsx", sizing.table.Xlsx.bytes(sweep));
    summary.append(axes.isEmpty()
        ? String.format(Locale.ROOT, "sweep: the base point (nothing varied), mode %s: %,d row%s%n", request.mode().id(),
            sweep.rowCount(), sweep.rowCount() == 1 ? "" : "s")
        : String.format(Locale.ROOT, "sweep: %,d combination%s of %s, mode %s: %,d row%s%n", combinations,
            combinations == 1 ? "" : "s", String.join(" x ", axes.stream().map(Axis::name).toList()),
            request.mode().id(), sweep.rowCount(), sweep.rowCount() == 1 ? "" : "s"));
    if (request.mode() == Sweep.Mode.PICK && sweep.rowCount() <= PRINT_MAX_ROWS) {
      var view = sweep.copy();
      view.removeColumns("family", "feasible", "p95_seconds", "availability_pct", "llm_monthly_usd");
      if (!width.wide() && view.columnNames().contains("term") && view.stringColumn("term").countUnique() == 1) {
        summary.append("term: ").append(view.stringColumn("term").get(0)).append(" throughout\n");
        view.removeColumns("term"); // said once above; in sweep.csv, sweep.xlsx and --wide
      }
      summary.append('\n').append(Render.text(view, width)).append('\n');
    }

    Table mc = null;
    Table tornado = null;
    if (request.monteCarlo() > 0) {
      long seed = request.seed() == null ? MonteCarlo.DEFAULT_SEED : request.seed();
      try (var bar = progress.bar("monte carlo")) {
        mc = MonteCarlo.run(point, mcPlans, usersFixed, request.monteCarlo(), seed, bar);
      }
      tornado = Tornado.run(point, usersFixed);
      files.put("montecarlo.csv", Render.csv(mc).getBytes(StandardCharsets.UTF_8));
      files.put("tornado.csv", Render.csv(tornado).getBytes(StandardCharsets.UTF_8));
      summary.append(String.format(Locale.ROOT, "montecarlo: %d plans x %,d samples (seed %d), %s%n", mc.rowCount(),
          request.monteCarlo(), seed, usersFixed ? "users fixed at " + Axis.USERS + " " + Figures.plain(point.users())
              : "users sampled from the workload's range"));
      summary.append(tornado.rowCount() == 0
          ? "tornado: no plan meets every goal at the base point, so there is no recommended plan to vary\n"
          : "tornado: " + tornado.name().substring("tornado ".length()) + ", " + tornado.rowCount() / 2
              + " uncertain inputs x capacity_users, total_monthly_usd\n");
      summary.append('\n').append(monteCarloAnswer(mc, width));
    }
    Table growth = null;
    if (phases != null) {
      growth = Growth.path(point, startUsers, request.growthPct(), months, phases, workbook.scenarios());
      files.put("growth.csv", Render.csv(growth).getBytes(StandardCharsets.UTF_8));
      long migrations = growth.booleanColumn("migrates").countTrue();
      summary.append(String.format(Locale.ROOT, "growth: %d months from %s users at %s%%/month, %d migration%s%n", months,
          Figures.plain(startUsers), Figures.plain(request.growthPct()), migrations, migrations == 1 ? "" : "s"));
      summary.append('\n').append(growthAnswer(growth, width));
    }
    summary.append('\n');
    for (var f : files.entrySet()) {
      AtomicFiles.write(out.resolve(f.getKey()), f.getValue());
    }
    summary.append("wrote ").append(String.join(", ", files.keySet())).append(" to ").append(request.out()).append('\n');
    var usersValues = usersAxis == null ? List.<Double>of() : usersAxis.values().stream().map(v -> (Double) v).toList();
    var chartUsers = UserRange.of(usersValues);
    var chartOptions = new sizing.chart.ChartSet.Options(term.name(), model.llm().name(), chartUsers.orElse(UserRange.DEFAULT),
        sizing.chart.ChartFiles.DEFAULT_DPI, tornado, growth, sweep);
    List<Path> charts;
    try (var bar = progress.bar("charts")) {
      charts = sizing.chart.ChartSet.write(workbook, chartOptions, out, (done, total, next) -> bar.update(done, total), base);
    }
    summary.append("charts: ").append(charts.size()).append(" files (PNG and SVG) in ").append(request.out()).append('\n');
    if (usersValues.size() > 1 && chartUsers.isEmpty()) {
      summary.append("charts: users axis ").append(UserRange.DEFAULT).append(": the sweep's users are not evenly spaced, or more than ")
          .append(UserRange.MAX_VALUES).append(" to draw\n");
    }
    if (term.assumption()) {
      summary.append("Note: ").append(term.assumptionNote()).append(".\n");
    }
    return new Result(sweep, mc, tornado, growth, width.wrap(summary.toString()));
  }

  /**
   * The Monte Carlo's answer: the {@value #PRINT_MONTE_CARLO_PLANS} plans likeliest to meet every
   * goal (the cheaper first among equals), each with that chance and its P50 and P90 total monthly
   * cost (hosting and LLM); every plan is in montecarlo.csv.
   */
  static String monteCarloAnswer(Table mc, Width width) {
    var sorted = mc.sortDescendingOn("p_meets_goals");
    var rows = new ArrayList<Integer>();
    for (int r = 0; r < sorted.rowCount(); r++) {
      rows.add(r);
    }
    rows.sort(java.util.Comparator.<Integer>comparingDouble(r -> -sorted.doubleColumn("p_meets_goals").getDouble(r))
        .thenComparingDouble(r -> sorted.doubleColumn("monthly_usd").getDouble(r)));
    var shown = rows.subList(0, Math.min(rows.size(), width.wide() ? rows.size() : PRINT_MONTE_CARLO_PLANS));
    var grid = sizing.table.Grid.of("monte carlo",
        sizing.table.Grid.text("plan", shown, r -> sorted.stringColumn("plan").get(r)),
        sizing.table.Grid.numbers("meets_goals_pct", shown, r -> 100 * sorted.doubleColumn("p_meets_goals").getDouble(r)),
        sizing.table.Grid.numbers("hosting_monthly_usd", shown, r -> sorted.doubleColumn("monthly_usd").getDouble(r)),
        sizing.table.Grid.numbers("total_monthly_p50_usd", shown, r -> sorted.doubleColumn("total_monthly_usd_p50").getDouble(r)),
        sizing.table.Grid.numbers("total_monthly_p90_usd", shown, r -> sorted.doubleColumn("total_monthly_usd_p90").getDouble(r)));
    var sb = new StringBuilder("How likely each plan is to meet every goal, and its total monthly cost (hosting and LLM):\n\n");
    sb.append(Render.text(grid, width));
    if (shown.size() < rows.size()) {
      sb.append(String.format(Locale.ROOT, "(the %d likeliest of %d plans; all are in montecarlo.csv, or --wide)%n",
          shown.size(), rows.size()));
    }
    return sb.toString();
  }

  /** The growth path's answer: month, users, plan and its monthly cost, and the months no plan serves. */
  static String growthAnswer(Table growth, Width width) {
    var months = new ArrayList<Integer>();
    var none = new ArrayList<Integer>();
    for (int r = 0; r < growth.rowCount(); r++) {
      months.add(r);
      if ("none".equals(growth.stringColumn("plan").get(r))) {
        none.add(growth.intColumn("month").get(r));
      }
    }
    var grid = sizing.table.Grid.of("growth",
        sizing.table.Grid.counts("month", months, r -> growth.intColumn("month").get(r)),
        sizing.table.Grid.numbers("users", months, r -> growth.column("users") instanceof tech.tablesaw.api.NumericColumn<?> n
            ? n.getDouble(r) : Double.NaN),
        sizing.table.Grid.text("plan", months, r -> growth.stringColumn("plan").get(r)),
        sizing.table.Grid.numbers("monthly_usd", months, r -> ((tech.tablesaw.api.NumericColumn<?>) growth.column("monthly_usd")).getDouble(r)),
        sizing.table.Grid.text("migrates", months, r -> growth.booleanColumn("migrates").get(r) ? "yes" : ""));
    var sb = new StringBuilder(Render.text(grid, width));
    sb.append(none.isEmpty() ? "Every month has a plan that meets every goal.\n"
        : "No plan meets every goal in month" + (none.size() == 1 ? " " : "s ") + String.join(", ",
            none.stream().map(String::valueOf).toList()) + ".\n");
    return sb.toString();
  }

  /** The options that set the sweep's ranges, as the user gave them: for messages about its size. */
  private static String rangeOptions(Request r) {
    var given = new ArrayList<String>();
    if (r.users() != null) {
      given.add("--users");
    }
    if (!r.vary().isEmpty()) {
      given.add("--vary");
    }
    if (r.term() != null && r.term().contains(",")) {
      given.add("--term");
    }
    if (r.llm() != null && r.llm().contains(",")) {
      given.add("--llm");
    }
    return given.isEmpty() ? "--mode" : String.join("/", given);
  }

  /** {@code a * b}, or {@link Long#MAX_VALUE} when that overflows. */
  private static long times(long a, long b) {
    return b != 0 && a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
  }

  private static void checkCombinations(Request r) {
    if (Double.isNaN(r.growthPct()) && (r.months() > 0 || !Double.isNaN(r.startUsers()))) {
      throw new UsageException((r.months() > 0 ? "--months" : "--start-users") + ": needs --growth RATE_PCT");
    }
    if (r.monteCarlo() < 0) {
      throw new UsageException("--monte-carlo: must be a number of samples, at least 1, was " + r.monteCarlo());
    }
    if (r.monteCarlo() == 0 && (r.seed() != null || !r.plans().isEmpty())) {
      throw new UsageException((r.seed() != null ? "--seed" : "--plan") + ": needs --monte-carlo N");
    }
    if (r.months() < 0) {
      throw new UsageException("--months: must be at least 1, was " + r.months());
    }
  }

  private static Baseline provisional(Workbook workbook) {
    return new Baseline(workbook.model(), workbook.catalog(), workbook.terms().values().iterator().next(),
        workbook.workload().users(), workbook.llmModels(), workbook.terms(), PlanGenerator.MAX_BACKENDS,
        DecisionEngine.over(List.of(), workbook.catalog(), workbook.terms().values().iterator().next(), workbook.model()));
  }

  private static <T> T usage(java.util.function.Supplier<T> parse) {
    try {
      return parse.get();
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }
}
