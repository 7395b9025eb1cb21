package sizing.model;

import java.util.List;

/** A plan priced against a catalog under a commitment term: the itemised monthly bill. */
public record PlanCost(Plan plan, CommitmentTerm term, List<LineCost> lines) {

  public PlanCost {
    lines = List.copyOf(lines);
  }

  /** {@code sum(line.monthlyUsd)}: the amortised monthly cost, USD/month. */
  public double monthlyUsd() {
    return lines.stream().mapToDouble(LineCost::monthlyUsd).sum();
  }

  /** The same plan at list price, USD/month. */
  public double listMonthlyUsd() {
    return lines.stream().mapToDouble(l -> l.unitMonthlyUsd() * l.quantity()).sum();
  }

  /** {@code listMonthlyUsd - monthlyUsd}: what the term saves each month, USD/month. */
  public double savingsMonthlyUsd() {
    return listMonthlyUsd() - monthlyUsd();
  }

  /** The cash paid in the first month (yearly items and prepaid commitments paid in full), USD. */
  public double firstMonthUsd() {
    return lines.stream().mapToDouble(LineCost::firstMonthUsd).sum();
  }

  /**
   * The cash paid in month {@code month} (1 is the first): each line pays its {@code firstMonthUsd}
   * once every {@code p = firstMonthUsd / monthlyUsd} months, which {@link CostModel} makes 12 for
   * yearly items, the term's months for prepaid lines and 1 otherwise, USD.
   */
  public double cashUsd(int month) {
    if (month < 1) {
      throw new IllegalArgumentException("month must be 1 or later, was " + month);
    }
    double cash = 0;
    for (var l : lines) {
      if (l.monthlyUsd() > 0) {
        long every = Math.max(1, Math.round(l.firstMonthUsd() / l.monthlyUsd()));
        if ((month - 1) % every == 0) {
          cash += l.firstMonthUsd();
        }
      }
    }
    return cash;
  }

  /** {@code sum(cashUsd(1..months))}: the cash paid over the first {@code months} months, USD. */
  public double cumulativeCashUsd(int months) {
    double sum = 0;
    for (int m = 1; m <= months; m++) {
      sum += cashUsd(m);
    }
    return sum;
  }

  /** {@code 12 * monthlyUsd}: the cost of one year, USD/year. */
  public double yearlyUsd() {
    return 12 * monthlyUsd();
  }
}
