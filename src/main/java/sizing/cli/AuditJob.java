package sizing.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import sizing.audit.Audit;
import sizing.audit.AuditReport;
import sizing.audit.ClaimLoader;
import sizing.audit.Interval;
import sizing.audit.SameSpec;
import sizing.audit.Verdict;
import sizing.data.DataDir;
import sizing.data.Workbook;
import sizing.model.Catalog;
import sizing.narrative.PriceStory;
import sizing.table.Render;
import sizing.table.Width;
import tech.tablesaw.api.Table;

/** What {@code jbang audit} prints, given its parsed arguments. */
public final class AuditJob {
  private AuditJob() {}

  /**
   * The arguments of {@code audit}.
   *
   * @param claims the claims file, or null for the bundled {@code data/audit/claims.csv}
   * @param prices price catalogs laid over each other (empty: the guide's catalog)
   * @param width the width aligned text fits
   * @param workload the workload capacity claims are judged under, or null for the bundled {@code
   *     data/workloads/guide.csv}
   */
  public record Request(Path claims, List<Path> prices, OutputFormat format, Width width, Path workload) {
    public Request {
      prices = List.copyOf(prices);
      java.util.Objects.requireNonNull(width, "width");
    }

    /** A request under the bundled workload, printed at full width ({@link Width#UNLIMITED}). */
    public Request(Path claims, List<Path> prices, OutputFormat format) {
      this(claims, prices, format, Width.UNLIMITED, null);
    }
  }

  public static String run(Request request) {
    var dataDir = DataDir.locate();
    var workbook = Workbook.load(dataDir, request.prices(),
        request.workload() == null ? Workbook.defaultWorkload(dataDir) : request.workload());
    var file = request.claims() == null ? ClaimLoader.defaultFile(dataDir) : request.claims();
    var published = Audit.publishedPrices(dataDir);
    var report = Audit.of(workbook, ClaimLoader.read(file, workbook), published);
    var text = render(report, workbook.catalog(), published, request.format(), request.width());
    var basis = workbook.workload().capacityBasis();
    return switch (request.format()) {
      case table, md -> request.format().fit(text + "\nCapacity claims are judged with the " + basis + ".\n", request.width());
      case json -> {
        try {
          var o = (com.fasterxml.jackson.databind.node.ObjectNode) CostJson.MAPPER.readTree(text);
          o.put("capacity_basis", basis);
          yield CostJson.write(o);
        } catch (java.io.IOException e) {
          throw new IllegalStateException(e);
        }
      }
      case csv -> text;
    };
  }

  /**
   * The claims as {@link #render(AuditReport, OutputFormat)} prints them, then (table, md, json) the
   * guide's droplets against DigitalOcean's published droplets: the same family and spec, the
   * cheapest of the same size, the products at the guide's price, and what that says about where
   * the guide's prices come from. CSV stays one table of claims.
   */
  public static String render(AuditReport report, Catalog guide, Catalog published, OutputFormat format) {
    return render(report, guide, published, format, Width.UNLIMITED);
  }

  /** {@link #render(AuditReport, Catalog, Catalog, OutputFormat)}, its aligned text fitted to {@code width}. */
  public static String render(AuditReport report, Catalog guide, Catalog published, OutputFormat format, Width width) {
    return switch (format) {
      case csv -> render(report, format);
      case json -> {
        var o = json(report);
        var arr = o.putArray("published_droplets");
        o.put("published_catalog", published.name());
        o.put("price_families", PriceStory.families(guide, published));
        for (var m : SameSpec.matches(guide, published)) {
          var x = arr.addObject();
          x.put("guide_item", m.guide().id());
          x.put("guide_family", m.family().label());
          x.put("guide_monthly_usd", CostJson.round(m.guide().monthlyUnitUsd()));
          m.namedProduct().ifPresentOrElse(q -> {
            x.put("same_spec_item", q.id());
            x.put("same_spec_monthly_usd", CostJson.round(q.monthlyUnitUsd()));
            x.put("same_spec_as_of", q.provenance().asOf().toString());
          }, () -> {
            x.putNull("same_spec_item");
            x.putNull("same_spec_monthly_usd");
            x.putNull("same_spec_as_of");
          });
          m.cheapestSameSize().ifPresentOrElse(q -> x.put("cheapest_same_size_item", q.id()), () -> x.putNull("cheapest_same_size_item"));
          var at = x.putArray("at_the_guides_price");
          m.samePrice().forEach(q -> at.add(q.id()));
        }
        yield CostJson.write(o);
      }
      case table, md -> {
        var sb = new StringBuilder(render(report, format, width));
        var heading = "The guide's droplets against DigitalOcean's published droplets (" + published.name() + ")";
        sb.append('\n').append(format == OutputFormat.md ? "### " + heading + "\n\n" : heading + "\n\n");
        sb.append(format.render(SameSpec.matchTable(guide, published).removeColumns("at_the_guides_price"), width)).append('\n');
        var prose = PriceStory.droplets(guide, published) + "\n" + PriceStory.families(guide, published) + "\n";
        sb.append(format == OutputFormat.md ? prose : prose.replace("`", ""));
        yield sb.toString();
      }
    };
  }

  public static String render(AuditReport report, OutputFormat format) {
    return render(report, format, Width.UNLIMITED);
  }

  /**
   * {@link #render(AuditReport, OutputFormat)}, its aligned text fitted to {@code width}: unless
   * {@link Width#wide}, without the section and the reason, which CSV, JSON and {@code --wide} keep.
   */
  public static String render(AuditReport report, OutputFormat format, Width width) {
    return switch (format) {
      case json -> CostJson.write(json(report));
      case csv -> Render.csv(report.table());
      case table, md -> {
        var heading = "The guide's own numbers, recomputed: " + report.findings().size() + " claims, prices from "
            + report.catalog() + ", model calling " + report.llm();
        var sb = new StringBuilder(format == OutputFormat.md ? "### " + sizing.io.SafeText.markdown(heading) + "\n\n" : heading + "\n\n");
        var shown = display(report.table());
        if (format == OutputFormat.table && !width.wide()) {
          shown = shown.removeColumns("section", "why");
        }
        sb.append(format.render(shown, width)).append('\n');
        if (format == OutputFormat.table && !width.wide()) {
          sb.append("Each claim's section and the reason for its verdict: --wide, --format csv or --format json.\n\n");
        }
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
