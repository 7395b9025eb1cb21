package sizing.model;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * A price list: catalog items by id, in the order they were read. Several catalogs can be laid
 * over each other; a later one's item replaces an earlier one's with the same id.
 */
public record Catalog(String name, Map<String, CatalogItem> items) {

  /** How many left-out items {@link #leftOutNote()} names before it says "and N more". */
  public static final int LEFT_OUT_SHOWN = 10;

  public Catalog {
    items = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(items));
  }

  public static Catalog of(String name, List<CatalogItem> list) {
    var map = new LinkedHashMap<String, CatalogItem>();
    for (var item : list) {
      if (map.put(item.id(), item) != null) {
        throw new IllegalArgumentException("item '" + item.id() + "' appears twice");
      }
    }
    return new Catalog(name, map);
  }

  /** The item with this id; throws {@link NoSuchElementException} naming the id when absent. */
  public CatalogItem item(String id) {
    var item = items.get(id);
    if (item == null) {
      throw new NoSuchElementException("no item '" + id + "' in catalog " + name);
    }
    return item;
  }

  public Optional<CatalogItem> find(String id) {
    return Optional.ofNullable(items.get(id));
  }

  public boolean contains(String id) {
    return items.containsKey(id);
  }

  public Collection<CatalogItem> all() {
    return items.values();
  }

  /** Items of one category, in catalog order. */
  /**
   * The items marked not available (a size DigitalOcean offers in no region, a tier whose terms
   * exclude this use), in id order: priced when a plan names them, never bought by a
   * recommendation.
   */
  public List<CatalogItem> unavailable() {
    return items.values().stream().filter(i -> !i.available())
        .sorted(java.util.Comparator.comparing(CatalogItem::id)).toList();
  }

  /**
   * One sentence naming the items recommendations leave out ({@link #unavailable()}), at most
   * {@value #LEFT_OUT_SHOWN} of them by id; empty when every item is available.
   */
  public String leftOutNote() {
    int shown = LEFT_OUT_SHOWN;
    var out = unavailable();
    if (out.isEmpty()) {
      return "";
    }
    var ids = out.stream().limit(shown).map(CatalogItem::id).toList();
    return String.format(java.util.Locale.ROOT, "%d item%s of %s %s not available and left out of recommendations: %s%s.",
        out.size(), out.size() == 1 ? "" : "s", name, out.size() == 1 ? "is" : "are", String.join(", ", ids),
        out.size() > shown ? " and " + (out.size() - shown) + " more" : "");
  }

  public List<CatalogItem> inCategory(Category category) {
    return items.values().stream().filter(i -> i.category() == category).toList();
  }

  /**
   * Every price times {@code multiplier}: {@code p' = m p}, for asking what the same plans cost if
   * the provider's prices rose or fell across the board. The provenance of each item says so.
   */
  public Catalog withPricesTimes(double multiplier) {
    if (!(multiplier > 0) || Double.isInfinite(multiplier)) {
      throw new IllegalArgumentException("price multiplier must be a finite number greater than zero, was " + multiplier);
    }
    var map = new LinkedHashMap<String, CatalogItem>();
    items.forEach((id, item) -> map.put(id, item.withPrice(item.priceUsd() * multiplier,
        new Provenance(item.provenance().source() + " x " + multiplier, item.provenance().asOf()))));
    return new Catalog(name + " x " + multiplier, map);
  }

  /** This catalog with {@code top}'s items laid over it: same ids replaced, new ids appended. */
  public Catalog overlaidWith(Catalog top) {
    var map = new LinkedHashMap<>(items);
    map.putAll(top.items);
    return new Catalog(name + " + " + top.name, map);
  }
}
