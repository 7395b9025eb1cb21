package sizing.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import sizing.data.Workbook;
import sizing.model.Workload;
import sizing.model.WorkloadParameter;
import sizing.plan.Tradeoffs;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Generated prose and tables for the notebooks' sections, every number taken from the data or the model. */
public final class Story {
  private Story() {}

  /** The workload's parameters with their ranges, units and sources. */
  public static Table workloadTable(Workload w) {
    var ps = w.parameters().values().stream().filter(p -> p.isSet()).toList();
    return Table.create("workload").addColumns(
        StringColumn.create("parameter", ps.stream().map(p -> p.name())),
        DoubleColumn.create("value", ps.stream().mapToDouble(p -> p.value())),
        DoubleColumn.create("low", ps.stream().mapToDouble(p -> p.low())),
        DoubleColumn.create("high", ps.stream().mapToDouble(p -> p.high())),
        StringColumn.create("unit", ps.stream().map(p -> p.unit())),
        StringColumn.create("source", ps.stream().map(p -> p.provenance().source())));
  }

  /** What one chat turn asks of the stack, in a paragraph, calling the guide's LLM. */
  public static String workload(Workbook wb) {
    return workload(wb, wb.model());
  }

  /** What one chat turn asks of the stack, in a paragraph, calling the LLM of {@code m}. */
  public static String workload(Workbook wb, sizing.model.SizingModel m) {
    var w = wb.workload();
    double lambda = w.arrivalRate(w.users());
    return String.format(Locale.ROOT,
        "The workload is %s concurrent users, each sending %s requests a minute: %s requests a second in all. "
            + "Every request spends %s of backend CPU, runs %s database queries and %s vector searches, and makes %s call(s) to %s "
            + "with about %s input and %s output tokens, which alone take %s on average. ChromaDB holds %s documents, about %s GB in memory.",
        Md.count(w.users()), fmt(w.value(WorkloadParameter.RATE)), fmt(lambda), Md.seconds(w.value(WorkloadParameter.BACKEND_CPU)),
        Md.count(w.value(WorkloadParameter.DB_QUERIES)), Md.count(w.value(WorkloadParameter.VECTOR_SEARCHES)),
        Md.count(w.value(WorkloadParameter.LLM_CALLS)), Md.code(m.llm().name()), Md.count(w.value(WorkloadParameter.LLM_IN)),
        Md.count(w.value(WorkloadParameter.LLM_OUT)), Md.seconds(m.llmSecondsPerRequest()), Md.count(w.value(WorkloadParameter.DOCUMENTS)),
        fmt(m.vectorIndexGb()));
  }

  /** The goals in a sentence. */
  public static String goals(Workbook wb) {
    var g = wb.goals();
    return String.format(Locale.ROOT,
        "A plan must answer within %s at the 95th percentile, have its hosting available %s of the month (the service a user sees also needs the LLM provider, assumed at %s), and keep every host below %s CPU and %s memory.",
        Md.seconds(g.p95Seconds()), sizing.model.Figures.plain(g.availabilityPct()) + "%", Md.pct(wb.model().llmProviderAvailabilityPct(), 1), Md.pct(100 * g.cpuMaxUtilisation(), 0),
        Md.pct(100 * g.memoryMaxUtilisation(), 0));
  }

  /** One bullet per family: what it costs per user, what a failure takes down, what the team runs. */
  public static String tradeoffs(List<Tradeoffs.Row> rows) {
    var items = new ArrayList<String>();
    for (var r : rows) {
      var p = r.plan();
      var s = new StringBuilder(Md.bold(p.deployment().family().label()) + ": ");
      s.append(Md.usd(p.monthlyUsd())).append("/month (").append(Md.usd(r.usdPerUser())).append(" per user), available ")
          .append(Md.pct(100 * p.evaluation().availability(), 2)).append(", about ")
          .append(Md.count(r.downtimeMinutesPerMonth())).append(" minutes of downtime a month. ");
      s.append(r.singlePointsOfFailure().isEmpty() ? "No single component stops the service"
          : "A failure of " + String.join(" or ", r.singlePointsOfFailure()) + " stops the service");
      if (p.deployment().backends() > 1) {
        s.append("; losing one backend leaves room for ").append(Md.count(r.capacityAfterOneBackendFailsUsers())).append(" users");
      }
      s.append(". The team patches ").append(Md.count(r.dropletsToPatch())).append(" droplet(s)")
          .append(r.databasesToRunYourself() > 0 ? " and runs PostgreSQL itself" : ", and the database is managed")
          .append("; capacity ").append(Md.count(p.capacityUsers())).append(" users, ")
          .append(Md.pct(r.headroomPct(), 0)).append(" headroom over today's load.");
      items.add(s.toString());
    }
    return Md.bullets(items);
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? String.format(Locale.ROOT, "%,d", (long) v) : String.format(Locale.ROOT, "%.2f", v);
  }
}
