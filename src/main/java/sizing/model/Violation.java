package sizing.model;

import java.util.Locale;

/** A goal a plan misses: what it achieves against what is asked, in the goal's unit. */
public record Violation(String goal, double value, double limit, String unit) {

  /** How far past the limit, in the goal's unit (always positive for a real violation). */
  public double by() {
    return Math.abs(value - limit);
  }

  /** E.g. "p95 18.2 s above the goal of 15 s by 3.2 s". */
  public String sentence() {
    if (Double.isInfinite(value)) {
      return goal + " unbounded: the backend queue never drains (limit " + fmt(limit) + ")";
    }
    boolean atLeast = goal.equals("availability") || goal.equals("capacity");
    var by = unit.equals("%") ? String.format(Locale.ROOT, "%.3g points", by()) : fmt(by());
    return String.format(Locale.ROOT, "%s %s %s the %s of %s by %s",
        goal, fmt(value), atLeast ? "below" : "above", atLeast ? "goal" : "limit", fmt(limit), by);
  }

  private String fmt(double v) {
    return switch (unit) {
      case "%" -> String.format(Locale.ROOT, "%.3g%%", v);
      case "USD" -> String.format(Locale.ROOT, "$%,.2f", v);
      case "s" -> String.format(Locale.ROOT, "%.2f s", v);
      default -> String.format(Locale.ROOT, "%.3g%s", v, unit.isEmpty() ? "" : " " + unit);
    };
  }
}
