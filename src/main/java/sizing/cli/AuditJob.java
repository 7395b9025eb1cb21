package sizing.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import sizing.audit.Audit;
import sizing.audit.AuditReport;
import sizing.audit.ClaimLoader;
import sizing.audit.Interval;
import sizing.audit.Verdict;
import sizing.data.DataDir;
import sizing.data.Workbook;
import tech.tablesaw.api.Table;

/** What {@code jbang audit} prints, given its parsed arguments. */
public final class AuditJob {
  private AuditJob() {}

  /**
   * The arguments of {@code audit}.
   *
   * @param claims the claims file, or null for the bundled {@code data/audit/claims.csv}
   * @param prices price catalogs laid over each other (empty: the guide's catalog)
   */
  public record Request(Path claims, List<Path> prices, OutputFormat format) {
    public Request {
      prices = List.copyOf(prices);
    }
  }

  public static String run(Request request) {
    var dataDir = DataDir.locate();
    var workbook = Workbook.load(dataDir, request.prices());
    var file = request.claims() == null ? ClaimLoader.defaultFile(dataDir) : request.claims();
    return render(Audit.of(workbook, ClaimLoader.read(file, workbook)), request.format());
  }

  public static String render(AuditReport report, OutputFormat format) {
    return switch (format) {
      case json -> CostJson.write(json(report));
      case csv -> Render.csv(report.table());
      case table, md -> {
        var heading = "The guide's own numbers, recomputed: " + report.findings().size() + " claims, prices from "
            + report.catalog() + ", model calling " + report.llm();
        var sb = new StringBuilder(format == OutputFormat.md ? "### " + sizing.io.SafeText.markdown(heading) + "\n\n" : heading + "\n\n");
        sb.append(Render.as(format, display(report.table()))).append('\n');
        var summary = report.summaryMarkdown();
        sb.append(format == OutputFormat.md ? summary : summary.replace("**", ""));
        yield sb.toString();
      }
    };
  }

  /** The columns a reader scans: verdict first, the long texts last. */
  static Table display(Table full) {
    return full.selectColumns("id", "verdict", "section", "guide", "workbook", "difference", "claim", "why");
  }

  /** {@code {catalog, llm, summary: {claims, holds, does_not_hold, cannot_be_checked, markdown}, claims: [...]}}. */
  static ObjectNode json(AuditReport report) {
    var o = CostJson.MAPPER.createObjectNode();
    o.put("catalog", report.catalog());
    o.put("llm", report.llm());
    var s = o.putObject("summary");
    s.put("claims", report.findings().size());
    s.put("holds", report.count(Verdict.HOLDS));
    s.put("does_not_hold", report.count(Verdict.DOES_NOT_HOLD));
    s.put("cannot_be_checked", report.count(Verdict.CANNOT_BE_CHECKED));
    s.put("markdown", report.summaryMarkdown());
    var arr = o.putArray("claims");
    for (var f : report.findings()) {
      var c = f.claim();
      var x = arr.addObject();
      x.put("id", c.id());
      x.put("section", c.section());
      x.put("claim", c.text());
      var g = x.putObject("guide");
      g.put("text", c.guideText());
      range(g, c.guide());
      g.put("unit", c.unit().id());
      g.put("approximate", c.approximate());
      var w = x.putObject("workbook");
      w.put("text", f.workbookText());
      range(w, f.computed());
      var d = x.putObject("difference");
      d.put("text", f.differenceText());
      range(d, f.difference());
      x.put("verdict", f.verdict().label());
      x.put("why", f.why());
      x.put("check", c.check().kind().id());
      x.put("source", c.provenance().source());
      x.put("as_of", c.provenance().asOf().toString());
    }
    return o;
  }

  private static void range(ObjectNode o, Interval i) {
    if (i.isNone()) {
      o.putNull("low");
      o.putNull("high");
    } else {
      o.put("low", PlanJson.round(i.low(), 1e6));
      o.put("high", PlanJson.round(i.high(), 1e6));
    }
  }
}
