package sizing.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import sizing.model.Figures;
import sizing.model.Goals;
import sizing.model.SizingModel;
import sizing.model.WorkloadParameter;

/**
 * One parameter a sweep varies and the values it takes. Numeric parameters hold {@link Double}s,
 * {@link #LLM_MODEL} and {@link #TERM} hold names. The parameter names are the sweep table's column
 * names.
 */
public record Axis(String name, List<Object> values) {
  /** The number of concurrent users. */
  public static final String USERS = WorkloadParameter.USERS.id();
  /** The LLM the backend calls, by name in {@code data/llm/models.csv}. */
  public static final String LLM_MODEL = "llm_model";
  /** The payment term, by name in {@code data/prices/commitments.csv}. */
  public static final String TERM = "term";
  /** A factor applied to every catalog price ({@link sizing.model.Catalog#withPricesTimes}). */
  public static final String PRICE_MULTIPLIER = "price_multiplier";
  /** The p95 response goal, seconds. */
  public static final String P95_GOAL = "p95_seconds_goal";
  /** The availability goal, percent. */
  public static final String AVAILABILITY_GOAL = "availability_pct_goal";
  /** The hosting budget goal, USD a month. */
  public static final String BUDGET_GOAL = "budget_usd_goal";

  public Axis {
    Objects.requireNonNull(name, "name");
    values = List.copyOf(values);
    if (values.isEmpty()) {
      throw new IllegalArgumentException(name + ": no values");
    }
  }

  public boolean numeric() {
    return values.get(0) instanceof Double;
  }

  public int size() {
    return values.size();
  }

  /** Every parameter name a sweep accepts for {@code base}: users, the workload's other parameters, then the rest. */
  public static List<String> names(Baseline base) {
    var names = new ArrayList<String>();
    names.add(USERS);
    for (var p : base.model().workload().parameters().keySet()) {
      if (p != WorkloadParameter.USERS) {
        names.add(p.id());
      }
    }
    names.addAll(List.of(LLM_MODEL, TERM, PRICE_MULTIPLIER, P95_GOAL, AVAILABILITY_GOAL, BUDGET_GOAL));
    return names;
  }

  /**
   * Parses {@code text} ({@link Range}) as the values of parameter {@code name} and checks each
   * one could be used, so a bad value is reported before anything is computed. Errors are
   * {@link IllegalArgumentException}s whose one-line message starts with {@code argument}.
   */
  public static Axis parse(String argument, String name, String text, Baseline base) {
    var valid = names(base);
    if (!valid.contains(name)) {
      throw new IllegalArgumentException(
          argument + ": unknown parameter '" + name + "' (valid: " + String.join(", ", valid) + ")");
    }
    var values = new ArrayList<Object>();
    switch (name) {
      case LLM_MODEL, TERM -> {
        var choices = name.equals(LLM_MODEL) ? base.llmModels().keySet() : base.terms().keySet();
        for (var v : Range.names(argument, text)) {
          if (!choices.contains(v)) {
            throw new IllegalArgumentException(argument + ": unknown " + (name.equals(LLM_MODEL) ? "LLM model" : "term")
                + " '" + v + "' (valid: " + String.join(", ", choices) + ")");
          }
          values.add(v);
        }
      }
      default -> {
        for (double v : Range.numbers(argument, text)) {
          try {
            check(name, v, base);
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(argument + ": " + e.getMessage());
          }
          values.add(v);
        }
      }
    }
    return new Axis(name, values);
  }

  private static void check(String name, double v, Baseline base) {
    var goals = base.model().goals();
    if (name.equals(USERS)) {
      if (!(v > 0 && v <= SizingModel.MAX_USERS)) {
        throw new IllegalArgumentException("users must be above 0 and at most " + SizingModel.MAX_USERS + ", was " + Figures.plain(v));
      }
      return;
    }
    switch (name) {
      case PRICE_MULTIPLIER -> base.catalog().withPricesTimes(v);
      case P95_GOAL -> goals.withP95(v);
      case AVAILABILITY_GOAL -> goals.withAvailability(v);
      case BUDGET_GOAL -> goals.withBudget(v);
      default -> base.model().workload().with(WorkloadParameter.ofId(name), v);
    }
  }

  static Goals goalsWith(Goals goals, String name, double v) {
    return switch (name) {
      case P95_GOAL -> goals.withP95(v);
      case AVAILABILITY_GOAL -> goals.withAvailability(v);
      case BUDGET_GOAL -> goals.withBudget(v);
      default -> throw new IllegalArgumentException("not a goal: " + name);
    };
  }
}
