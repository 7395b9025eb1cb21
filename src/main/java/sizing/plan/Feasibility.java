package sizing.plan;

import sizing.model.Goals;

/**
 * The goals a plan meets whatever the number of users: availability and budget, each with its one
 * tolerance. The load goals are the model's ({@link sizing.model.CompiledDeployment#carries}).
 */
public final class Feasibility {
  /** A monthly cost within this many dollars of the budget meets it (rounding of summed prices). */
  public static final double USD_TOLERANCE = 1e-9;
  /** An availability within this many percentage points of the goal meets it (rounding of products). */
  public static final double PCT_TOLERANCE = 1e-12;

  private Feasibility() {}

  /** Whether {@code availability} (0..1) meets the availability goal of {@code goals} (none when NaN). */
  public static boolean meetsAvailability(Goals goals, double availability) {
    double goal = goals.availabilityPct();
    return Double.isNaN(goal) || 100 * availability >= goal - PCT_TOLERANCE;
  }

  /** Whether {@code monthlyUsd} is within the budget goal of {@code goals} (none when NaN). */
  public static boolean withinBudget(Goals goals, double monthlyUsd) {
    double budget = goals.budgetUsd();
    return Double.isNaN(budget) || monthlyUsd <= budget + USD_TOLERANCE;
  }
}
