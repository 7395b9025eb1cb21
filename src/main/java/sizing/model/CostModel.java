package sizing.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Prices plans. The formulas are plain arithmetic on the catalog:
 *
 * <ul>
 *   <li>line monthly cost {@code m = p / months(period) * q * (1 - d/100)}, where {@code p} is the
 *       catalog price, {@code q} the quantity and {@code d} the term's discount when the term
 *       applies to the item's category (guide §Cost Optimization Strategies 4);
 *   <li>first-month cash: the whole year for yearly-billed items (guide: domain ~$12/year), the
 *       whole commitment {@code m * months(term)} for prepaid items (the guide's "1 Year
 *       Prepay"), otherwise {@code m};
 *   <li>yearly cost {@code 12 * sum(m)}.
 * </ul>
 */
public final class CostModel {
  private CostModel() {}

  /** The itemised cost of {@code plan} under {@code term}, with prices from {@code catalog}. */
  public static PlanCost price(Plan plan, Catalog catalog, CommitmentTerm term) {
    var lines = new ArrayList<LineCost>(plan.lines().size());
    for (var line : plan.lines()) {
      var item = catalog.item(line.item());
      double unit = item.monthlyUnitUsd();
      double factor = term.priceFactor(item.category());
      double monthly = monthlyUsd(item, line.quantity(), term);
      double firstMonth;
      if (item.period() == Period.YEAR) {
        firstMonth = item.priceUsd() * line.quantity() * factor;
      } else if (term.isPrepaid() && factor < 1) {
        firstMonth = monthly * term.months();
      } else {
        firstMonth = monthly;
      }
      double discount = factor < 1 ? term.discountPct() : 0;
      lines.add(new LineCost(item, line, unit, discount, monthly, firstMonth));
    }
    return new PlanCost(plan, term, lines);
  }

  /**
   * What {@code quantity} units of {@code item} cost per month under {@code term}, USD: {@code
   * unit price / months per period x quantity x the term's factor for the item's category}.
   */
  public static double monthlyUsd(CatalogItem item, double quantity, CommitmentTerm term) {
    return item.monthlyUnitUsd() * quantity * term.priceFactor(item.category());
  }

  /** Prices every plan under {@code term}. */
  public static List<PlanCost> priceAll(List<Plan> plans, Catalog catalog, CommitmentTerm term) {
    return plans.stream().map(p -> price(p, catalog, term)).toList();
  }
}
