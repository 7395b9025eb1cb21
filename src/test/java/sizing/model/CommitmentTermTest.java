package sizing.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import sizing.data.DataDir;
import sizing.data.Workbook;

/** Commitment terms lower the droplet lines by the guide's discount and nothing else. */
class CommitmentTermTest {
  static final Workbook WB = Workbook.load(DataDir.locate(), List.of());

  PlanCost cost(String scenario, String term) {
    return CostModel.price(WB.scenarios().get(scenario).plan(), WB.catalog(), WB.terms().get(term));
  }

  @Test
  void oneYearTakesTenPercentOffTheSixteenGigabyteDroplet() {
    // guide §Cost Optimization Strategies 4: "Monthly: $168/month, 1 Year Reserved: ~$151/month"
    assertThat(cost("small", "1y").monthlyUsd()).isCloseTo(151, within(0.5));
  }

  @Test
  void discountAppliesOnlyToDroplets() {
    var onDemand = cost("small-managed", "on-demand");
    var twoYear = cost("small-managed", "2y");
    double dropletList = onDemand.lines().stream()
        .filter(l -> l.item().category() == Category.DROPLET).mapToDouble(LineCost::monthlyUsd).sum();
    assertThat(onDemand.monthlyUsd() - twoYear.monthlyUsd()).isCloseTo(0.15 * dropletList, within(1e-9));
  }

  @Test
  void prepaidTermPaysTheWholeCommitmentInTheFirstMonth() {
    var c = cost("small", "1y");
    assertThat(c.firstMonthUsd()).isCloseTo(12 * c.monthlyUsd(), within(1e-9));
  }

  @Test
  void yearlyBilledDomainIsPaidInFullInTheFirstMonth() {
    var c = cost("budget-minimal", "on-demand");
    var domain = c.lines().stream().filter(l -> l.item().id().equals("domain")).findFirst().orElseThrow();
    assertThat(domain.monthlyUsd()).isEqualTo(domain.item().priceUsd() / 12);
    assertThat(domain.firstMonthUsd()).isEqualTo(domain.item().priceUsd());
  }

  @Test
  void guideTermsAreMarkedAsAssumptions() {
    assertThat(WB.terms().get("1y").assumption()).isTrue();
    assertThat(WB.terms().get("1y").assumptionNote()).contains("guide's assumption");
    assertThat(WB.terms().get("on-demand").assumption()).isFalse();
  }
}
