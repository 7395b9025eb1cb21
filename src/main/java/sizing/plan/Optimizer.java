package sizing.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import sizing.model.Catalog;
import sizing.model.CommitmentTerm;
import sizing.model.CostModel;
import sizing.model.Deployment;
import sizing.model.Family;
import sizing.model.Plan;
import sizing.model.SizingModel;
import sizing.model.Violation;

/**
 * Finds the cheapest plan that meets a workload's goals. Plans are priced, sorted by monthly cost
 * and checked cheapest first, so the answer is found without judging the dearer ones; the full
 * judgement of every plan (capacity, frontier, per-family rejections) comes from {@link #judgeAll}.
 */
public final class Optimizer {
  private Optimizer() {}

  /** The plan judged at {@code users}: load goals from the model, then availability and budget. */
  public static PlanResult judge(Plan plan, Catalog catalog, CommitmentTerm term, SizingModel model, double users) {
    var cost = CostModel.price(plan, catalog, term);
    var deployment = Deployment.of(plan, catalog);
    var evaluation = model.evaluate(deployment, users);
    return new PlanResult(cost, deployment, model.capacity(deployment), evaluation,
        PlanResult.with(evaluation.violations(), availabilityMiss(model, evaluation.availability()),
            budgetMiss(model, cost.monthlyUsd())));
  }

  /** The cheapest plan meeting every goal at {@code users}, found by checking plans in order of cost. */
  public static Optional<PlanResult> cheapest(
      List<Plan> plans, Catalog catalog, CommitmentTerm term, SizingModel model, double users) {
    var priced = new ArrayList<Priced>(plans.size());
    for (var p : plans) {
      priced.add(new Priced(p, CostModel.price(p, catalog, term).monthlyUsd()));
    }
    priced.sort(Comparator.comparingDouble(Priced::usd).thenComparing(x -> x.plan.name()));
    var goals = model.goals();
    for (var p : priced) {
      if (!Feasibility.withinBudget(goals, p.usd)) {
        return Optional.empty();
      }
      var d = Deployment.of(p.plan, catalog);
      if (availabilityMiss(model, model.availability(d)) == null && model.meetsGoals(d, users)) {
        return Optional.of(judge(p.plan, catalog, term, model, users));
      }
    }
    return Optional.empty();
  }

  /** Every plan judged at {@code users}, cheapest first. */
  public static List<PlanResult> judgeAll(
      List<Plan> plans, Catalog catalog, CommitmentTerm term, SizingModel model, double users) {
    var results = new ArrayList<PlanResult>(plans.size());
    for (var p : plans) {
      results.add(judge(p, catalog, term, model, users));
    }
    results.sort(byCost());
    return results;
  }

  /** The whole answer: recommendation, alternatives, frontier, per-family best and rejections. */
  public static Recommendation optimize(
      List<Plan> plans, Catalog catalog, CommitmentTerm term, SizingModel model, double users, int top) {
    var all = judgeAll(plans, catalog, term, model, users);
    var recommended = cheapest(plans, catalog, term, model, users);
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
    Optional<String> binding = Optional.empty();
    Optional<PlanResult> nearest = Optional.empty();
    if (recommended.isEmpty() && !all.isEmpty()) {
      var counts = new HashMap<String, Integer>();
      for (var r : nearestByFamily.values()) {
        r.violations().stream().map(Violation::goal).distinct().forEach(g -> counts.merge(g, 1, Integer::sum));
      }
      binding = counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
          .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey);
      nearest = all.stream().reduce((a, b) -> nearer(a, b) ? a : b);
    }
    return new Recommendation(users, recommended, alternatives, frontier(all), best, rejected, binding, nearest, all.size());
  }

  /** Plans no other plan beats on both cost and capacity, cheapest first. */
  public static List<PlanResult> frontier(List<PlanResult> results) {
    var sorted = new ArrayList<>(results);
    sorted.sort(Comparator.comparingDouble(PlanResult::monthlyUsd)
        .thenComparing(Comparator.comparingInt(PlanResult::capacityUsers).reversed())
        .thenComparing(PlanResult::name));
    var frontier = new ArrayList<PlanResult>();
    int best = 0;
    for (var r : sorted) {
      if (r.capacityUsers() > best) {
        frontier.add(r);
        best = r.capacityUsers();
      }
    }
    return frontier;
  }

  static Comparator<PlanResult> byCost() {
    return Comparator.comparingDouble(PlanResult::monthlyUsd).thenComparing(PlanResult::name);
  }

  /** True when {@code a} is nearer to meeting the goals: more capacity, then fewer misses, then cheaper. */
  private static boolean nearer(PlanResult a, PlanResult b) {
    if (a.capacityUsers() != b.capacityUsers()) {
      return a.capacityUsers() > b.capacityUsers();
    }
    if (a.violations().size() != b.violations().size()) {
      return a.violations().size() < b.violations().size();
    }
    return a.monthlyUsd() <= b.monthlyUsd();
  }

  static Violation availabilityMiss(SizingModel model, double availability) {
    if (Feasibility.meetsAvailability(model.goals(), availability)) {
      return null;
    }
    return new Violation("availability", 100 * availability, model.goals().availabilityPct(), "%");
  }

  static Violation budgetMiss(SizingModel model, double monthlyUsd) {
    if (Feasibility.withinBudget(model.goals(), monthlyUsd)) {
      return null;
    }
    return new Violation("budget", monthlyUsd, model.goals().budgetUsd(), "USD");
  }

  private record Priced(Plan plan, double usd) {}
}
