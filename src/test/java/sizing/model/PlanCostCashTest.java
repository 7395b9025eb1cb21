package sizing.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import sizing.data.Workbook;

/** The cash a plan takes month by month: prepaid terms up front, yearly items yearly, the rest monthly. */
class PlanCostCashTest {
  static final Workbook WB = Workbook.load();

  @Test
  void onDemandPaysTheMonthlyCostEveryMonth() {
    var c = CostModel.price(WB.scenarios().get("small-managed").plan(), WB.catalog(), WB.terms().get("on-demand"));
    for (int m = 1; m <= 24; m++) {
      assertThat(c.cashUsd(m)).isCloseTo(c.monthlyUsd(), within(1e-9));
    }
  }

  @Test
  void aPrepaidTermPaysItsFirstMonthCashUpFrontAndAgainWhenItRenews() {
    var term = WB.terms().get("1y");
    var c = CostModel.price(WB.scenarios().get("small").plan(), WB.catalog(), term);
    assertThat(c.cashUsd(1)).isCloseTo(c.firstMonthUsd(), within(1e-9));
    assertThat(c.cashUsd(term.months() + 1)).isCloseTo(c.firstMonthUsd(), within(1e-9));
    assertThat(c.cashUsd(2)).isLessThan(c.monthlyUsd());
  }

  @Test
  void overWholeTermsCashEqualsMonthsTimesTheMonthlyCost() {
    for (var term : WB.terms().values()) {
      for (var s : WB.scenarios().values()) {
        var c = CostModel.price(s.plan(), WB.catalog(), term);
        int months = 24; // a whole number of every term and of a year
        assertThat(c.cumulativeCashUsd(months)).as(s.name() + " " + term.name())
            .isCloseTo(months * c.monthlyUsd(), within(1e-6));
      }
    }
  }
}
