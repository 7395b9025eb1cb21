package sizing.narrative;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import sizing.audit.PriceDiff;
import sizing.audit.SameSpec;
import sizing.model.Catalog;
import sizing.model.CatalogItem;

/**
 * The guide's prices against DigitalOcean's published ones: each guide droplet beside the
 * cheapest published droplet of the same vCPUs and memory, and what the guide's deployments would
 * cost at those prices.
 */
public final class PriceStory {
  private PriceStory() {}

  /**
   * The guide catalog with each droplet that has a same-size published droplet re-priced at the
   * cheapest such price (and that row's source); other items unchanged.
   */
  public static Catalog repriced(Catalog guide, Catalog published) {
    var items = new LinkedHashMap<String, CatalogItem>(guide.items());
    cheapestSameSize(guide, published).forEach((g, p) -> p.ifPresent(q -> items.put(g.id(),
        g.withPrice(q.monthlyUnitUsd() * g.period().months(),
            new sizing.model.Provenance("same size as " + q.id() + ": " + q.provenance().source(), q.provenance().asOf())))));
    return new Catalog(guide.name() + " at published prices", items);
  }

  /** Sentences: for each guide droplet, the cheapest published same-size droplet and the gap; unmatched ones named. */
  public static String droplets(Catalog guide, Catalog published) {
    var items = new ArrayList<String>();
    cheapestSameSize(guide, published).forEach((g, cheapest) -> {
      if (cheapest.isEmpty()) {
        items.add(Md.code(g.id()) + " (" + Md.count(g.vcpus()) + " vCPU, " + Md.count(g.memoryGb()) + " GB) at "
            + Md.usd(g.monthlyUnitUsd()) + ": no published droplet of that size in the comparison catalog.");
      } else {
        var p = cheapest.get();
        double diff = g.monthlyUnitUsd() - p.monthlyUnitUsd();
        items.add(Md.code(g.id()) + " at " + Md.usd(g.monthlyUnitUsd()) + " against " + Md.code(p.id()) + " at "
            + Md.usd(p.monthlyUnitUsd()) + " (" + p.provenance().asOf() + "): the guide's price is "
            + (diff >= 0 ? Md.usd(diff) + " higher" : Md.usd(-diff) + " lower") + ", "
            + Md.pct(100 * diff / p.monthlyUnitUsd(), 0) + " of the published price.");
      }
    });
    return Md.bullets(items);
  }

  /** Each guide droplet, in catalog order, with the cheapest published droplet of its vCPUs and memory, if any. */
  private static LinkedHashMap<CatalogItem, java.util.Optional<CatalogItem>> cheapestSameSize(Catalog guide, Catalog published) {
    var cheapest = new LinkedHashMap<CatalogItem, java.util.Optional<CatalogItem>>();
    for (var pair : SameSpec.pairs(guide, published)) {
      var current = cheapest.computeIfAbsent(pair.guide(), g -> java.util.Optional.empty());
      if (pair.matched() && (current.isEmpty() || pair.published().monthlyUnitUsd() < current.get().monthlyUnitUsd())) {
        cheapest.put(pair.guide(), java.util.Optional.of(pair.published()));
      }
    }
    return cheapest;
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
