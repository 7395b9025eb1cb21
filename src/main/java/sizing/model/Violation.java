package sizing.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
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
   * violations sum to the least, of those with the fewest infinite ones ({@code
   * sizing.plan.Optimizer}).
   */
  public double shortfall() {
    if (Double.isInfinite(value)) {
      return Double.POSITIVE_INFINITY;
    }
    double allowed = goal.atLeast() ? 100 - limit : limit;
    return allowed > 0 ? by() / allowed : Double.POSITIVE_INFINITY;
  }

  /**
   * E.g. "p95 18.2 s above the limit of 15 s by 3.2 s". The limit reads as it was set (99.95%, not
   * 100%); the value gets at least three significant figures and as many decimals as the limit, and
   * more when it takes more to tell the two apart, so 99.89% and 99.9% never both read 99.9%.
   */
  public String sentence() {
    if (Double.isInfinite(value)) {
      return goal.id() + " unbounded: the backend queue never drains (limit " + withUnit(exact(limit)) + ")";
    }
    boolean atLeast = goal.atLeast();
    String limitText;
    String valueText;
    if (unit().equals("USD")) {
      limitText = Figures.usd(limit);
      valueText = Figures.usd(value);
      if (valueText.equals(limitText)) {
        limitText = "$" + exact(limit).toPlainString();
        valueText = "$" + apart(value, exact(limit)).toPlainString();
      }
    } else {
      var l = exact(limit);
      limitText = withUnit(l);
      valueText = withUnit(apart(value, l));
    }
    var by = unit().equals("%") ? significant(by(), 3) + " points"
        : unit().equals("USD") ? Figures.usd(by()) : withUnit(new BigDecimal(significant(by(), 3)));
    return String.format(Locale.ROOT, "%s %s %s the %s of %s by %s",
        goal.id(), valueText, atLeast ? "below" : "above", atLeast ? "goal" : "limit", limitText, by);
  }

  private String withUnit(BigDecimal v) {
    var text = v.toPlainString();
    return unit().equals("%") ? text + "%" : unit().isEmpty() ? text : text + " " + unit();
  }

  /** {@code v} without float noise: 12 significant figures, trailing zeros dropped. */
  private static BigDecimal exact(double v) {
    return new BigDecimal(v).round(new MathContext(12)).stripTrailingZeros();
  }

  /**
   * {@code v} rounded to at least three significant figures and the decimals of {@code other},
   * and to more decimals while it still reads the same as {@code other}.
   */
  private static BigDecimal apart(double v, BigDecimal other) {
    var exact = new BigDecimal(v);
    int scale = Math.max(Math.max(other.scale(), 0), v == 0 ? 0 : 2 - (int) Math.floor(Math.log10(Math.abs(v))));
    BigDecimal r = exact.setScale(scale, RoundingMode.HALF_EVEN).stripTrailingZeros();
    while (r.compareTo(other) == 0 && scale < 15) {
      scale++;
      r = exact.setScale(scale, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }
    return r.scale() < 0 ? r.setScale(0) : r;
  }

  private static String significant(double v, int digits) {
    if (!Double.isFinite(v)) {
      return String.valueOf(v);
    }
    return new java.math.BigDecimal(v).round(new java.math.MathContext(digits)).stripTrailingZeros().toPlainString();
  }
}
