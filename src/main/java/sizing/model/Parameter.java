package sizing.model;

import java.util.Objects;

/**
 * One workload figure with the range it may take: {@code value} is the default, {@code low} and
 * {@code high} bound it for sensitivity and Monte Carlo work. NaN value means "not set".
 */
public record Parameter(WorkloadParameter key, double value, double low, double high, String unit, Provenance provenance) {
  public Parameter {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(provenance, "provenance");
    if (!Double.isNaN(value)) {
      if (!(low <= high)) {
        throw new IllegalArgumentException(key.id() + ": low " + low + " is above high " + high);
      }
      if (value < 0 || low < 0) {
        throw new IllegalArgumentException(key.id() + ": must not be negative");
      }
    }
    unit = unit == null ? "" : unit;
  }

  /** The name as the workload file writes it, e.g. {@code concurrent_users}. */
  public String name() {
    return key.id();
  }

  public boolean isSet() {
    return !Double.isNaN(value);
  }

  /** This parameter at another value, widening the range to include it. */
  public Parameter at(double v) {
    return new Parameter(key, v, Math.min(low, v), Math.max(high, v), unit, provenance);
  }
}
