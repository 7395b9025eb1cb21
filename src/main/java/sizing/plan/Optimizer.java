package sizing.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import sizing.model.Constraint;
import sizing.model.Deployment;
import sizing.model.Family;
import sizing.model.Plan;
import sizing.model.SizingModel;
import sizing.model.Target;
import sizing.model.Violation;

/**
 * Finds the cheapest plan that meets a workload's goals. Plans are priced, sorted by monthly cost
 * and checked cheapest first, so the answer is found without judging the dearer ones; the full
 * judgement of every plan (capacity, frontier, per-family rejections) comes from {@link #judgeAll}.
 */
public final class Optimizer {
  private Optimizer() {}

  /** The plan judged at {@code users}: load goals from the model, then availability and budget. */
  public static PlanResult judge(Plan plan, Pricing pricing, double users) {
    var model = pricing.model();
    var cost = pricing.price(plan);
    var deployment = Deployment.of(plan, pricing.catalog());
    var compiled = model.compile(deployment);
    var evaluation = compiled.evaluate(users);
    return new PlanResult(cost, deployment, compiled.capacity(), evaluation,
        PlanResult.with(evaluation.violations(), availabilityMiss(model, evaluation.availability()),
            budgetMiss(model, cost.monthlyUsd())));
  }

  /**
   * Candidate {@code c} judged at {@code users} from what the engine already priced and compiled:
   * the same figures as {@link #judge(Plan, Pricing, double)}, without pricing or compiling again.
   */
  static PlanResult judge(DecisionEngine.Candidate c, SizingModel model, double users) {
    var evaluation = c.compiled().evaluate(users);
    return new PlanResult(c.cost(), c.deployment(), c.capacityUsers(), evaluation,
        PlanResult.with(evaluation.violations(), availabilityMiss(model, evaluation.availability()),
            budgetMiss(model, c.monthlyUsd())));
  }

  /**
   * The cheapest plan meeting every goal at {@code users}, found by checking plans in order of
   * cost; of plans equally cheap, the one carrying the most users (then the first by name), as the
   * {@link DecisionEngine}'s frontier orders them.
   */
  public static Optional<PlanResult> cheapest(List<Plan> plans, Pricing pricing, double users) {
    var model = pricing.model();
    var priced = new ArrayList<Priced>(plans.size());
    for (var p : plans) {
      priced.add(new Priced(p, pricing.price(p).monthlyUsd()));
    }
    priced.sort(Comparator.comparingDouble(Priced::usd).thenComparing(x -> x.plan.name()));
    var goals = model.goals();
    Plan best = null;
    double bestUsd = Double.NaN;
    int bestCapacity = -1;
    for (var p : priced) {
      if (!Feasibility.withinBudget(goals, p.usd) || best != null && p.usd != bestUsd) {
        break;
      }
      var c = model.compile(Deployment.of(p.plan, pricing.catalog()));
      if (Feasibility.meetsAvailability(goals, c.availability()) && c.meetsGoals(users)) {
        int capacity = c.capacity();
        if (capacity > bestCapacity) {
          best = p.plan;
          bestUsd = p.usd;
          bestCapacity = capacity;
        }
      }
    }
    return best == null ? Optional.empty() : Optional.of(judge(best, pricing, users));
  }

  /**
   * The cheapest plan meeting every goal at {@code users} among every plan the catalog allows,
   * found among the {@link DecisionEngine}'s candidates.
   */
  public static Optional<PlanResult> cheapest(Pricing pricing, double users) {
    return cheapest(DecisionEngine.of(pricing).plans(), pricing, users);
  }

  /** Every plan judged at {@code users}, cheapest first. */
  public static List<PlanResult> judgeAll(List<Plan> plans, Pricing pricing, double users) {
    var results = new ArrayList<PlanResult>(plans.size());
    for (var p : plans) {
      results.add(judge(p, pricing, users));
    }
    results.sort(byCost());
    return results;
  }

  /**
   * The whole answer over every plan {@link PlanGenerator} would build from the catalog: the
   * {@link DecisionEngine} finds the candidates that can matter (the frontier and each shape's
   * cheapest plan at each capacity level), and those are judged at {@code users}.
   */
  public static Recommendation optimize(Pricing pricing, double users, int top) {
    var engine = DecisionEngine.of(pricing);
    var all = new ArrayList<PlanResult>(engine.candidates().size());
    for (var c : engine.candidates()) {
      all.add(judge(c, pricing.model(), users));
    }
    all.sort(byCost());
    return optimize(all, users, top, engine.spaceSize());
  }

  /** The whole answer over exactly {@code plans}: recommendation, alternatives, frontier, per-family best and rejections. */
  public static Recommendation optimize(List<Plan> plans, Pricing pricing, double users, int top) {
    return optimize(judgeAll(plans, pricing, users), users, top, plans.size());
  }

  /**
   * The answer from {@code all}, every plan judged at {@code users} and sorted {@link #byCost()}: the
   * recommendation is the first feasible plan in the engine's one order ({@link
   * DecisionEngine#order}: cost, then most capacity, then name), as {@link #cheapest} finds it.
   */
  private static Recommendation optimize(List<PlanResult> all, double users, int top, long considered) {
    var recommended = all.stream().filter(PlanResult::feasible)
        .min(DecisionEngine.order(PlanResult::monthlyUsd, PlanResult::capacityUsers, PlanResult::name));
    var feasible = all.stream().filter(PlanResult::feasible).toList();
    var alternatives = feasible.stream()
        .filter(r -> recommended.isEmpty() || !r.name().equals(recommended.get().name()))
        .limit(Math.max(0, top - 1)).toList();
    var best = new EnumMap<Family, PlanResult>(Family.class);
    for (var r : feasible) {
      best.putIfAbsent(r.deployment().family(), r);
    }
    var nearestByFamily = new EnumMap<Family, PlanResult>(Family.class);
    for (var r : all) {
      var f = r.deployment().family();
      if (!best.containsKey(f)) {
        nearestByFamily.merge(f, r, (a, b) -> nearer(a, b) ? a : b);
      }
    }
    var rejected = new ArrayList<Recommendation.Rejection>();
    nearestByFamily.forEach((f, r) -> rejected.add(new Recommendation.Rejection(f, r, r.violations())));
    Optional<Constraint> binding = Optional.empty();
    Optional<PlanResult> nearest = Optional.empty();
    if (recommended.isEmpty() && !all.isEmpty()) {
      var counts = new HashMap<Constraint, Integer>();
      for (var r : nearestByFamily.values()) {
        r.violations().stream().map(Violation::goal).distinct().forEach(g -> counts.merge(g, 1, Integer::sum));
      }
      binding = counts.entrySet().stream().max(Map.Entry.<Constraint, Integer>comparingByValue()
          .thenComparing(e -> e.getKey().id(), Comparator.reverseOrder())).map(Map.Entry::getKey);
      nearest = all.stream().reduce((a, b) -> nearer(a, b) ? a : b);
    }
    return new Recommendation(users, recommended, alternatives, frontier(all), best, rejected, binding, nearest, considered,
        all.size());
  }

  /** Plans no other plan beats on both cost and capacity, cheapest first (the one frontier rule, {@link DecisionEngine#frontier(List, java.util.function.ToDoubleFunction, java.util.function.ToIntFunction, java.util.function.Function)}). */
  public static List<PlanResult> frontier(List<PlanResult> results) {
    return DecisionEngine.frontier(results, PlanResult::monthlyUsd, PlanResult::capacityUsers, PlanResult::name);
  }

  static Comparator<PlanResult> byCost() {
    return Comparator.comparingDouble(PlanResult::monthlyUsd).thenComparing(PlanResult::name);
  }

  /**
   * True when {@code a} is nearer to meeting the goals than {@code b}: fewer goals missed without
   * bound ({@link PlanResult#unboundedMisses()}: a queue that never drains), then a smaller {@link
   * PlanResult#shortfall()} (the sum over the goals it misses of how far short, relative to the
   * goal), then cheaper, then first by name.
   */
  static boolean nearer(PlanResult a, PlanResult b) {
    if (a.unboundedMisses() != b.unboundedMisses()) {
      return a.unboundedMisses() < b.unboundedMisses();
    }
    int byShortfall = Double.compare(a.shortfall(), b.shortfall());
    if (byShortfall != 0) {
      return byShortfall < 0;
    }
    if (a.monthlyUsd() != b.monthlyUsd()) {
      return a.monthlyUsd() < b.monthlyUsd();
    }
    return a.name().compareTo(b.name()) <= 0;
  }

  static Violation availabilityMiss(SizingModel model, double availability) {
    if (Feasibility.meetsAvailability(model.goals(), availability)) {
      return null;
    }
    return new Violation(Target.AVAILABILITY, 100 * availability, model.goals().availabilityPct());
  }

  static Violation budgetMiss(SizingModel model, double monthlyUsd) {
    if (Feasibility.withinBudget(model.goals(), monthlyUsd)) {
      return null;
    }
    return new Violation(Target.BUDGET, monthlyUsd, model.goals().budgetUsd());
  }

  private record Priced(Plan plan, double usd) {}
}
