package sizing.chart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.NoSuchElementException;
import sizing.cli.Cli;
import sizing.cli.UsageException;
import sizing.data.Workbook;
import sizing.model.CommitmentTerm;
import sizing.model.CostModel;
import sizing.model.Deployment;
import sizing.model.Plan;
import sizing.model.PlanCost;
import sizing.model.SizingModel;
import sizing.plan.Optimizer;
import sizing.plan.PlanGenerator;
import sizing.plan.PlanResult;
import sizing.plan.Pricing;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Every chart of the workbook in one call: computes what it can from a {@link Workbook} (charts a
 * to e) and charts the sensitivity and growth tables when given them (f and g), then writes each
 * as PNG and SVG into a directory. The plans are judged at the workload's users; the "optimizer's
 * pick" is the cheapest plan meeting the goals there.
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
   */
  public record Options(String term, String llm, UserRange users, int dpi, Table tornado, Table growth) {
    public Options {
      term = term == null ? "on-demand" : term;
      llm = llm == null ? Workbook.DEFAULT_LLM : llm;
      users = users == null ? UserRange.DEFAULT : users;
      if (dpi < 36 || dpi > 1200) {
        throw new IllegalArgumentException("dpi must be from 36 to 1200, was " + dpi);
      }
    }

    public static Options defaults() {
      return new Options("on-demand", Workbook.DEFAULT_LLM, UserRange.DEFAULT, ChartFiles.DEFAULT_DPI, null, null);
    }

    public Options withTornado(Table t) {
      return new Options(term, llm, users, dpi, t, growth);
    }

    public Options withGrowth(Table t) {
      return new Options(term, llm, users, dpi, tornado, t);
    }
  }

  private ChartSet() {}

  /**
   * Writes every chart it can into {@code dir} as {@code NAME.png} and {@code NAME.svg}; returns
   * the files in the order written. An unknown term or LLM, or a directory that cannot be written,
   * is a {@link sizing.cli.UsageException}.
   */
  public static List<Path> write(Workbook workbook, Options options, Path dir) {
    requireWritable(dir);
    var term = Cli.choose("--term", options.term(), workbook.terms());
    SizingModel model;
    try {
      model = workbook.model(options.llm());
    } catch (NoSuchElementException e) {
      throw Cli.usage("--llm", e);
    }
    var catalog = workbook.catalog();
    double users = workbook.workload().users();
    var plans = PlanGenerator.generate(catalog);
    var pricing = new Pricing(catalog, term, model);
    var judged = Optimizer.judgeAll(plans, pricing, users);
    var scenarios = new ArrayList<PlanResult>();
    for (var s : workbook.scenarios().values()) {
      scenarios.add(Optimizer.judge(s.plan(), pricing, users));
    }
    var pick = Optimizer.cheapest(plans, pricing, users);

    var files = new ArrayList<Path>();
    int dpi = options.dpi();
    files.addAll(ChartFiles.both(Charts.costVersusCapacity(judged, scenarios), dir, "a-cost-vs-capacity", dpi));

    var byTerm = new ArrayList<PlanCost>();
    for (var s : workbook.scenarios().values()) {
      for (var t : workbook.terms().values()) {
        byTerm.add(CostModel.price(s.plan(), catalog, t));
      }
    }
    files.addAll(ChartFiles.both(Charts.reservedSavings(byTerm), dir, "b-reserved-savings", dpi));
    if (pick.isPresent()) {
      files.addAll(ChartFiles.both(Charts.cumulativeSpend(pricedUnderEveryTerm(pick.get().cost().plan(), workbook),
          SPEND_MONTHS), dir, "b-cumulative-spend", dpi));
    }

    var main = new LinkedHashMap<String, Deployment>();
    for (var name : MAIN_SCENARIOS) {
      var s = workbook.scenarios().get(name);
      if (s != null) {
        main.put(name, Deployment.of(s.plan(), catalog));
      }
    }
    pick.ifPresent(p -> main.put("optimizer's pick at " + Charts.num(users) + " users: " + p.name(), p.deployment()));
    if (!main.isEmpty()) {
      files.addAll(ChartFiles.both(Charts.p95VersusUsers(model, main, options.users().values()), dir, "c-p95-vs-users", dpi));
    }
    files.addAll(ChartFiles.both(Charts.availabilityVersusCost(judged, scenarios, model.goals().availabilityPct()),
        dir, "d-availability-vs-cost", dpi));
    files.addAll(ChartFiles.both(Charts.hostingVersusLlm(pickTable(plans, workbook, term, model, options.users().values()),
        model.llm().name()), dir, "e-hosting-vs-llm", dpi));

    if (options.tornado() != null) {
      Charts.requireColumns(options.tornado(), Charts.TORNADO_COLUMNS);
      var outputs = new java.util.LinkedHashSet<String>();
      for (int i = 0; i < options.tornado().rowCount(); i++) {
        outputs.add(options.tornado().column("output").getString(i));
      }
      for (var output : outputs) {
        String name = outputs.size() == 1 ? "f-tornado" : "f-tornado-" + output.replaceAll("[^A-Za-z0-9._-]+", "_");
        files.addAll(ChartFiles.both(Charts.tornado(options.tornado(), output), dir, name, dpi));
      }
    }
    if (options.growth() != null) {
      files.addAll(ChartFiles.both(Charts.growthCapacity(options.growth()), dir, "g-growth-capacity", dpi));
      files.addAll(ChartFiles.both(Charts.growthCost(options.growth()), dir, "g-growth-cost", dpi));
    }
    return files;
  }

  /** Fails early, before any chart is computed, when {@code dir} cannot be made or written. */
  private static void requireWritable(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (java.nio.file.FileAlreadyExistsException e) {
      throw new UsageException("cannot write " + dir + ": a file, not a directory, is in the way");
    } catch (java.nio.file.FileSystemException e) {
      throw new UsageException("cannot write " + dir + ": " + (e.getReason() == null ? e.getClass().getSimpleName() : e.getReason()));
    } catch (IOException e) {
      throw new UsageException("cannot write " + dir + ": " + e.getMessage());
    }
    if (!Files.isDirectory(dir) || !Files.isWritable(dir)) {
      throw new UsageException("cannot write " + dir + ": not a writable directory");
    }
  }

  /** {@code plan} priced under every term of the workbook, in the file's order (on demand first). */
  public static List<PlanCost> pricedUnderEveryTerm(Plan plan, Workbook workbook) {
    return workbook.terms().values().stream().map(t -> CostModel.price(plan, workbook.catalog(), t)).toList();
  }

  /**
   * The optimizer's pick at each number of users: {@code concurrent_users}, {@code plan}, {@code
   * monthly_usd} (NaN and an empty plan where no plan meets the goals) and {@code llm_monthly_usd}.
   */
  public static Table pickTable(List<Plan> plans, Workbook workbook, CommitmentTerm term, SizingModel model, double[] users) {
    var n = DoubleColumn.create("concurrent_users");
    var plan = StringColumn.create("plan");
    var hosting = DoubleColumn.create("monthly_usd");
    var llm = DoubleColumn.create("llm_monthly_usd");
    var pricing = new Pricing(workbook.catalog(), term, model);
    for (double u : users) {
      var r = Optimizer.cheapest(plans, pricing, u);
      n.append(u);
      plan.append(r.map(PlanResult::name).orElse(""));
      hosting.append(r.map(PlanResult::monthlyUsd).orElse(Double.NaN));
      llm.append(model.llmMonthlyUsd(u));
    }
    return Table.create("pick", n, plan, hosting, llm);
  }
}
