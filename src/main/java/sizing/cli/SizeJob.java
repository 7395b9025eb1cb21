package sizing.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import sizing.data.DataDir;
import sizing.data.Workbook;
import sizing.model.Catalog;
import sizing.model.CommitmentTerm;
import sizing.model.Deployment;
import sizing.model.Figures;
import sizing.model.PlanCost;
import sizing.model.Scenario;
import sizing.model.SizingModel;
import sizing.plan.GuideComparison;
import sizing.plan.Optimizer;
import sizing.plan.PlanFacts;
import sizing.plan.PlanResult;
import sizing.plan.Pricing;
import sizing.plan.Recommendation;
import sizing.io.SafeText;
import sizing.narrative.PlanProse;
import sizing.table.Grid;
import sizing.table.PlanGrids;
import sizing.table.Render;
import sizing.table.Width;

/** What {@code jbang size} prints, given its parsed arguments. */
public final class SizeJob {
  private SizeJob() {}

  /**
   * The arguments of {@code size}. Numbers are NaN (or 0 for {@code top}) when not given; the
   * run is goal-driven when users, p95, uptime, budget or top is given.
   */
  public record Request(
      String scenario, boolean listScenarios, String term, List<Path> prices, OutputFormat format,
      double users, double p95Seconds, double uptimePct, double budgetUsd, Path workload, String llm, int top,
      Width width) {
    public Request {
      prices = List.copyOf(prices);
      java.util.Objects.requireNonNull(width, "width");
    }

    /** A request printed at full width ({@link Width#UNLIMITED}). */
    public Request(
        String scenario, boolean listScenarios, String term, List<Path> prices, OutputFormat format,
        double users, double p95Seconds, double uptimePct, double budgetUsd, Path workload, String llm, int top) {
      this(scenario, listScenarios, term, prices, format, users, p95Seconds, uptimePct, budgetUsd, workload, llm, top,
          Width.UNLIMITED);
    }

    /** A request that only prices the guide's deployments. */
    public Request(String scenario, boolean listScenarios, String term, List<Path> prices, OutputFormat format) {
      this(scenario, listScenarios, term, prices, format, Double.NaN, Double.NaN, Double.NaN, Double.NaN, null, null, 0);
    }

    boolean goalDriven() {
      return !Double.isNaN(users) || !Double.isNaN(p95Seconds) || !Double.isNaN(uptimePct) || !Double.isNaN(budgetUsd) || top > 0;
    }
  }

  public static String run(Request request) {
    var dataDir = DataDir.locate();
    var workload = request.workload() == null ? Workbook.defaultWorkload(dataDir) : request.workload();
    return run(request, Workbook.load(dataDir, request.prices(), workload));
  }

  public static String run(Request request, Workbook workbook) {
    return request.format().fit(answer(request, workbook), request.width());
  }

  private static String answer(Request request, Workbook workbook) {
    if (request.listScenarios()) {
      return listScenarios(workbook, request.format(), request.width());
    }
    var term = Cli.choose("--term", request.term(), workbook.terms());
    var model = model(request, workbook);
    if (request.scenario() == null && request.goalDriven()) {
      return optimize(request, workbook, term, model);
    }
    var chosen = new ArrayList<Scenario>();
    if (request.scenario() != null) {
      chosen.add(Cli.choose("--scenario", request.scenario(), workbook.scenarios()));
    } else {
      chosen.addAll(workbook.scenarios().values());
    }
    double users = Double.isNaN(request.users()) ? workbook.workload().users() : request.users();
    var results = new ArrayList<PlanResult>();
    var pricing = new Pricing(workbook.catalog(), term, model);
    for (var s : chosen) {
      results.add(Optimizer.judge(s.plan(), pricing, users));
    }
    var single = request.scenario() != null;
    return switch (request.format()) {
      case json -> {
        if (single) {
          var o = PlanJson.result(results.get(0), chosen.get(0).guideMonthlyUsd(), model);
          PlanJson.guide(o, comparison(workbook, chosen.get(0), model));
          yield CostJson.write(o);
        }
        var arr = CostJson.MAPPER.createArrayNode();
        for (int i = 0; i < results.size(); i++) {
          arr.add(PlanJson.result(results.get(i), chosen.get(i).guideMonthlyUsd(), model));
        }
        yield CostJson.write(arr);
      }
      case csv -> Render.csv(single ? itemLines(results.get(0).cost()) : summary(results, chosen));
      case table, md -> {
        var sb = new StringBuilder();
        if (single) {
          var r = results.get(0);
          var c = r.cost();
          sb.append(heading(request.format(), c.plan().name() + ": " + c.plan().title()));
          sb.append(request.format().render(PlanGrids.items(c).without("first_month_usd"), request.width()));
          sb.append(String.format(Locale.ROOT,
              "%nmonthly %s (term %s; list price %s), first month %s, yearly %s; the guide says %s/month%n",
              Figures.usd(c.monthlyUsd()), c.term().name(), Figures.usd(c.listMonthlyUsd()), Figures.usd(c.firstMonthUsd()),
              Figures.usd(c.yearlyUsd()), Figures.usd(chosen.get(0).guideMonthlyUsd())));
          var facts = PlanFacts.of(r, model);
          sb.append(String.format(Locale.ROOT, "%nAt %s concurrent users (%s): %s%n", Figures.plain(users),
              describeModel(model), prose(request.format()).facts(facts)));
          sb.append(fixLines(request.format(), facts, ""));
          var rows = comparison(workbook, chosen.get(0), model);
          if (!rows.isEmpty()) {
            sb.append('\n').append(heading(request.format(), "The guide's estimates beside the model"));
            sb.append(request.format().render(comparisonGrid(rows), request.width()));
          }
        } else {
          sb.append(heading(request.format(), "The guide's deployments, priced from " + workbook.catalog().name()
              + " (term " + term.name() + "), judged at " + Figures.plain(users) + " concurrent users"));
          var t = summary(results, chosen).without("term_is_assumption", "term").moveLast("title");
          if (request.format() == OutputFormat.table && !request.width().wide()) {
            t = t.without("first_month_usd", "yearly_usd"); // in --wide, csv and json
          }
          sb.append(request.format().render(t, request.width()));
          var why = new StringBuilder();
          for (var r : results) {
            if (r.capacityUsers() == 0) {
              why.append(md(request.format(), r.name())).append(" carries 0 users: ")
                  .append(String.join("; ", zeroReasons(r, model))).append('\n').append(fixLines(request.format(), r, model, "  "));
            }
          }
          if (!why.isEmpty()) {
            sb.append('\n').append(request.format().fit(why.toString(), request.width()));
          }
        }
        sb.append(notes(request.format(), workbook.catalog(), term, model));
        yield sb.toString();
      }
    };
  }

  static SizingModel model(Request request, Workbook workbook) {
    SizingModel model;
    try {
      model = request.llm() == null ? workbook.model() : workbook.model(request.llm());
    } catch (NoSuchElementException e) {
      throw Cli.usage("--llm", e);
    }
    var goals = model.goals();
    if (!Double.isNaN(request.p95Seconds())) {
      goals = goal("--p95", goals, g -> g.withP95(request.p95Seconds()));
    }
    if (!Double.isNaN(request.uptimePct())) {
      goals = goal("--uptime", goals, g -> g.withAvailability(request.uptimePct()));
    }
    if (!Double.isNaN(request.budgetUsd())) {
      goals = goal("--budget", goals, g -> g.withBudget(request.budgetUsd()));
    }
    if (!Double.isNaN(request.users()) && !(request.users() >= 1 && request.users() <= SizingModel.MAX_USERS
        && request.users() == Math.rint(request.users()))) {
      throw new UsageException("--users: must be a whole number from 1 to " + SizingModel.MAX_USERS + ", was "
          + Figures.plain(request.users()));
    }
    if (request.top() < 0) {
      throw new UsageException("--top: must be at least 1, was " + request.top());
    }
    model = model.withGoals(goals);
    if (!Double.isNaN(goals.p95Seconds()) && goals.p95Seconds() <= model.floorResponseSeconds()) {
      throw new UsageException(String.format(Locale.ROOT,
          "--p95: %.2f s is impossible: with no queueing at all the p95 response is %.2f s (%s alone takes %.2f s at p95); give more than %.2f s or a faster --llm (valid: %s)",
          goals.p95Seconds(), model.floorResponseSeconds(), model.llm().name(), model.llmLatencyPerRequest().quantile(SizingModel.P95),
          model.floorResponseSeconds(), String.join(", ", workbook.llmModels().keySet())));
    }
    return model;
  }

  private static sizing.model.Goals goal(String option, sizing.model.Goals goals,
      java.util.function.UnaryOperator<sizing.model.Goals> change) {
    try {
      return change.apply(goals);
    } catch (IllegalArgumentException e) {
      throw new UsageException(option + ": " + e.getMessage());
    }
  }

  private static String optimize(Request request, Workbook workbook, CommitmentTerm term, SizingModel model) {
    double users = Double.isNaN(request.users()) ? workbook.workload().users() : request.users();
    int top = request.top() > 0 ? request.top() : 5;
    var rec = Optimizer.optimize(new Pricing(workbook.buying(), term, model), users, top);
    var demand = demand(model, users, term);
    return switch (request.format()) {
      case json -> CostJson.write(PlanJson.recommendation(rec, model, demand));
      case csv -> {
        var list = new ArrayList<PlanResult>();
        rec.recommended().ifPresent(list::add);
        list.addAll(rec.alternatives());
        yield Render.csv(PlanGrids.results(list));
      }
      case table, md -> recommendationText(request.format(), request.width(), rec, model, users, term, workbook);
    };
  }

  static ObjectNode demand(SizingModel model, double users, CommitmentTerm term) {
    var d = CostJson.MAPPER.createObjectNode();
    var g = model.goals();
    d.put("users", users);
    d.put("requests_per_second", PlanJson.round(model.workload().arrivalRate(users), 1e6));
    d.put("llm_model", model.llm().name());
    d.put("llm_seconds_per_request", model.llmSecondsPerRequest());
    d.put("llm_provider_availability_pct", model.llmProviderAvailabilityPct());
    d.put("floor_response_seconds", PlanJson.round(model.floorResponseSeconds(), 1e4));
    d.put("capacity_basis", model.workload().capacityBasis());
    d.put("term", term.name());
    var goals = d.putObject("goals");
    putGoal(goals, "p95_seconds", g.p95Seconds());
    putGoal(goals, "availability_pct", g.availabilityPct());
    goals.put("cpu_max_utilisation_pct", 100 * g.cpuMaxUtilisation());
    goals.put("memory_max_utilisation_pct", 100 * g.memoryMaxUtilisation());
    putGoal(goals, "budget_usd", g.budgetUsd());
    return d;
  }

  private static void putGoal(ObjectNode o, String name, double v) {
    CostJson.figure(o, name, v, 1e6, "no goal: none is set in the goals file or on the command line");
  }

  private static String recommendationText(
      OutputFormat format, Width width, Recommendation rec, SizingModel model, double users, CommitmentTerm term,
      Workbook workbook) {
    var sb = new StringBuilder();
    var g = model.goals();
    sb.append(heading(format, String.format(Locale.ROOT, "Demand: %s concurrent users (%.2f requests/s), %s",
        Figures.plain(users), model.workload().arrivalRate(users), describeModel(model))));
    sb.append(String.format(Locale.ROOT, "Goals: p95 <= %s, availability >= %s, CPU <= %.0f%%, memory <= %.0f%%%s; term %s%n%n",
        Double.isNaN(g.p95Seconds()) ? "none" : Figures.plain(g.p95Seconds()) + " s",
        (Double.isNaN(g.availabilityPct()) ? "none" : Figures.plain(g.availabilityPct()) + "%")
            + " (hosting)",
        100 * g.cpuMaxUtilisation(), 100 * g.memoryMaxUtilisation(),
        Double.isNaN(g.budgetUsd()) ? "" : ", budget <= " + Figures.usd(g.budgetUsd()) + "/month",
        term.name()));
    if (rec.recommended().isPresent()) {
      var r = rec.recommended().get();
      sb.append(heading(format, "Recommended: " + r.name()));
      sb.append(md(format, r.cost().plan().title())).append("\n").append(describe(format, model, r)).append("\n\n");
      sb.append(format.render(PlanGrids.items(r.cost()).without("first_month_usd"), width)).append('\n');
      if (!rec.alternatives().isEmpty()) {
        sb.append(heading(format, "Next cheapest plans that meet every goal"));
        sb.append(format.render(PlanGrids.results(rec.alternatives()).without("llm_monthly_usd"), width)).append('\n');
      }
    } else {
      sb.append(heading(format, "No plan meets every goal"));
      rec.binding().ifPresent(b -> sb.append("The goal that binds: ").append(b.id()).append(".\n"));
      rec.nearest().ifPresent(n -> {
        var facts = PlanFacts.of(n, model);
        sb.append("Nearest plan: ").append(md(format, n.name())).append(" — ").append(prose(format).facts(facts))
            .append('\n').append(fixLines(format, facts, "  ")).append('\n');
      });
    }
    if (!rec.rejected().isEmpty()) {
      sb.append(heading(format, "Families with no plan that meets every goal"));
      for (var r : rec.rejected()) {
        sb.append("- ").append(r.family().label()).append(": nearest ").append(md(format, r.nearest().name()))
            .append(" (" + Figures.usd(r.nearest().monthlyUsd()) + "/month, " + r.nearest().capacityUsers() + " users) misses ")
            .append(String.join("; ", r.reasons().stream().map(v -> v.sentence()).toList())).append('\n')
            .append(fixLines(format, r.nearest(), model, "  "));
      }
    }
    sb.append(rec.plansJudged() == rec.plansConsidered()
        ? String.format(Locale.ROOT, "%n%,d plans evaluated.%n", rec.plansConsidered())
        : String.format(Locale.ROOT, "%n%,d plans considered; %,d judged in full, the rest cannot be the cheapest at any load.%n",
            rec.plansConsidered(), rec.plansJudged()));
    sb.append(notes(format, workbook.buying(), term, model));
    return sb.toString();
  }

  /** Each {@link sizing.plan.PlanFix} of {@code r}, one line each after {@code indent}, or "". */
  private static String fixLines(OutputFormat format, PlanResult r, SizingModel model, String indent) {
    return fixLines(format, PlanFacts.of(r, model), indent);
  }

  /** The fixes of {@code facts}, one line each after {@code indent}, or "". */
  private static String fixLines(OutputFormat format, PlanFacts facts, String indent) {
    var sb = new StringBuilder();
    for (var f : prose(format).fixes(facts)) {
      sb.append(indent).append(f).append('\n');
    }
    return sb.toString();
  }

  /** Why {@code r} carries no user: the configuration checks it fails, else every load goal it misses at one user. */
  private static List<String> zeroReasons(PlanResult r, SizingModel model) {
    var compiled = model.compile(r.deployment());
    var misses = compiled.configuration().isEmpty() ? compiled.evaluate(1).violations() : compiled.configuration();
    return misses.stream().map(v -> v.sentence()).toList();
  }

  /** The facts of {@code r} in one sentence, in the writer for {@code format} ({@link PlanProse}). */
  static String describe(OutputFormat format, SizingModel model, PlanResult r) {
    return prose(format).facts(PlanFacts.of(r, model));
  }

  private static PlanProse prose(OutputFormat format) {
    return format == OutputFormat.md ? PlanProse.MARKDOWN : PlanProse.TEXT;
  }

  private static String describeModel(SizingModel model) {
    var llm = model.llmLatencyPerRequest();
    return String.format(Locale.ROOT, "LLM %s (%.1f s median, %.1f s p95 per request)", model.llm().name(), llm.median(),
        llm.quantile(SizingModel.P95));
  }

  private static List<GuideComparison.Row> comparison(Workbook workbook, Scenario s, SizingModel model) {
    return GuideComparison.compare(workbook.estimatesFor(s.name()), Deployment.of(s.plan(), workbook.catalog()), model);
  }

  private static Grid comparisonGrid(List<GuideComparison.Row> rows) {
    return Grid.of("guide vs model",
        Grid.text("metric", rows, r -> r.estimate().metric().id()),
        Grid.text("guide", rows, r -> r.estimate().range() + " " + r.estimate().unit()),
        Grid.text("verdict", rows, GuideComparison.Row::verdict),
        Grid.text("model", rows, GuideComparison.Row::note));
  }

  /** A heading; in Markdown escaped whole, since it names plans and catalogs from data files. */
  private static String heading(OutputFormat format, String text) {
    return format == OutputFormat.md ? "### " + SafeText.markdown(text) + "\n\n" : text + "\n\n";
  }

  /** A name from a data file inside a sentence: escaped in Markdown, as it is in text. */
  private static String md(OutputFormat format, String text) {
    return format == OutputFormat.md ? SafeText.markdown(text) : text;
  }

  private static String notes(OutputFormat format, Catalog catalog, CommitmentTerm term, SizingModel model) {
    var sb = new StringBuilder("\n");
    if (term.assumption()) {
      sb.append("Note: ").append(md(format, term.assumptionNote())).append(".\n");
    }
    var dates = new java.util.TreeSet<String>();
    catalog.all().forEach(i -> dates.add(i.provenance().asOf().toString()));
    sb.append("Prices: ").append(md(format, catalog.name())).append(", figures dated ")
        .append(String.join(", ", dates)).append("; LLM prices: ").append(md(format, String.valueOf(model.llm().provenance())))
        .append(".\n");
    var leftOut = catalog.leftOutNote();
    if (!leftOut.isEmpty()) {
      sb.append(md(format, leftOut)).append('\n');
    }
    sb.append("Each item's source is in --format json; the model's inputs are in data/workloads and data/stack.\n");
    sb.append(md(format, model.workload().capacityBasisSentence())).append('\n');
    return sb.toString();
  }

  /** One row per scenario: cost under the term next to the guide's own figure, and the model's judgement. */
  static Grid summary(List<PlanResult> results, List<Scenario> scenarios) {
    var guide = new LinkedHashMap<String, Double>();
    scenarios.forEach(s -> guide.put(s.name(), s.guideMonthlyUsd()));
    var costs = results.stream().map(PlanResult::cost).toList();
    return PlanGrids.costs(costs, guide).with(
        Grid.numbers("difference_usd", costs, c -> c.monthlyUsd() - guide.getOrDefault(c.plan().name(), Double.NaN)),
        Grid.counts("capacity_users", results, PlanResult::capacityUsers),
        Grid.numbers("availability_pct", results, r -> 100 * r.evaluation().availability()),
        Grid.flags("term_is_assumption", costs, c -> c.term().assumption()));
  }

  private static Grid itemLines(PlanCost cost) {
    var items = PlanGrids.items(cost);
    var rows = java.util.Collections.nCopies(items.rowCount(), cost);
    return items.withFirst(Grid.text("plan", rows, c -> c.plan().name()), Grid.text("term", rows, c -> c.term().name()));
  }

  private static String listScenarios(Workbook workbook, OutputFormat format, Width width) {
    var names = workbook.scenarios().values();
    if (format == OutputFormat.json) {
      var arr = CostJson.MAPPER.createArrayNode();
      for (var s : names) {
        arr.addObject().put("scenario", s.name()).put("title", s.plan().title())
            .put("guide_monthly_usd", s.guideMonthlyUsd()).put("source", s.provenance().source());
      }
      return CostJson.write(arr);
    }
    var list = List.copyOf(names);
    return format.render(Grid.of("scenarios",
        Grid.text("scenario", list, Scenario::name),
        Grid.numbers("guide_monthly_usd", list, Scenario::guideMonthlyUsd),
        Grid.text("title", list, s -> s.plan().title())), width);
  }
}
