package sizing.chart;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Numbers of concurrent users from {@code from} to {@code to} in steps of {@code step}, written
 * {@code FROM..TO:STEP} (e.g. {@code 5..300:5}): the users axis of the charts that need one.
 */
public record UserRange(double from, double to, double step) {
  /** The most values a range may hold. */
  public static final int MAX_VALUES = 10_000;

  /** 5 to 300 users in steps of 5: past the guide's largest deployment (150-200 users). */
  public static final UserRange DEFAULT = new UserRange(5, 300, 5);

  private static final Pattern FORM =
      Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?)\\s*\\.\\.\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(?::\\s*([0-9]+(?:\\.[0-9]+)?))?\\s*");

  public UserRange {
    if (!(from > 0) || !(to >= from) || Double.isInfinite(to)) {
      throw new IllegalArgumentException("users range must run from a number above 0 up to a number at least as large, was "
          + fmt(from) + ".." + fmt(to));
    }
    if (!(step > 0) || Double.isInfinite(step)) {
      throw new IllegalArgumentException("users range step must be greater than 0, was " + fmt(step));
    }
    if ((to - from) / step + 1 > MAX_VALUES) {
      throw new IllegalArgumentException("users range " + fmt(from) + ".." + fmt(to) + ":" + fmt(step) + " holds more than "
          + MAX_VALUES + " values; take a larger step");
    }
  }

  /** Reads {@code FROM..TO:STEP}; the step defaults to 1. */
  public static UserRange parse(String text) {
    var m = FORM.matcher(text == null ? "" : text);
    if (!m.matches()) {
      throw new IllegalArgumentException("'" + text + "' is not a users range FROM..TO:STEP, e.g. 5..300:5");
    }
    return new UserRange(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
        m.group(3) == null ? 1 : Double.parseDouble(m.group(3)));
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
    return fmt(from) + ".." + fmt(to) + ":" + fmt(step);
  }

  private static String fmt(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%s", v);
  }
}
