package sizing.narrative;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import sizing.data.Workbook;
import sizing.model.CommitmentTerm;
import sizing.model.CostModel;
import sizing.model.SizingModel;
import sizing.plan.Optimizer;
import sizing.plan.PlanResult;
import sizing.plan.Pricing;
import sizing.plan.Recommendation;

/**
 * The executive summary's facts, computed once: the recommendation for a workload, its cost
 * under every term, the LLM spend under every model, and the best plan of each family. {@link
 * #markdown()} writes the prose; every number in it comes from these fields.
 */
public record Summary(
    double users,
    SizingModel model,
    Recommendation recommendation,
    Map<String, Double> monthlyByTerm,
    Map<String, CommitmentTerm> terms,
    Map<String, Double> llmMonthlyByModel,
    List<PlanResult> bestByFamily) {

  /** Computes the summary for {@code users} concurrent users with the workbook's goals. */
  public static Summary of(Workbook wb, SizingModel model, double users) {
    var onDemand = wb.terms().get("on-demand");
    var rec = Optimizer.optimize(new Pricing(wb.buying(), onDemand, model), users, 3);
    var byTerm = new java.util.LinkedHashMap<String, Double>();
    rec.recommended().ifPresent(r -> wb.terms().forEach((name, term) ->
        byTerm.put(name, CostModel.price(r.cost().plan(), wb.buying(), term).monthlyUsd())));
    var byModel = new java.util.LinkedHashMap<String, Double>();
    wb.llmModels().forEach((name, m) -> byModel.put(name, model.withLlm(m).llmMonthlyUsd(users)));
    var best = new ArrayList<>(rec.bestByFamily().values());
    best.sort(Comparator.comparingDouble(PlanResult::monthlyUsd));
    return new Summary(users, model, rec, byTerm, wb.terms(), byModel, best);
  }

  /** The summary as Markdown paragraphs and bullets. */
  public String markdown() {
    var sb = new StringBuilder();
    if (recommendation.recommended().isEmpty()) {
      sb.append("No plan in the catalog meets every goal for ").append(Md.count(users)).append(" concurrent users");
      recommendation.binding().ifPresent(b -> sb.append("; the goal that binds is ").append(Md.code(b.id())));
      sb.append(".\n");
      return sb.toString();
    }
    var r = recommendation.recommended().get();
    var e = r.evaluation();
    var facts = sizing.plan.PlanFacts.of(r, model);
    sb.append("For ").append(Md.bold(Md.count(users) + " concurrent users")).append(" calling ")
        .append(Md.code(model.llm().name())).append(", the cheapest plan that meets every goal is ")
        .append(Md.bold(r.cost().plan().title())).append(" (").append(Md.code(r.name())).append(") at ")
        .append(Md.bold(Md.usd(r.monthlyUsd()) + "/month")).append(" on demand. It ")
        .append(PlanProse.MARKDOWN.service(facts)).append(".\n\n");

    var items = new ArrayList<String>();
    monthlyByTerm.forEach((name, usd) -> {
      var t = terms.get(name);
      items.add(Md.code(name) + ": " + Md.usd(usd) + "/month" + (t.assumption() ? " (the guide's assumed discount; no public DigitalOcean offer)" : ""));
    });
    sb.append("Its hosting cost under each payment term:\n\n").append(Md.bullets(items)).append('\n');

    double llm = e.llmMonthlyUsd();
    sb.append(llm > r.monthlyUsd() ? "Hosting is the small part of the bill: at this load the LLM calls cost "
        : "At this load the LLM calls cost ")
        .append(Md.bold(Md.usd0(llm) + "/month")).append(" with ").append(Md.code(model.llm().name()))
        .append(", ").append(Md.times(llm / r.monthlyUsd())).append(" the hosting, so the total is ")
        .append(Md.usd0(r.totalMonthlyUsd())).append("/month.\n\n");

    sb.append("### The three choices that matter\n\n");
    var choices = new ArrayList<String>();
    choices.add(Md.bold("Which LLM.") + " " + llmChoice(llm, r.monthlyUsd()));
    var families = new ArrayList<String>();
    for (var b : bestByFamily) {
      families.add(b.deployment().family().label() + " " + Md.usd(b.monthlyUsd()) + " ("
          + sizing.model.Figures.availability(b.evaluation().availability()) + ")");
    }
    choices.add(Md.bold("Which topology.") + " The cheapest plan of each family that meets the goals: "
        + String.join("; ", families) + "." + missingFamilies());
    var onDemand = monthlyByTerm.get("on-demand");
    var best = monthlyByTerm.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow();
    choices.add(Md.bold("Whether to commit.") + " The guide's " + Md.code(best.getKey()) + " discount would save "
        + Md.usd((onDemand - best.getValue()) * 12) + " a year on this plan, but it is the guide's assumption: "
        + "if DigitalOcean offers no such term the saving is " + Md.usd(0) + " and nothing else changes.");
    sb.append(Md.bullets(choices));
    return sb.toString();
  }

  /**
   * The LLM bill beside the other models': against the cheapest model, or, when this one is the
   * cheapest, against the dearest (a comparison with itself says nothing).
   */
  private String llmChoice(double llm, double hostingUsd) {
    var name = model.llm().name();
    var others = llmMonthlyByModel.entrySet().stream().filter(e -> !e.getKey().equals(name)).toList();
    var sb = new StringBuilder("The same traffic costs ").append(Md.usd0(llm)).append("/month with ").append(Md.code(name));
    if (others.isEmpty()) {
      return sb.append(", the only model in ").append(Md.code("data/llm/models.csv")).append('.').toString();
    }
    var cheapest = others.stream().min(Map.Entry.comparingByValue()).orElseThrow();
    if (cheapest.getValue() < llm) {
      return sb.append(" and ").append(Md.usd0(cheapest.getValue())).append("/month with ").append(Md.code(cheapest.getKey()))
          .append(": a difference of ").append(Md.usd0(llm - cheapest.getValue())).append("/month, ")
          .append(Md.times((llm - cheapest.getValue()) / hostingUsd)).append(" the whole hosting bill.").toString();
    }
    var dearest = others.stream().max(Map.Entry.comparingByValue()).orElseThrow();
    return sb.append(", the cheapest of the ").append(Md.count(others.size() + 1)).append(" models priced; with ")
        .append(Md.code(dearest.getKey())).append(", the dearest, it would cost ").append(Md.usd0(dearest.getValue()))
        .append("/month, ").append(Md.usd0(dearest.getValue() - llm)).append(" more: ")
        .append(Md.times((dearest.getValue() - llm) / hostingUsd)).append(" the whole hosting bill.").toString();
  }

  private String missingFamilies() {
    var missing = recommendation.rejected().stream().map(x -> x.family().label() + " (" + x.reasons().stream()
        .map(v -> v.goal().id()).distinct().reduce((a, b) -> a + ", " + b).orElse("") + ")").toList();
    return missing.isEmpty() ? "" : " No plan meets the goals in: " + String.join("; ", missing) + ".";
  }

}
