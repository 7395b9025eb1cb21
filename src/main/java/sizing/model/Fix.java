package sizing.model;

import java.util.Objects;

/**
 * A change of configuration that clears a failed {@link Configuration} check, and what the plan
 * carries after it ({@link SizingModel#fixes}).
 *
 * @param failure the check the plan fails as it is
 * @param change what to change, in words
 * @param model the sizing model with the change made
 * @param capacityUsersAfter the plan's capacity with the change made, users
 */
public record Fix(Violation failure, String change, SizingModel model, int capacityUsersAfter) {
  public Fix {
    Objects.requireNonNull(failure, "failure");
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(model, "model");
    if (capacityUsersAfter < 0) {
      throw new IllegalArgumentException("capacity must not be negative, was " + capacityUsersAfter);
    }
  }
}
