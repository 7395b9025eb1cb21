package sizing.plan;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import sizing.model.Constraint;
import sizing.model.Family;
import sizing.model.Violation;

/**
 * The optimizer's answer for one workload and set of goals.
 *
 * @param recommended the cheapest plan meeting every goal, if any
 * @param alternatives the next cheapest feasible plans, cheapest first
 * @param frontier the Pareto frontier of monthly cost against capacity over all plans
 * @param bestByFamily the cheapest feasible plan of each family that has one
 * @param rejected each family with no feasible plan: its nearest plan (as {@code nearest}) and the
 *     goals it misses
 * @param binding when nothing is feasible, the goal the nearest plans miss most often
 * @param nearest when nothing is feasible, the plan nearest to the goals: fewest goals missed
 *     without bound (a queue that never drains), then the smallest shortfall ({@link
 *     PlanResult#shortfall()}: the sum over the goals it misses of how far short, relative to the
 *     goal), then the cheapest
 * @param plansConsidered how many plans the catalog allows (every one {@link PlanGenerator} builds)
 * @param plansJudged how many of them were judged in full: the others cannot be the cheapest at any
 *     load ({@link DecisionEngine})
 */
public record Recommendation(
    double users,
    Optional<PlanResult> recommended,
    List<PlanResult> alternatives,
    List<PlanResult> frontier,
    Map<Family, PlanResult> bestByFamily,
    List<Rejection> rejected,
    Optional<Constraint> binding,
    Optional<PlanResult> nearest,
    long plansConsidered,
    int plansJudged) {

  /** A family with no plan that meets every goal. */
  public record Rejection(Family family, PlanResult nearest, List<Violation> reasons) {}
}
