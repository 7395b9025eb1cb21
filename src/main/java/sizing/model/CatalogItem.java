package sizing.model;

import java.util.Objects;

/**
 * One priced thing a plan can buy: a droplet size, a managed database plan, a load balancer, a GB
 * of block storage. Sizes are NaN where the source does not state them.
 *
 * @param id the provider's slug where one matches the described size (e.g. {@code s-4vcpu-8gb-intel})
 * @param unit what one quantity of this item is ({@code droplet}, {@code GB}, {@code host}, ...)
 * @param period how often {@code priceUsd} is billed
 * @param priceUsd the list price of one unit for one period, in US dollars
 */
public record CatalogItem(
    String id,
    Category category,
    String description,
    double vcpus,
    double memoryGb,
    double diskGb,
    double transferTb,
    String unit,
    Period period,
    double priceUsd,
    boolean available,
    Provenance provenance) {

  public CatalogItem {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("item id is empty");
    }
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(provenance, "provenance");
    if (!(priceUsd >= 0) || Double.isInfinite(priceUsd)) {
      throw new IllegalArgumentException("price must be a finite number >= 0, was " + priceUsd);
    }
    requireSizeOrNaN("vcpus", vcpus);
    requireSizeOrNaN("memory_gb", memoryGb);
    requireSizeOrNaN("disk_gb", diskGb);
    requireSizeOrNaN("transfer_tb", transferTb);
    if (category == Category.DROPLET && !(vcpus > 0 && memoryGb > 0)) {
      throw new IllegalArgumentException("a droplet needs vcpus and memory_gb greater than zero");
    }
    description = description == null ? "" : description;
    unit = unit == null || unit.isBlank() ? "unit" : unit;
  }

  private static void requireSizeOrNaN(String name, double v) {
    if (!Double.isNaN(v) && !(v >= 0 && Double.isFinite(v))) {
      throw new IllegalArgumentException(name + " must be a finite number >= 0 or empty, was " + v);
    }
  }

  /** {@code price / months(period)}: the list price of one unit spread over one month, USD. */
  public double monthlyUnitUsd() {
    return priceUsd / period.months();
  }

  /** This item with another price and provenance (used when a catalog is overlaid on another). */
  public CatalogItem withPrice(double newPriceUsd, Provenance newProvenance) {
    return new CatalogItem(
        id, category, description, vcpus, memoryGb, diskGb, transferTb, unit, period, newPriceUsd,
        available, newProvenance);
  }
}
