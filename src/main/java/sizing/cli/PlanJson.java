package sizing.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import sizing.model.SizingModel;
import sizing.model.Violation;
import sizing.plan.GuideComparison;
import sizing.plan.PlanResult;
import sizing.plan.Recommendation;

/** JSON for judged plans and the optimizer's answer. */
public final class PlanJson {
  private PlanJson() {}

  /**
   * The cost object of {@link CostJson#plan} plus {@code family, users, capacity_users,
   * bottleneck, p95_seconds, availability, availability_pct, llm_model, llm_monthly_usd,
   * total_monthly_usd, utilisation {resource: fraction}, meets_goals, misses [sentences]}.
   */
  public static ObjectNode result(PlanResult r, double guideMonthlyUsd, SizingModel model) {
    var o = CostJson.plan(r.cost(), guideMonthlyUsd);
    var e = r.evaluation();
    o.put("family", r.deployment().family().id());
    o.put("users", e.users());
    o.put("capacity_users", r.capacityUsers());
    o.put("bottleneck", e.bottleneckId());
    o.put("p95_seconds", finite(e.p95Seconds()));
    o.put("availability", round(e.availability(), 1e8));
    o.put("availability_pct", round(100 * e.availability(), 1e6));
    o.put("llm_model", model.llm().name());
    o.put("llm_monthly_usd", CostJson.round(e.llmMonthlyUsd()));
    o.put("total_monthly_usd", CostJson.round(r.totalMonthlyUsd()));
    var u = o.putObject("utilisation");
    e.utilisation().entrySet().stream().sorted(java.util.Comparator.comparing(x -> x.getKey().id()))
        .forEach(x -> u.put(x.getKey().id(), round(x.getValue(), 1e6)));
    o.put("meets_goals", r.feasible());
    var misses = o.putArray("misses");
    r.violations().forEach(v -> misses.add(v.sentence()));
    return o;
  }

  /** {@code {demand, recommended, alternatives, rejected, frontier, binding_goal, nearest}}. */
  public static ObjectNode recommendation(Recommendation rec, SizingModel model, ObjectNode demand) {
    var o = CostJson.MAPPER.createObjectNode();
    o.set("demand", demand);
    if (rec.recommended().isPresent()) {
      o.set("recommended", result(rec.recommended().get(), Double.NaN, model));
    } else {
      o.putNull("recommended");
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
      var reasons = x.putArray("reasons");
      for (Violation v : r.reasons()) {
        reasons.addObject().put("goal", v.goal().id()).put("value", finite(v.value())).put("limit", v.limit())
            .put("unit", v.unit()).put("by", finite(v.by())).put("text", v.sentence());
      }
    }
    var front = o.putArray("frontier");
    rec.frontier().forEach(r -> front.addObject().put("plan", r.name()).put("family", r.deployment().family().id())
        .put("monthly_usd", CostJson.round(r.monthlyUsd())).put("capacity_users", r.capacityUsers()));
    rec.binding().ifPresent(b -> o.put("binding_goal", b.id()));
    rec.nearest().ifPresent(n -> o.set("nearest", result(n, Double.NaN, model)));
    o.put("plans_considered", rec.plansConsidered());
    o.put("plans_judged", rec.plansJudged());
    return o;
  }

  /** The guide's estimates beside the model's figures. */
  public static void guide(ObjectNode plan, List<GuideComparison.Row> rows) {
    var arr = plan.putArray("guide_estimates");
    for (var r : rows) {
      arr.addObject().put("metric", r.estimate().metric().id()).put("guide", r.estimate().range())
          .put("unit", r.estimate().unit()).put("model", finite(r.model())).put("verdict", r.verdict())
          .put("note", r.note()).put("source", r.estimate().provenance().source());
    }
  }

  static double round(double v, double scale) {
    return Double.isFinite(v) ? Math.round(v * scale) / scale : v;
  }

  /** JSON has no infinity: an unbounded figure is written as -1 and explained by the sentences. */
  static double finite(double v) {
    return Double.isFinite(v) ? round(v, 1e4) : -1;
  }
}
