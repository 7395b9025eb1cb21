package sizing.model;

/**
 * What a plan can fall short on, and what binds it as users grow: a {@link Resource}'s utilisation
 * limit, one of the {@link Target}s the whole plan must hit, or a {@link Configuration} check that
 * holds or fails whatever the load. A {@link Violation} names one, and so does {@link
 * Evaluation#bottleneck()}.
 */
public sealed interface Constraint extends Key permits Resource, Target, Configuration {

  /** The unit a violation of this constraint is measured in: {@code %}, {@code s}, {@code USD} or {@code connections}. */
  String unit();

  /** True when the plan must reach at least the limit (availability); false when it must stay at or below it. */
  boolean atLeast();
}
