package sizing.narrative;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import sizing.model.Family;
import sizing.model.PlanCost;
import sizing.plan.PlanResult;

/** Prose for the cost curves and the commitment terms, from judged plans and priced plans. */
public final class CurveStory {
  private CurveStory() {}

  /** Where each family tops out, and the frontier's cheapest cost per user at its low and high ends. */
  public static String costVersusCapacity(List<PlanResult> all, List<PlanResult> frontier, double users) {
    var top = new EnumMap<Family, PlanResult>(Family.class);
    for (var r : all) {
      top.merge(r.deployment().family(), r, (a, b) -> a.capacityUsers() >= b.capacityUsers() ? a : b);
    }
    var items = new ArrayList<String>();
    top.values().stream().sorted(Comparator.comparingInt(PlanResult::capacityUsers)).forEach(r ->
        items.add(Md.bold(r.deployment().family().label()) + " tops out at " + Md.count(r.capacityUsers()) + " users ("
            + Md.code(r.name()) + ", " + Md.usd(r.monthlyUsd()) + "/month)."));
    var first = frontier.get(0);
    var last = frontier.get(frontier.size() - 1);
    var forUsers = frontier.stream().filter(r -> r.capacityUsers() >= users).findFirst();
    var sb = new StringBuilder();
    sb.append("The frontier has ").append(frontier.size()).append(" steps, from ").append(Md.usd(first.monthlyUsd()))
        .append("/month for ").append(Md.count(first.capacityUsers())).append(" users to ").append(Md.usd(last.monthlyUsd()))
        .append("/month for ").append(Md.count(last.capacityUsers())).append(" users; the cost per user falls from ")
        .append(Md.usd(first.usdPerUser())).append(" to ").append(Md.usd(last.usdPerUser())).append(". ");
    forUsers.ifPresent(r -> sb.append("The cheapest plan that carries the workload's ").append(Md.count(users))
        .append(" users costs ").append(Md.usd(r.monthlyUsd())).append("/month (").append(Md.code(r.name())).append(").\n\n"));
    sb.append(Md.bullets(items));
    return sb.toString();
  }

  /**
   * For one plan priced under each term (on demand first): the yearly saving, the cash paid up
   * front, and the first month in which the term's cumulative spend falls below on-demand's.
   */
  public static String commitment(List<PlanCost> underTerms, int months) {
    var onDemand = underTerms.get(0);
    var items = new ArrayList<String>();
    for (var c : underTerms.subList(1, underTerms.size())) {
      int breakEven = -1;
      for (int m = 1; m <= months; m++) {
        if (c.cumulativeCashUsd(m) <= onDemand.cumulativeCashUsd(m) + 1e-9) {
          breakEven = m;
          break;
        }
      }
      var s = new StringBuilder(Md.code(c.term().name()) + ": saves " + Md.usd(12 * c.savingsMonthlyUsd()) + " a year ("
          + Md.usd(c.savingsMonthlyUsd()) + "/month) but pays " + Md.usd(c.firstMonthUsd()) + " in the first month; ");
      s.append(breakEven < 0 ? "its cumulative spend stays above on-demand's for " + months + " months"
          : "its cumulative spend drops below on-demand's in month " + breakEven);
      s.append(c.term().assumption() ? ". The discount is the guide's assumption." : ".");
      items.add(s.toString());
    }
    return "For " + Md.code(onDemand.plan().name()) + " at " + Md.usd(onDemand.monthlyUsd()) + "/month on demand:\n\n"
        + Md.bullets(items)
        + "\nIf DigitalOcean offers no such discount, each of these savings is " + Md.usd(0)
        + " and the on-demand line is the whole story: the plan choice does not change, only the bill's fine print.";
  }
}
