package sizing.model;

import java.util.Objects;

/**
 * One phase of the guide's migration path (guide §Migration Path): the months it covers and the
 * deployment (a scenario) it runs.
 *
 * @param lastMonth the last month of the phase, {@link Integer#MAX_VALUE} for "month N+"
 */
public record MigrationPhase(String name, int firstMonth, int lastMonth, String scenario, Provenance provenance) {
  public MigrationPhase {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("phase name is empty");
    }
    if (firstMonth < 1) {
      throw new IllegalArgumentException("first month must be at least 1, was " + firstMonth);
    }
    if (lastMonth < firstMonth) {
      throw new IllegalArgumentException("last month " + lastMonth + " is before first month " + firstMonth);
    }
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(provenance, "provenance");
  }

  public boolean covers(int month) {
    return month >= firstMonth && month <= lastMonth;
  }
}
