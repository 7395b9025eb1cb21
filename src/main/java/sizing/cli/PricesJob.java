package sizing.cli;

import sizing.io.AtomicFiles;
import sizing.io.SafeText;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import sizing.audit.PriceDiff;
import sizing.data.CatalogLoader;
import sizing.data.CatalogWriter;
import sizing.data.DataDir;
import sizing.data.DropletSizes;
import sizing.data.Workbook;
import sizing.model.CatalogItem;
import sizing.table.Render;
import sizing.table.Width;

/** What {@code jbang prices import} and {@code jbang prices diff} print, given their parsed arguments. */
public final class PricesJob {
  private PricesJob() {}

  /**
   * The arguments of {@code prices import}.
   *
   * @param out the catalog file to write, or null to print the catalog
   * @param asOf the date the size list was fetched (YYYY-MM-DD), or null for today
   */
  public record ImportRequest(Path file, Path out, String asOf) {}

  /** The earliest {@code --as-of} accepted: DigitalOcean's launch year was 2011; earlier is a typing error. */
  static final LocalDate EARLIEST_AS_OF = LocalDate.of(2011, 1, 1);

  /** The catalog CSV when {@code out} is null; otherwise writes it whole (temp file, then rename) and says what it wrote. */
  public static String importSizes(ImportRequest request) {
    LocalDate asOf;
    try {
      asOf = request.asOf() == null ? LocalDate.now() : LocalDate.parse(request.asOf());
    } catch (DateTimeParseException e) {
      throw new UsageException("--as-of: '" + request.asOf() + "' is not a date like 2025-11-07");
    }
    if (asOf.isBefore(EARLIEST_AS_OF) || asOf.isAfter(LocalDate.now().plusDays(1))) {
      throw new UsageException("--as-of: " + asOf + " is not a day a size list could have been fetched (from "
          + EARLIEST_AS_OF + " to today)");
    }
    var imported = DropletSizes.read(request.file(), asOf);
    var csv = CatalogWriter.csv(imported.catalog().all());
    if (request.out() == null) {
      return csv;
    }
    AtomicFiles.write(request.out(), csv);
    var leftOut = imported.catalog().leftOutNote();
    return String.format(Locale.ROOT, "wrote %d droplet sizes (%d marked unavailable) from %s (%s) to %s, as of %s%n%s",
        imported.catalog().all().size(), imported.unavailable(), request.file(), imported.shape().description(),
        request.out(), asOf, leftOut.isEmpty() ? "" : leftOut + "\n");
  }

  /**
   * The arguments of {@code prices diff}.
   *
   * @param overlay price the deployments with {@code b} laid over {@code a} (as {@code --prices A
   *     --prices B} does) instead of with {@code b} alone
   */
  public record DiffRequest(Path a, Path b, boolean overlay, OutputFormat format, Width width) {
    public DiffRequest {
      java.util.Objects.requireNonNull(width, "width");
    }

    /** A request printed at full width ({@link Width#UNLIMITED}). */
    public DiffRequest(Path a, Path b, boolean overlay, OutputFormat format) {
      this(a, b, overlay, format, Width.UNLIMITED);
    }
  }

  public static String diff(DiffRequest request) {
    var dataDir = DataDir.locate();
    var a = CatalogLoader.read(request.a());
    var b = CatalogLoader.read(request.b());
    if (request.overlay()) {
      b = a.overlaidWith(b);
    }
    // the guide's deployments, read against the bundled catalog so none is rejected for an item A or B lacks
    var guide = Workbook.load(dataDir, List.of());
    var term = Cli.choose("term", "on-demand", guide.terms());
    var diff = PriceDiff.of(a, b);
    var effects = diff.effects(guide.scenarios().values(), term);
    return switch (request.format()) {
      case json -> CostJson.write(json(diff, effects, request.overlay()));
      case csv -> Render.csv(diff.changesTable()) + "\n" + Render.csv(diff.effectsTable(effects));
      case table, md -> {
        var f = request.format();
        var sb = new StringBuilder();
        sb.append(heading(f, "Prices that differ: a = " + a.name() + ", b = " + b.name()));
        sb.append(diff.changes().isEmpty() ? "No item has a different monthly price.\n"
            : f.render(diff.changesTable().removeColumns("b_source"), request.width()));
        sb.append('\n').append(only(f, a.name(), diff.onlyInA())).append(only(f, b.name(), diff.onlyInB())).append('\n');
        sb.append(heading(f, "Effect on the guide's deployments (monthly, term " + term.name() + ")"));
        sb.append(f.render(diff.effectsTable(effects), request.width()));
        yield f.fit(sb.toString(), request.width());
      }
    };
  }

  private static String only(OutputFormat format, String catalog, List<CatalogItem> items) {
    if (items.isEmpty()) {
      return "";
    }
    var text = "Only in " + catalog + " (" + items.size() + "): "
        + String.join(", ", items.stream().map(CatalogItem::id).toList());
    return (format == OutputFormat.md ? SafeText.markdown(text) : text) + "\n";
  }

  /** A heading; in Markdown escaped whole, since it names catalogs from data files. */
  private static String heading(OutputFormat format, String text) {
    return format == OutputFormat.md ? "### " + SafeText.markdown(text) + "\n\n" : text + "\n\n";
  }

  private static ObjectNode json(PriceDiff diff, List<PriceDiff.Effect> effects, boolean overlay) {
    var o = CostJson.MAPPER.createObjectNode();
    o.put("a", diff.a().name());
    o.put("b", diff.b().name());
    o.put("overlay", overlay);
    var changed = o.putArray("changed");
    for (var c : diff.changes()) {
      var x = changed.addObject();
      x.put("item", c.before().id());
      x.put("category", c.before().category().id());
      x.put("a_monthly_usd", CostJson.round(c.before().monthlyUnitUsd()));
      x.put("b_monthly_usd", CostJson.round(c.after().monthlyUnitUsd()));
      x.put("change_usd", CostJson.round(c.changeUsd()));
      CostJson.figure(x, "change_pct", c.changePct(), 1e4, "undefined: the price in a is 0, so no percentage change");
      x.put("a_source", c.before().provenance().toString());
      x.put("b_source", c.after().provenance().toString());
    }
    var onlyA = o.putArray("only_in_a");
    diff.onlyInA().forEach(i -> onlyA.add(i.id()));
    var onlyB = o.putArray("only_in_b");
    diff.onlyInB().forEach(i -> onlyB.add(i.id()));
    var arr = o.putArray("scenarios");
    for (var e : effects) {
      var x = arr.addObject();
      x.put("scenario", e.scenario().name());
      CostJson.figure(x, "a_monthly_usd", e.monthlyA(), 1e4, "undefined: a lacks an item of this deployment (missing_in_a)");
      CostJson.figure(x, "b_monthly_usd", e.monthlyB(), 1e4, "undefined: b lacks an item of this deployment (missing_in_b)");
      CostJson.figure(x, "difference_usd", e.differenceUsd(), 1e4, "undefined: a or b lacks an item of this deployment");
      var ma = x.putArray("missing_in_a");
      e.missingInA().forEach(ma::add);
      var mb = x.putArray("missing_in_b");
      e.missingInB().forEach(mb::add);
      x.put("note", diff.note(e));
    }
    return o;
  }

}
