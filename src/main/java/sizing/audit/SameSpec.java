package sizing.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import sizing.model.Catalog;
import sizing.model.CatalogItem;
import sizing.model.Category;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Each of the guide's droplets beside DigitalOcean's published droplets: of the same size (same
 * vCPUs and memory, matched by the catalogs' figures), of the same family and spec (the family its
 * slug names, see {@link DropletFamily}), and at the same price, so a price comparison compares like
 * with like and shows which product a guide price really belongs to.
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

  /**
   * One guide droplet against the published catalog.
   *
   * @param guide the guide's droplet
   * @param family the family the guide's slug names
   * @param named the published droplets of that family with the guide's vCPUs and memory, and its
   *     disk where the guide states one and such a size is published; cheapest first
   * @param sameSize every published droplet with the guide's vCPUs and memory, any family, cheapest first
   * @param samePrice every published droplet whose monthly price equals the guide's, cheapest spec first
   */
  public record Match(CatalogItem guide, DropletFamily family, List<CatalogItem> named, List<CatalogItem> sameSize,
      List<CatalogItem> samePrice) {
    public Match {
      named = List.copyOf(named);
      sameSize = List.copyOf(sameSize);
      samePrice = List.copyOf(samePrice);
    }

    /** The cheapest published droplet of the guide's family and spec, if DigitalOcean publishes one. */
    public Optional<CatalogItem> namedProduct() {
      return named.stream().findFirst();
    }

    /** The cheapest published droplet of the guide's vCPUs and memory in any family. */
    public Optional<CatalogItem> cheapestSameSize() {
      return sameSize.stream().findFirst();
    }

    /** The product to price the guide's droplet at: the named family's, else the cheapest of the same size. */
    public Optional<CatalogItem> reference() {
      return namedProduct().or(this::cheapestSameSize);
    }

    /** The published droplets at the guide's price that also have the guide's vCPUs and memory (another family). */
    public List<CatalogItem> samePriceSameSize() {
      return samePrice.stream().filter(p -> SameSpec.sameSize(guide, p)).toList();
    }

    /** {@code published - guide}, USD/month, for the product of {@link #reference()}; NaN when there is none. */
    public double differenceUsd() {
      return reference().map(p -> p.monthlyUnitUsd() - guide.monthlyUnitUsd()).orElse(Double.NaN);
    }
  }

  /** Every droplet of {@code guide} matched against {@code published}, in catalog order. */
  public static List<Match> matches(Catalog guide, Catalog published) {
    return guide.inCategory(Category.DROPLET).stream().map(g -> match(g, published)).toList();
  }

  /**
   * {@code guide} against the available droplets of {@code published}: same family and spec (vCPUs,
   * memory, and disk where the guide states it and a product of that disk exists), same vCPUs and
   * memory in any family, and same monthly price (to the cent) in any family.
   */
  public static Match match(CatalogItem guide, Catalog published) {
    var family = DropletFamily.of(guide.id());
    var droplets = published.inCategory(Category.DROPLET).stream().filter(CatalogItem::available).toList();
    var byPrice = Comparator.comparingDouble(CatalogItem::monthlyUnitUsd).thenComparing(CatalogItem::id);
    var sameSize = droplets.stream().filter(p -> sameSize(guide, p)).sorted(byPrice).toList();
    var inFamily = sameSize.stream().filter(p -> DropletFamily.of(p.id()) == family).toList();
    var sameDisk = inFamily.stream().filter(p -> p.diskGb() == guide.diskGb()).toList();
    var named = sameDisk.isEmpty() ? inFamily : sameDisk;
    var samePrice = droplets.stream()
        .filter(p -> Math.abs(p.monthlyUnitUsd() - guide.monthlyUnitUsd()) < 0.005)
        .sorted(Comparator.comparing((CatalogItem p) -> !sameSize(guide, p)).thenComparingDouble(CatalogItem::vcpus)
            .thenComparing(CatalogItem::id))
        .toList();
    return new Match(guide, family, named, sameSize, samePrice);
  }

  private static boolean sameSize(CatalogItem a, CatalogItem b) {
    return a.vcpus() == b.vcpus() && a.memoryGb() == b.memoryGb();
  }

  /** {@code c-4 (CPU-Optimized, 4 vCPU / 8 GB)}. */
  public static String describe(CatalogItem droplet) {
    return droplet.id() + " (" + DropletFamily.of(droplet.id()).label() + ", " + number(droplet.vcpus()) + " vCPU / "
        + number(droplet.memoryGb()) + " GB)";
  }

  private static String number(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }

  /**
   * One row per guide droplet: the guide's item, family, size and monthly price; the published
   * product of the same family and spec (item, price, difference, source date); the cheapest
   * published droplet of the same vCPUs and memory; and the published droplets at the guide's price.
   */
  public static Table matchTable(Catalog guide, Catalog published) {
    var m = matches(guide, published);
    return Table.create("the guide's droplets against DigitalOcean's published droplets").addColumns(
        StringColumn.create("guide_item", m.stream().map(x -> x.guide().id())),
        StringColumn.create("guide_family", m.stream().map(x -> x.family().label())),
        DoubleColumn.create("vcpus", m.stream().mapToDouble(x -> x.guide().vcpus())),
        DoubleColumn.create("memory_gb", m.stream().mapToDouble(x -> x.guide().memoryGb())),
        DoubleColumn.create("guide_disk_gb", m.stream().mapToDouble(x -> x.guide().diskGb())),
        DoubleColumn.create("guide_monthly_usd", m.stream().mapToDouble(x -> x.guide().monthlyUnitUsd())),
        StringColumn.create("same_spec_item", m.stream().map(x -> x.namedProduct().map(CatalogItem::id).orElse(""))),
        DoubleColumn.create("same_spec_monthly_usd",
            m.stream().mapToDouble(x -> x.namedProduct().map(CatalogItem::monthlyUnitUsd).orElse(Double.NaN))),
        DoubleColumn.create("difference_usd",
            m.stream().mapToDouble(x -> x.namedProduct().map(p -> p.monthlyUnitUsd() - x.guide().monthlyUnitUsd()).orElse(Double.NaN))),
        StringColumn.create("cheapest_same_size_item", m.stream().map(x -> x.cheapestSameSize().map(CatalogItem::id).orElse(""))),
        DoubleColumn.create("cheapest_same_size_monthly_usd",
            m.stream().mapToDouble(x -> x.cheapestSameSize().map(CatalogItem::monthlyUnitUsd).orElse(Double.NaN))),
        StringColumn.create("at_the_guides_price", m.stream().map(x -> String.join("; ", x.samePrice().stream().map(SameSpec::describe).toList()))),
        StringColumn.create("published_as_of", m.stream().map(x -> x.reference().map(p -> p.provenance().asOf().toString()).orElse(""))));
  }
}
