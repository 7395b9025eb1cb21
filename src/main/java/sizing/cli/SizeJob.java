package sizing.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import sizing.data.Workbook;
import sizing.model.CostModel;
import sizing.model.PlanCost;
import sizing.model.Scenario;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** What {@code jbang size} prints, given its parsed arguments. */
public final class SizeJob {
  private SizeJob() {}

  /** The arguments of {@code size}. */
  public record Request(
      String scenario, boolean listScenarios, String term, List<Path> prices, OutputFormat format) {
    public Request {
      prices = List.copyOf(prices);
    }
  }

  public static String run(Request request) {
    return run(request, Workbook.load(sizing.data.DataDir.locate(), request.prices()));
  }

  public static String run(Request request, Workbook workbook) {
    if (request.listScenarios()) {
      return listScenarios(workbook, request.format());
    }
    var term = Cli.choose("--term", request.term(), workbook.terms());
    var chosen = new ArrayList<Scenario>();
    if (request.scenario() != null) {
      chosen.add(Cli.choose("--scenario", request.scenario(), workbook.scenarios()));
    } else {
      chosen.addAll(workbook.scenarios().values());
    }
    var costs = new ArrayList<PlanCost>();
    for (var s : chosen) {
      costs.add(CostModel.price(s.plan(), workbook.catalog(), term));
    }
    var single = request.scenario() != null;
    return switch (request.format()) {
      case json -> {
        if (single) {
          yield CostJson.write(CostJson.plan(costs.get(0), chosen.get(0).guideMonthlyUsd()));
        }
        var arr = CostJson.MAPPER.createArrayNode();
        for (int i = 0; i < costs.size(); i++) {
          arr.add(CostJson.plan(costs.get(i), chosen.get(i).guideMonthlyUsd()));
        }
        yield CostJson.write(arr);
      }
      case csv -> Render.csv(single ? itemsTable(costs.get(0)) : summary(costs, chosen));
      case table, md -> {
        var sb = new StringBuilder();
        if (single) {
          var c = costs.get(0);
          sb.append(heading(request.format(), c.plan().name() + ": " + c.plan().title()));
          sb.append(Render.as(request.format(), displayItems(c)));
          sb.append(String.format(Locale.ROOT,
              "%nmonthly $%,.2f (term %s; list price $%,.2f), first month $%,.2f, yearly $%,.2f; the guide says $%,.2f/month%n",
              c.monthlyUsd(), c.term().name(), c.listMonthlyUsd(), c.firstMonthUsd(), c.yearlyUsd(),
              chosen.get(0).guideMonthlyUsd()));
        } else {
          sb.append(heading(request.format(), "The guide's deployments, priced from " + workbook.catalog().name()
              + " (term " + term.name() + ")"));
          var t = summary(costs, chosen).removeColumns("term_is_assumption", "term");
          var title = t.stringColumn("title");
          t.removeColumns(title).addColumns(title);
          sb.append(Render.as(request.format(), t));
        }
        sb.append(notes(workbook, term));
        yield sb.toString();
      }
    };
  }

  private static String heading(OutputFormat format, String text) {
    return format == OutputFormat.md ? "### " + text + "\n\n" : text + "\n\n";
  }

  private static String notes(Workbook workbook, sizing.model.CommitmentTerm term) {
    var sb = new StringBuilder("\n");
    if (term.assumption()) {
      sb.append("Note: ").append(term.assumptionNote()).append(".\n");
    }
    var sources = new LinkedHashMap<String, String>();
    for (var item : workbook.catalog().all()) {
      sources.merge(item.provenance().asOf().toString(), item.id(), (a, b) -> a);
    }
    sb.append("Prices: ").append(workbook.catalog().name()).append(", figures dated ")
        .append(String.join(", ", sources.keySet()))
        .append("; each item's source is in --format json.\n");
    return sb.toString();
  }

  /** One row per scenario: its cost under the term next to the guide's own figure. */
  static Table summary(List<PlanCost> costs, List<Scenario> scenarios) {
    var guide = new LinkedHashMap<String, Double>();
    scenarios.forEach(s -> guide.put(s.name(), s.guideMonthlyUsd()));
    var t = CostModel.summaryTable(costs, guide);
    var diff = t.doubleColumn("monthly_usd").subtract(t.doubleColumn("guide_monthly_usd"));
    t.addColumns(
        diff.setName("difference_usd"),
        BooleanColumn.create("term_is_assumption", costs.stream().map(c -> c.term().assumption()).toList()));
    return t;
  }

  private static Table itemsTable(PlanCost cost) {
    var t = cost.itemsTable();
    t.insertColumn(0, StringColumn.create("plan", t.rowCount()).set(t.stringColumn("item").isNotMissing(), cost.plan().name()));
    t.insertColumn(1, StringColumn.create("term", t.rowCount()).set(t.stringColumn("item").isNotMissing(), cost.term().name()));
    return t;
  }

  private static Table displayItems(PlanCost cost) {
    var t = cost.itemsTable();
    return t.removeColumns("first_month_usd");
  }

  private static String listScenarios(Workbook workbook, OutputFormat format) {
    var names = workbook.scenarios().values();
    var t = Table.create("scenarios").addColumns(
        StringColumn.create("scenario", names.stream().map(Scenario::name)),
        StringColumn.create("title", names.stream().map(s -> s.plan().title())),
        DoubleColumn.create("guide_monthly_usd", names.stream().mapToDouble(Scenario::guideMonthlyUsd)),
        StringColumn.create("source", names.stream().map(s -> s.provenance().source())));
    if (format == OutputFormat.json) {
      var arr = CostJson.MAPPER.createArrayNode();
      for (var s : names) {
        arr.addObject().put("scenario", s.name()).put("title", s.plan().title())
            .put("guide_monthly_usd", s.guideMonthlyUsd()).put("source", s.provenance().source());
      }
      return CostJson.write(arr);
    }
    return Render.as(format, t);
  }
}
