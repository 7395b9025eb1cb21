package sizing.model;

import java.util.Objects;
import java.util.Set;

/**
 * A way of paying: monthly on demand, or a prepaid commitment with a discount on some categories.
 *
 * @param months how many months are paid up front (1 for on-demand)
 * @param discountPct percent taken off the list price of items in {@code appliesTo}
 * @param assumption true when no public provider source offers this term: the figure is the guide's
 *     own assumption and every output that uses it must say so
 */
public record CommitmentTerm(
    String name,
    int months,
    double discountPct,
    Set<Category> appliesTo,
    boolean assumption,
    Provenance provenance) {

  public CommitmentTerm {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("term name is empty");
    }
    if (months < 1) {
      throw new IllegalArgumentException("months must be at least 1, was " + months);
    }
    if (!(discountPct >= 0 && discountPct < 100)) {
      throw new IllegalArgumentException("discount must be in [0, 100) percent, was " + discountPct);
    }
    appliesTo = Set.copyOf(appliesTo);
    Objects.requireNonNull(provenance, "provenance");
  }

  /** The fraction of list price paid for an item of {@code category}: {@code 1 - d/100} or 1. */
  public double priceFactor(Category category) {
    return appliesTo.contains(category) ? 1 - discountPct / 100 : 1;
  }

  /** True when some items are paid for {@link #months()} in advance. */
  public boolean isPrepaid() {
    return months > 1 && !appliesTo.isEmpty();
  }

  /** The sentence every output prints beside a cost computed with an assumed term. */
  public String assumptionNote() {
    return assumption
        ? "term '" + name + "' (" + Figures.plain(discountPct) + "% off " + categories()
            + ") is the guide's assumption: no public DigitalOcean source offers reserved droplets"
        : "";
  }

  private String categories() {
    return appliesTo.stream().map(Category::id).sorted().reduce((a, b) -> a + ", " + b).orElse("nothing");
  }
}
