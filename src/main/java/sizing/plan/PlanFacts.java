package sizing.plan;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import sizing.model.Constraint;
import sizing.model.SizingModel;
import sizing.model.Violation;

/**
 * The facts every output states about one judged plan, gathered once from a {@link PlanResult} and
 * the {@link SizingModel} that judged it, so the text, Markdown and JSON renderings state the same
 * figures.
 *
 * @param name the plan's name, e.g. {@code lb:2xs-8vcpu-16gb+db:db-s-4vcpu-8gb}
 * @param title the plan in words
 * @param monthlyUsd hosting under {@code term}, USD/month
 * @param term the payment term's name
 * @param termAssumption whether the term's discount is the guide's assumption rather than a published offer
 * @param llmModel the LLM the users call
 * @param llmMonthlyUsd the LLM calls at the judged users, USD/month
 * @param capacityUsers the most concurrent users the plan carries while meeting every load goal
 * @param p95Seconds the p95 response time at the judged users, s (infinite when the queue never drains)
 * @param hostingAvailability the hosting's monthly availability, 0..1
 * @param llmProviderAvailability the LLM provider's availability, 0..1
 * @param serviceAvailability hosting and LLM provider in series ({@link SizingModel#serviceAvailability}), 0..1
 * @param bottleneck the constraint that binds at the plan's capacity, empty when none does
 * @param misses every goal the plan misses at the judged users
 * @param fixes a way out of each configuration check the plan fails ({@link PlanFix#of})
 */
public record PlanFacts(
    String name, String title, double monthlyUsd, String term, boolean termAssumption, String llmModel,
    double llmMonthlyUsd, int capacityUsers, double p95Seconds, double hostingAvailability,
    double llmProviderAvailability, double serviceAvailability, Optional<Constraint> bottleneck,
    List<Violation> misses, List<PlanFix> fixes) {

  public PlanFacts {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(bottleneck, "bottleneck");
    misses = List.copyOf(misses);
    fixes = List.copyOf(fixes);
  }

  /** The facts of {@code r} as {@code model} judged it. */
  public static PlanFacts of(PlanResult r, SizingModel model) {
    var e = r.evaluation();
    return new PlanFacts(r.name(), r.cost().plan().title(), r.monthlyUsd(), r.cost().term().name(),
        r.cost().term().assumption(), model.llm().name(), e.llmMonthlyUsd(), r.capacityUsers(), e.p95Seconds(),
        e.availability(), model.llmProviderAvailabilityPct() / 100, model.serviceAvailability(e.availability()),
        e.bottleneck(), r.violations(), PlanFix.of(r, model));
  }

  /** Hosting plus LLM, USD/month. */
  public double totalMonthlyUsd() {
    return monthlyUsd + llmMonthlyUsd;
  }

  public boolean meetsGoals() {
    return misses.isEmpty();
  }
}
