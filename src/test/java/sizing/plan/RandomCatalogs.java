package sizing.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import sizing.model.Catalog;
import sizing.model.CatalogItem;
import sizing.model.Category;
import sizing.model.Period;
import sizing.model.Provenance;

/** Random catalogs for properties: droplets, managed databases and session stores, a load balancer and a free static host. */
final class RandomCatalogs {
  static final Provenance TEST = new Provenance("random test catalog", LocalDate.of(2026, 1, 1));

  private RandomCatalogs() {}

  /** Up to {@code droplets} droplets, {@code minDbs}..{@code maxDbs} managed databases and up to {@code redis} session stores. */
  static Arbitrary<Catalog> of(int droplets, int minDbs, int maxDbs, int redis) {
    Arbitrary<CatalogItem> droplet = Combinators.combine(
            Arbitraries.integers().between(1, 16), Arbitraries.integers().between(1, 8), Arbitraries.integers().between(5, 400))
        .as((v, gbPerVcpu, price) -> new CatalogItem("d-" + v + "-" + v * gbPerVcpu + "-" + price, Category.DROPLET, "",
            v, v * gbPerVcpu, 100, 5, "droplet", Period.MONTH, price, true, TEST));
    Arbitrary<CatalogItem> db = Combinators.combine(Arbitraries.integers().between(1, 8), Arbitraries.integers().between(10, 300))
        .as((v, price) -> new CatalogItem("m-" + v + "-" + price, Category.MANAGED_POSTGRES, "", v, 2.0 * v, 50, Double.NaN,
            "cluster", Period.MONTH, price, true, TEST));
    Arbitrary<CatalogItem> store = Combinators.combine(Arbitraries.integers().between(1, 8), Arbitraries.integers().between(10, 100))
        .as((gb, price) -> new CatalogItem("r-" + gb + "-" + price, Category.MANAGED_REDIS, "", 1, gb, Double.NaN, Double.NaN,
            "cluster", Period.MONTH, price, true, TEST));
    return Combinators.combine(droplet.list().ofMinSize(1).ofMaxSize(droplets).uniqueElements(CatalogItem::id),
            db.list().ofMinSize(minDbs).ofMaxSize(maxDbs).uniqueElements(CatalogItem::id),
            store.list().ofMinSize(0).ofMaxSize(redis).uniqueElements(CatalogItem::id),
            Arbitraries.integers().between(5, 30))
        .as((ds, ms, rs, lbPrice) -> {
          var items = new ArrayList<CatalogItem>(ds);
          items.addAll(ms);
          items.addAll(rs);
          items.add(new CatalogItem("lb", Category.LOAD_BALANCER, "", Double.NaN, Double.NaN, Double.NaN, Double.NaN,
              "balancer", Period.MONTH, lbPrice, true, TEST));
          items.add(new CatalogItem("static", Category.FRONTEND_HOSTING, "", Double.NaN, Double.NaN, Double.NaN, Double.NaN,
              "project", Period.MONTH, 0, true, TEST));
          return Catalog.of("random", items);
        });
  }
}
