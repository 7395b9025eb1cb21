package sizing.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import sizing.model.Fix;
import sizing.model.SizingModel;

/**
 * A way out of a failed configuration check ({@link sizing.model.Configuration}), priced: what to
 * change, what the plan then carries and what it then costs.
 *
 * @param fix the model's fix ({@link SizingModel#fixes})
 * @param capacityUsersAfter the plan's capacity after the change, users
 * @param monthlyUsdAfter the plan's monthly cost after the change, USD (a configuration change
 *     buys nothing, so the plan's own cost)
 */
public record PlanFix(Fix fix, int capacityUsersAfter, double monthlyUsdAfter) {
  public PlanFix {
    Objects.requireNonNull(fix, "fix");
  }

  /** What to change, in words. */
  public String change() {
    return fix.change();
  }

  /** Each fix the model finds for {@code result}'s deployment, priced as {@code result} is. */
  public static List<PlanFix> of(PlanResult result, SizingModel model) {
    var list = new ArrayList<PlanFix>();
    for (var f : model.fixes(result.deployment())) {
      list.add(new PlanFix(f, f.capacityUsersAfter(), result.monthlyUsd()));
    }
    return list;
  }

  /**
   * E.g. "fix: a connection pool ...; then it carries 173 concurrent users at $432.00/month", or,
   * when other goals still fail at one user, says so.
   */
  public String sentence() {
    return "fix: " + change() + (capacityUsersAfter == 0
        ? "; even then it carries 0 users at " + sizing.model.Figures.usd(monthlyUsdAfter)
            + "/month, since other goals fail at one user"
        : "; then it carries " + capacityUsersAfter + " concurrent users at " + sizing.model.Figures.usd(monthlyUsdAfter)
            + "/month");
  }
}
