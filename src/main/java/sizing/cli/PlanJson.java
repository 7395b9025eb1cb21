package sizing.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import sizing.model.CompiledDeployment;
import sizing.model.Constraint;
import sizing.model.SizingModel;
import sizing.model.Violation;
import sizing.plan.GuideComparison;
import sizing.plan.PlanFacts;
import sizing.plan.PlanFix;
import sizing.plan.PlanResult;
import sizing.plan.Recommendation;

/** JSON for judged plans and the optimizer's answer. */
public final class PlanJson {
  private PlanJson() {}

  /**
   * The cost object of {@link CostJson#plan} plus {@code family, users, capacity_users,
   * bottleneck, p95_seconds, availability, availability_pct} (hosting), {@code
   * service_availability_pct} (hosting and the LLM provider in series), {@code llm_model,
   * llm_monthly_usd, total_monthly_usd, utilisation {resource: fraction}, meets_goals, misses [sentences], fixes
   * [{fixes_check, change, capacity_users_after, monthly_usd_after}], capacity_basis, trace}}: one
   * fix for each configuration check the plan fails ({@link PlanFix}), empty when it fails none;
   * the trace as {@link #trace}.
   */
  public static ObjectNode result(PlanResult r, double guideMonthlyUsd, SizingModel model) {
    var o = CostJson.plan(r.cost(), guideMonthlyUsd);
    var e = r.evaluation();
    var f = PlanFacts.of(r, model);
    o.put("family", r.deployment().family().id());
    o.put("users", e.users());
    o.put("capacity_users", f.capacityUsers());
    o.put("bottleneck", f.bottleneck().map(Constraint::id).orElse(""));
    CostJson.figure(o, "p95_seconds", f.p95Seconds(), 1e4, QUEUE_NEVER_DRAINS);
    CostJson.figure(o, "availability", f.hostingAvailability(), 1e8, "");
    CostJson.figure(o, "availability_pct", 100 * f.hostingAvailability(), 1e6, "");
    CostJson.figure(o, "service_availability_pct", 100 * f.serviceAvailability(), 1e6, "");
    o.put("llm_model", f.llmModel());
    CostJson.figure(o, "llm_monthly_usd", f.llmMonthlyUsd(), 1e4, "");
    CostJson.figure(o, "total_monthly_usd", f.totalMonthlyUsd(), 1e4, "");
    var u = o.putObject("utilisation");
    e.utilisation().entrySet().stream().sorted(java.util.Comparator.comparing(x -> x.getKey().id()))
        .forEach(x -> CostJson.figure(u, x.getKey().id(), x.getValue(), 1e6, "unbounded: this resource can never keep up with the load"));
    o.put("meets_goals", f.meetsGoals());
    var misses = o.putArray("misses");
    f.misses().forEach(v -> misses.add(v.sentence()));
    fixes(o.putArray("fixes"), f.fixes());
    o.put("capacity_basis", model.workload().capacityBasis());
    o.set("trace", trace(model.compile(r.deployment()).trace(e.users())));
    return o;
  }

  /**
   * Every intermediate figure of a plan's judgement at its users, unrounded, so a reader can
   * recompute the response time's percentiles from it alone ({@link CompiledDeployment.Trace}):
   * {@code users, arrival_rate_per_s, backends, arrival_rate_per_backend_per_s, workers,
   * service_seconds} (mean of an exponential), {@code utilisation {resource: fraction}, p_wait}
   * (Erlang C), {@code wait_p95_seconds, fixed_seconds, llm {family, calls, mu, sigma,
   * median_seconds}} ({@code ln L ~ N(mu, sigma²)}), {@code goal_p95_seconds, response_p50_seconds,
   * response_p95_seconds, response_p99_seconds, connection_hold_seconds, connections_in_use}
   * ({@code arrival_rate_per_s x connection_hold_seconds}, Little's law) {@code and connection_pool}
   * (the pools' most, so {@code utilisation.db_connections = connections_in_use / connection_pool}).
   */
  public static ObjectNode trace(CompiledDeployment.Trace t) {
    var o = CostJson.MAPPER.createObjectNode();
    o.put("users", t.users());
    o.put("arrival_rate_per_s", t.arrivalRatePerSecond());
    o.put("backends", t.backends());
    o.put("arrival_rate_per_backend_per_s", t.arrivalRatePerBackend());
    o.put("workers", t.workers());
    o.put("service_seconds", t.serviceSeconds());
    o.put("service_distribution", "exponential");
    var u = o.putObject("utilisation");
    t.utilisation().forEach((r, v) -> exact(u, r.id(), v, "unbounded: this resource can never keep up with the load"));
    o.put("p_wait", t.probabilityOfWait());
    exact(o, "wait_p95_seconds", t.waitP95Seconds(), QUEUE_NEVER_DRAINS);
    o.put("fixed_seconds", t.fixedSeconds());
    var llm = o.putObject("llm");
    llm.put("family", "lognormal");
    llm.put("calls", t.llmCalls());
    llm.put("mu", Math.log(t.llm().median()));
    llm.put("sigma", t.llm().sigma());
    llm.put("median_seconds", t.llm().median());
    exact(o, "goal_p95_seconds", t.goalSeconds(), "no goal: none is set in the goals file or on the command line");
    exact(o, "response_p50_seconds", t.percentiles().p50(), QUEUE_NEVER_DRAINS);
    exact(o, "response_p95_seconds", t.percentiles().p95(), QUEUE_NEVER_DRAINS);
    exact(o, "response_p99_seconds", t.percentiles().p99(), QUEUE_NEVER_DRAINS);
    o.put("connection_hold_seconds", t.connectionHoldSeconds());
    o.put("connections_in_use", t.connectionsInUse());
    o.put("connection_pool", t.connectionPool());
    return o;
  }

  /** One object per {@link PlanFix}: {@code fixes_check, change, capacity_users_after, monthly_usd_after}. */
  private static void fixes(com.fasterxml.jackson.databind.node.ArrayNode into, List<PlanFix> fixes) {
    for (var f : fixes) {
      var x = into.addObject();
      x.put("fixes_check", f.fix().failure().goal().id());
      x.put("change", f.change());
      x.put("capacity_users_after", f.capacityUsersAfter());
      x.put("monthly_usd_after", CostJson.round(f.monthlyUsdAfter()));
    }
  }

  /**
   * {@code {demand, recommended, alternatives, rejected, frontier, binding_goal, nearest}}; the
   * nearest plan carries its {@code shortfall} ({@link PlanResult#shortfall()}) and the rule.
   */
  public static ObjectNode recommendation(Recommendation rec, SizingModel model, ObjectNode demand) {
    var o = CostJson.MAPPER.createObjectNode();
    o.set("demand", demand);
    if (rec.recommended().isPresent()) {
      o.set("recommended", result(rec.recommended().get(), Double.NaN, model));
    } else {
      o.putNull("recommended");
      o.put("recommended_reason", "no plan meets every goal: see binding_goal, nearest and rejected");
    }
    var alt = o.putArray("alternatives");
    rec.alternatives().forEach(r -> alt.add(result(r, Double.NaN, model)));
    var rej = o.putArray("rejected");
    for (var r : rec.rejected()) {
      var x = rej.addObject();
      x.put("family", r.family().id());
      x.put("nearest_plan", r.nearest().name());
      x.put("nearest_monthly_usd", CostJson.round(r.nearest().monthlyUsd()));
      x.put("nearest_capacity_users", r.nearest().capacityUsers());
      fixes(x.putArray("nearest_fixes"), PlanFix.of(r.nearest(), model));
      var reasons = x.putArray("reasons");
      for (Violation v : r.reasons()) {
        var reason = reasons.addObject().put("goal", v.goal().id());
        CostJson.figure(reason, "value", v.value(), 1e4, QUEUE_NEVER_DRAINS);
        CostJson.figure(reason, "limit", v.limit(), 1e4, "");
        reason.put("unit", v.unit());
        CostJson.figure(reason, "by", v.by(), 1e4, QUEUE_NEVER_DRAINS);
        reason.put("text", v.sentence());
      }
    }
    var front = o.putArray("frontier");
    rec.frontier().forEach(r -> front.addObject().put("plan", r.name()).put("family", r.deployment().family().id())
        .put("monthly_usd", CostJson.round(r.monthlyUsd())).put("capacity_users", r.capacityUsers()));
    rec.binding().ifPresent(b -> o.put("binding_goal", b.id()));
    rec.nearest().ifPresent(n -> {
      var x = result(n, Double.NaN, model);
      x.put("shortfall", round(n.shortfall(), 1e6));
      x.put("unbounded_misses", n.unboundedMisses());
      x.put("shortfall_rule", "nearest: fewest goals missed without bound (a queue that never drains), then the smallest"
          + " shortfall, the sum over the other goals missed of (value - goal) / goal; availability: (goal - value) / (100 - goal)");
      o.set("nearest", x);
    });
    o.put("plans_considered", rec.plansConsidered());
    o.put("plans_judged", rec.plansJudged());
    return o;
  }

  /** The guide's estimates beside the model's figures. */
  public static void guide(ObjectNode plan, List<GuideComparison.Row> rows) {
    var arr = plan.putArray("guide_estimates");
    for (var r : rows) {
      var x = arr.addObject().put("metric", r.estimate().metric().id()).put("guide", r.estimate().range())
          .put("unit", r.estimate().unit());
      CostJson.figure(x, "model", r.model(), 1e4, QUEUE_NEVER_DRAINS);
      x.put("verdict", r.verdict()).put("note", r.note()).put("source", r.estimate().provenance().source());
    }
  }

  /** Puts {@code v} unrounded, or {@code null} beside {@code NAME_reason} when it is not finite ({@link CostJson#figure}). */
  private static void exact(ObjectNode o, String name, double v, String reason) {
    if (Double.isFinite(v)) {
      o.put(name, v);
    } else {
      CostJson.figure(o, name, v, 1, reason);
    }
  }

  /** Why a response time or a goal's miss has no figure: the queue grows without limit. */
  static final String QUEUE_NEVER_DRAINS =
      "unbounded: at this load requests arrive at least as fast as the backend serves them, so the queue grows without limit";

  static double round(double v, double scale) {
    return CostJson.round(v, scale);
  }
}
