package sizing.chart;

import java.util.List;
import sizing.model.Figures;
import sizing.model.SizingModel;
import sizing.sweep.Range;

/**
 * Numbers of concurrent users from {@code from} to {@code to} in steps of {@code step}, written
 * {@code FROM..TO:STEP} (e.g. {@code 5..300:5}, the grammar of {@link Range}): the users axis of the
 * charts that need one.
 */
public record UserRange(double from, double to, double step) {
  /** The most points a chart draws along its users axis; each is a judgement of every plan. */
  public static final int MAX_VALUES = 10_000;

  /** 5 to 300 users in steps of 5: past the guide's largest deployment (150-200 users). */
  public static final UserRange DEFAULT = new UserRange(5, 300, 5);

  public UserRange {
    if (!(from > 0) || !(to >= from) || !(to <= SizingModel.MAX_USERS)) {
      throw new IllegalArgumentException("users range must run from a number above 0 up to a number at least as large and at most "
          + SizingModel.MAX_USERS + ", was " + Figures.plain(from) + ".." + Figures.plain(to));
    }
    if (!(step > 0) || Double.isInfinite(step)) {
      throw new IllegalArgumentException("users range step must be greater than 0, was " + Figures.plain(step));
    }
    if ((to - from) / step + 1 > MAX_VALUES) {
      throw new IllegalArgumentException("users range " + Figures.plain(from) + ".." + Figures.plain(to) + ":" + Figures.plain(step) + " holds more than "
          + MAX_VALUES + " values; take a larger step");
    }
  }

  /** Reads {@code FROM..TO:STEP} ({@link Range#span}); the step defaults to 1. */
  public static UserRange parse(String text) {
    var span = Range.span("users", text);
    return new UserRange(span.from().doubleValue(), span.to().doubleValue(), span.step().doubleValue());
  }

  /**
   * The range {@code users} run through when they are evenly spaced (at least two values, each
   * {@code step} above the last, at most {@link #MAX_VALUES}); empty otherwise.
   */
  public static java.util.Optional<UserRange> of(List<Double> users) {
    int n = users.size();
    if (n < 2 || n > MAX_VALUES) {
      return java.util.Optional.empty();
    }
    double first = users.get(0);
    double step = users.get(1) - first;
    for (int i = 0; i < n; i++) {
      if (Math.abs(users.get(i) - (first + i * step)) > 1e-9 * Math.max(1, Math.abs(users.get(i)))) {
        return java.util.Optional.empty();
      }
    }
    try {
      return java.util.Optional.of(new UserRange(first, users.get(n - 1), step));
    } catch (IllegalArgumentException e) {
      return java.util.Optional.empty();
    }
  }

  /** {@code from, from + step, ...} up to and including {@code to}. */
  public double[] values() {
    int n = (int) Math.floor((to - from) / step + 1e-9) + 1;
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = from + i * step;
    }
    return v;
  }

  @Override
  public String toString() {
    return Figures.plain(from) + ".." + Figures.plain(to) + ":" + Figures.plain(step);
  }
}
