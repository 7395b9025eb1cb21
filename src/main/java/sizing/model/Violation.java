package sizing.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A goal a plan misses: what it achieves against what is asked, in the unit of the {@link
 * Constraint} it falls short on.
 */
public record Violation(Constraint goal, double value, double limit) {

  public Violation {
    Objects.requireNonNull(goal, "goal");
  }

  /** The unit of {@link #value()} and {@link #limit()}: {@code %}, {@code s} or {@code USD}. */
  public String unit() {
    return goal.unit();
  }

  /** How far past the limit, in the goal's unit (always positive for a real violation). */
  public double by() {
    return Math.abs(value - limit);
  }

  /** E.g. "p95 18.2 s above the goal of 15 s by 3.2 s". */
  public String sentence() {
    if (Double.isInfinite(value)) {
      return goal.id() + " unbounded: the backend queue never drains (limit " + fmt(limit) + ")";
    }
    boolean atLeast = goal.atLeast();
    var by = unit().equals("%") ? String.format(Locale.ROOT, "%.3g points", by()) : fmt(by());
    return String.format(Locale.ROOT, "%s %s %s the %s of %s by %s",
        goal.id(), fmt(value), atLeast ? "below" : "above", atLeast ? "goal" : "limit", fmt(limit), by);
  }

  private String fmt(double v) {
    return switch (unit()) {
      case "%" -> String.format(Locale.ROOT, "%.3g%%", v);
      case "USD" -> Figures.usd(v);
      case "s" -> String.format(Locale.ROOT, "%.2f s", v);
      default -> String.format(Locale.ROOT, "%.3g%s", v, unit().isEmpty() ? "" : " " + unit());
    };
  }
}
