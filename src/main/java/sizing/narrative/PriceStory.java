package sizing.narrative;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import sizing.audit.DropletFamily;
import sizing.audit.PriceDiff;
import sizing.audit.SameSpec;
import sizing.model.Catalog;
import sizing.model.CatalogItem;
import sizing.model.Provenance;

/**
 * The guide's prices against DigitalOcean's published ones: each guide droplet beside the published
 * droplet of the family and spec it names ({@link SameSpec#match}), which published products cost
 * what the guide says, and what the guide's deployments would cost at published prices.
 */
public final class PriceStory {
  private PriceStory() {}

  /**
   * The guide catalog with each droplet re-priced at its published reference product (the named
   * family's droplet of the same spec, else the cheapest published droplet of the same vCPUs and
   * memory), with that row's source; other items unchanged.
   */
  public static Catalog repriced(Catalog guide, Catalog published) {
    var items = new LinkedHashMap<String, CatalogItem>(guide.items());
    for (var m : SameSpec.matches(guide, published)) {
      m.reference().ifPresent(q -> items.put(m.guide().id(), m.guide().withPrice(q.monthlyUnitUsd() * m.guide().period().months(),
          new Provenance("priced as " + q.id() + ": " + q.provenance().source(), q.provenance().asOf()))));
    }
    return new Catalog(guide.name() + " at published prices", items);
  }

  /**
   * Sentences, one per guide droplet: the published droplet of the family and spec the guide names
   * and the gap; where that family publishes no such size, the cheapest of the same size; and the
   * published products whose price is the guide's.
   */
  public static String droplets(Catalog guide, Catalog published) {
    var items = new ArrayList<String>();
    for (var m : SameSpec.matches(guide, published)) {
      var g = m.guide();
      var sb = new StringBuilder(Md.code(g.id()) + " (" + m.family().label() + ", " + Md.count(g.vcpus()) + " vCPU, "
          + Md.count(g.memoryGb()) + " GB) at " + Md.usd(g.monthlyUnitUsd()) + ": ");
      if (m.reference().isEmpty()) {
        sb.append("no published droplet of that size in ").append(published.name()).append('.');
        items.add(sb.toString());
        continue;
      }
      var q = m.reference().get();
      double diff = g.monthlyUnitUsd() - q.monthlyUnitUsd();
      if (m.namedProduct().isPresent()) {
        sb.append("DigitalOcean's droplet of that family and spec, ").append(Md.code(q.id())).append(", costs ");
      } else {
        sb.append("DigitalOcean publishes no ").append(m.family().label()).append(" droplet of that size; the cheapest of that size, ")
            .append(Md.code(q.id())).append(" (").append(DropletFamily.of(q.id()).label()).append("), costs ");
      }
      sb.append(Md.usd(q.monthlyUnitUsd())).append(" (").append(q.provenance().asOf()).append("): the guide's price is ")
          .append(Math.abs(diff) < 0.005 ? "the same" : (diff > 0 ? Md.usd(diff) + " higher" : Md.usd(-diff) + " lower") + " ("
              + Md.pct(100 * Math.abs(diff) / q.monthlyUnitUsd(), 0) + (diff > 0 ? " above" : " below") + " the published price)")
          .append('.');
      var atPrice = m.samePrice().stream().filter(p -> !p.id().equals(q.id())).map(p -> Md.code(SameSpec.describe(p))).toList();
      if (!atPrice.isEmpty()) {
        sb.append(' ').append(Md.usd(g.monthlyUnitUsd())).append(" is what DigitalOcean charges for ")
            .append(String.join(", ", atPrice)).append('.');
      }
      items.add(sb.toString());
    }
    return Md.bullets(items);
  }

  /**
   * What the evidence says about where the guide's droplet prices come from: how many of its
   * droplets are priced exactly as a published droplet of the same vCPUs and memory in another
   * family (and which families), and how many as a published droplet of twice the vCPUs and memory
   * in the family it names.
   */
  public static String families(Catalog guide, Catalog published) {
    var matches = SameSpec.matches(guide, published);
    var otherFamily = new ArrayList<String>();
    var families = new LinkedHashSet<String>();
    var doubled = new ArrayList<String>();
    int notNamedPrice = 0;
    for (var m : matches) {
      boolean namedAtPrice = m.namedProduct().map(q -> Math.abs(q.monthlyUnitUsd() - m.guide().monthlyUnitUsd()) < 0.005).orElse(false);
      if (namedAtPrice) {
        continue;
      }
      notNamedPrice++;
      var sameSize = m.samePriceSameSize().stream().filter(q -> DropletFamily.of(q.id()) != m.family()).toList();
      if (!sameSize.isEmpty()) {
        otherFamily.add(Md.code(m.guide().id()) + " as " + String.join(", ", sameSize.stream().map(q -> Md.code(q.id())).toList()));
        sameSize.forEach(q -> families.add(DropletFamily.of(q.id()).label()));
      }
      var twice = m.samePrice().stream().filter(q -> DropletFamily.of(q.id()) == m.family()
          && q.vcpus() == 2 * m.guide().vcpus() && q.memoryGb() == 2 * m.guide().memoryGb()).toList();
      if (!twice.isEmpty()) {
        doubled.add(Md.code(m.guide().id()) + " as " + Md.code(twice.get(0).id()));
      }
    }
    if (matches.isEmpty()) {
      return "The guide's catalog has no droplets.";
    }
    var sb = new StringBuilder(String.format(java.util.Locale.ROOT,
        "%d of the guide's %d droplet prices are not the published price of the family and spec the guide names.",
        notNamedPrice, matches.size()));
    if (!otherFamily.isEmpty()) {
      sb.append(' ').append(Md.count(otherFamily.size())).append(" are exactly the published price of a droplet with the same vCPUs and memory in ")
          .append(String.join(" or ", families)).append(": ").append(String.join("; ", otherFamily)).append('.');
    }
    if (!doubled.isEmpty()) {
      sb.append(' ').append(Md.count(doubled.size()))
          .append(" are exactly the published price of the droplet with twice the vCPUs and memory in the family the guide names: ")
          .append(String.join("; ", doubled)).append('.');
    }
    return sb.toString();
  }

  /** A sentence on the largest and smallest effect on the guide's deployments. */
  public static String effects(List<PriceDiff.Effect> effects) {
    var priced = effects.stream().filter(e -> Double.isFinite(e.differenceUsd())).toList();
    if (priced.isEmpty()) {
      return "None of the guide's deployments can be priced by both catalogs.";
    }
    var most = priced.stream().min(Comparator.comparingDouble(PriceDiff.Effect::differenceUsd)).orElseThrow();
    double total = priced.stream().mapToDouble(PriceDiff.Effect::monthlyA).sum();
    double saved = -priced.stream().mapToDouble(PriceDiff.Effect::differenceUsd).sum();
    return "At the published prices the guide's " + priced.size() + " deployments would cost " + Md.usd(saved)
        + " a month less in all (" + Md.pct(100 * saved / total, 0) + " of their " + Md.usd(total) + "); the largest change is "
        + Md.code(most.scenario().name()) + ", from " + Md.usd(most.monthlyA()) + " to " + Md.usd(most.monthlyB()) + ".";
  }
}
