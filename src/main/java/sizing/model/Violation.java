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

  /**
   * How far short of its goal, relative to what the goal allows: {@code (value - limit) / limit}
   * for a goal to stay at or below (utilisation, p95, budget, a configuration limit), and for
   * availability the downtime past the downtime the goal allows, {@code (limit - value) / (100 -
   * limit)}, since a shortfall of 0.1 points matters against 99.9% and not against 90%. Infinite
   * when the value is (a queue that never drains). The nearest plan to the goals is the one whose
   * violations sum to the least ({@code sizing.plan.Optimizer}).
   */
  public double shortfall() {
    if (Double.isInfinite(value)) {
      return Double.POSITIVE_INFINITY;
    }
    double allowed = goal.atLeast() ? 100 - limit : limit;
    return allowed > 0 ? by() / allowed : Double.POSITIVE_INFINITY;
  }

  /**
   * E.g. "p95 18.20 s above the limit of 15.00 s by 3.20 s". The value and the limit get as many
   * significant figures as it takes to tell them apart (at least three), so 99.89% and 99.9% never
   * both read 99.9%, and a goal of 99.95% never reads 100%.
   */
  public String sentence() {
    if (Double.isInfinite(value)) {
      return goal.id() + " unbounded: the backend queue never drains (limit " + fmt(limit, 3) + ")";
    }
    boolean atLeast = goal.atLeast();
    int digits = 3;
    while (digits < 15 && fmt(value, digits).equals(fmt(limit, digits))) {
      digits++;
    }
    var by = unit().equals("%") ? significant(by(), 3) + " points" : fmt(by(), 3);
    return String.format(Locale.ROOT, "%s %s %s the %s of %s by %s",
        goal.id(), fmt(value, digits), atLeast ? "below" : "above", atLeast ? "goal" : "limit", fmt(limit, digits), by);
  }

  private String fmt(double v, int digits) {
    return switch (unit()) {
      case "%" -> significant(v, digits) + "%";
      case "USD" -> digits <= 3 ? Figures.usd(v) : "$" + significant(v, digits);
      case "s" -> digits <= 3 ? String.format(Locale.ROOT, "%.2f s", v) : significant(v, digits) + " s";
      default -> significant(v, digits) + (unit().isEmpty() ? "" : " " + unit());
    };
  }

  /** {@code v} to {@code digits} significant figures, without trailing zeros: 99.95, 100, 0.00999. */
  private static String significant(double v, int digits) {
    if (!Double.isFinite(v)) {
      return String.valueOf(v);
    }
    return new java.math.BigDecimal(v).round(new java.math.MathContext(digits)).stripTrailingZeros().toPlainString();
  }
}
