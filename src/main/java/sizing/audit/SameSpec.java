package sizing.audit;

import java.util.ArrayList;
import java.util.List;
import sizing.model.Catalog;
import sizing.model.CatalogItem;
import sizing.model.Category;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Each of the guide's droplets beside the published droplets of the same size: same vCPUs and
 * same memory, matched by the catalogs' figures (never by slug), so a price comparison compares
 * like with like.
 */
public final class SameSpec {
  private SameSpec() {}

  /**
   * A guide droplet and one published droplet with its vCPUs and memory; {@code published} is
   * null for a guide droplet no published droplet matches.
   */
  public record Pair(CatalogItem guide, CatalogItem published) {
    public boolean matched() {
      return published != null;
    }

    /** {@code published - guide}, USD/month; NaN when unmatched. */
    public double differenceUsd() {
      return matched() ? published.monthlyUnitUsd() - guide.monthlyUnitUsd() : Double.NaN;
    }
  }

  /**
   * Every droplet of {@code guide} with every droplet of {@code published} that has the same
   * vCPUs and memory, in catalog order; a guide droplet with none appears once, unmatched.
   */
  public static List<Pair> pairs(Catalog guide, Catalog published) {
    var out = new ArrayList<Pair>();
    for (var g : guide.inCategory(Category.DROPLET)) {
      var same = published.inCategory(Category.DROPLET).stream()
          .filter(p -> p.vcpus() == g.vcpus() && p.memoryGb() == g.memoryGb()).toList();
      if (same.isEmpty()) {
        out.add(new Pair(g, null));
      }
      same.forEach(p -> out.add(new Pair(g, p)));
    }
    return out;
  }

  /**
   * One row per pair: the guide droplet (item, vCPUs, memory, disk, monthly price), the published
   * one (item, disk, monthly price, source) and the difference; published columns empty or NaN
   * where nothing matches.
   */
  public static Table table(Catalog guide, Catalog published) {
    var pairs = pairs(guide, published);
    return Table.create("guide droplets beside published droplets of the same size").addColumns(
        StringColumn.create("guide_item", pairs.stream().map(p -> p.guide().id())),
        DoubleColumn.create("vcpus", pairs.stream().mapToDouble(p -> p.guide().vcpus())),
        DoubleColumn.create("memory_gb", pairs.stream().mapToDouble(p -> p.guide().memoryGb())),
        DoubleColumn.create("guide_disk_gb", pairs.stream().mapToDouble(p -> p.guide().diskGb())),
        DoubleColumn.create("guide_monthly_usd", pairs.stream().mapToDouble(p -> p.guide().monthlyUnitUsd())),
        StringColumn.create("published_item", pairs.stream().map(p -> p.matched() ? p.published().id() : "")),
        DoubleColumn.create("published_disk_gb", pairs.stream().mapToDouble(p -> p.matched() ? p.published().diskGb() : Double.NaN)),
        DoubleColumn.create("published_monthly_usd",
            pairs.stream().mapToDouble(p -> p.matched() ? p.published().monthlyUnitUsd() : Double.NaN)),
        DoubleColumn.create("difference_usd", pairs.stream().mapToDouble(Pair::differenceUsd)),
        StringColumn.create("published_source", pairs.stream().map(p -> p.matched() ? p.published().provenance().toString() : "")));
  }
}
