package sizing.model;

/**
 * What one plan line costs under a term.
 *
 * @param unitMonthlyUsd the list price of one unit per month, before any discount
 * @param discountPct the term's discount on this line (0 where the term does not apply)
 * @param monthlyUsd {@code unitMonthlyUsd * quantity * (1 - discountPct/100)}
 * @param firstMonthUsd the cash paid in the first month: a whole year for yearly items, the whole
 *     commitment for prepaid items, otherwise {@code monthlyUsd}
 */
public record LineCost(
    CatalogItem item,
    Plan.Line line,
    double unitMonthlyUsd,
    double discountPct,
    double monthlyUsd,
    double firstMonthUsd) {

  public double quantity() {
    return line.quantity();
  }
}
