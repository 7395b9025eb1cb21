package sizing.narrative;

import java.util.List;
import sizing.io.SafeText;
import sizing.model.Figures;
import sizing.plan.PlanFacts;

/**
 * The sentences that state one plan's {@link PlanFacts}, one writer per output format: {@link
 * #TEXT} for terminals, {@link #MARKDOWN} for Markdown and the report's HTML. {@code jbang size},
 * the executive summary ({@link Summary}) and the report's index ({@link ReportIndex}) state a
 * plan's cost, capacity, p95, availability, bottleneck, misses and fixes through these, every
 * figure formatted by {@link Figures}. (JSON states the same facts in {@code sizing.cli.PlanJson}.)
 */
public enum PlanProse {
  /** Plain text: names and identifiers as they are. */
  TEXT {
    @Override
    String words(String text) {
      return text;
    }

    @Override
    String id(String id) {
      return id;
    }
  },
  /** Markdown: names and sentences from data files escaped, identifiers in code spans. */
  MARKDOWN {
    @Override
    String words(String text) {
      return SafeText.markdown(text);
    }

    @Override
    String id(String id) {
      return "`" + id + "`";
    }
  };

  /** Text from data files or the model, written so the format shows it as it is. */
  abstract String words(String text);

  /** An identifier (a plan, a resource, a goal). */
  abstract String id(String id);

  /** What the plan costs: e.g. {@code $336.00/month hosting (on-demand) + $112,752.00/month LLM}. */
  public String costs(PlanFacts f) {
    return Figures.usd(f.monthlyUsd()) + "/month hosting (" + words(f.term()) + ") + " + Figures.usd(f.llmMonthlyUsd())
        + "/month LLM";
  }

  /**
   * What the plan carries and how it serves: e.g. {@code carries up to 162 concurrent users, limited
   * by backend_cpu; p95 27.0 s; available 99.69% (hosting), 99.19% with the LLM provider's 99.5%}.
   */
  public String service(PlanFacts f) {
    return "carries up to " + Figures.count(f.capacityUsers()) + " concurrent users"
        + f.bottleneck().map(b -> ", limited by " + id(b.id())).orElse("")
        + "; p95 " + Figures.seconds(f.p95Seconds()) + "; available " + Figures.availability(f.hostingAvailability())
        + " (hosting), " + Figures.availability(f.serviceAvailability()) + " with the LLM provider's "
        + Figures.availability(f.llmProviderAvailability());
  }

  /** The goals the plan misses, e.g. {@code misses budget $360.00 above the goal of $300.00}, or "" when it meets them all. */
  public String misses(PlanFacts f) {
    return f.meetsGoals() ? "" : "misses " + String.join("; ", f.misses().stream().map(v -> words(v.sentence())).toList());
  }

  /** {@link #costs}, {@link #service} and {@link #misses} in one sentence without its full stop. */
  public String facts(PlanFacts f) {
    var misses = misses(f);
    return costs(f) + "; " + service(f) + (misses.isEmpty() ? "" : "; " + misses);
  }

  /** {@code clause} as a sentence on its own: its first letter in capitals, with a full stop. */
  public String sentence(String clause) {
    return clause.isEmpty() ? clause : Character.toUpperCase(clause.charAt(0)) + clause.substring(1) + ".";
  }

  /** One sentence per {@link sizing.plan.PlanFix} of the plan: what to change and what it then carries. */
  public List<String> fixes(PlanFacts f) {
    return f.fixes().stream().map(x -> words(x.sentence())).toList();
  }
}
