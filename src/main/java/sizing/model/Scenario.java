package sizing.model;

import java.util.Objects;

/**
 * A deployment the guide prices, with the guide's own monthly total kept beside it for comparison
 * (never used to compute anything).
 */
public record Scenario(Plan plan, double guideMonthlyUsd, Provenance provenance) {
  public Scenario {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(provenance, "provenance");
  }

  public String name() {
    return plan.name();
  }
}
