package sizing.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A deployment under a workload at one number of concurrent users.
 *
 * @param utilisation each resource the deployment is checked on, with its utilisation, 0..1 and
 *     above when overloaded
 * @param bottleneck the constraint that binds at the deployment's capacity, whatever {@code users}:
 *     the one that fails at one user more than it carries, or the configuration check it fails
 *     ({@link CompiledDeployment#bottleneck()}); empty when nothing binds up to the most users the
 *     model reports
 * @param p95Seconds p95 response: queueing wait + backend service + database + vector + LLM, s
 * @param availability the deployment's monthly availability, 0..1
 * @param llmMonthlyUsd what the LLM calls of these users cost per month, USD
 * @param violations every load-dependent goal this evaluation misses (empty when it meets all)
 */
public record Evaluation(
    double users,
    Map<Resource, Double> utilisation,
    Optional<Constraint> bottleneck,
    double p95Seconds,
    double availability,
    double llmMonthlyUsd,
    List<Violation> violations) {

  public Evaluation {
    utilisation = Collections.unmodifiableMap(utilisation.isEmpty()
        ? new EnumMap<>(Resource.class) : new EnumMap<>(utilisation));
    java.util.Objects.requireNonNull(bottleneck, "bottleneck");
    violations = List.copyOf(violations);
  }

  public boolean meetsGoals() {
    return violations.isEmpty();
  }

  /** The bottleneck's id as outputs write it ({@code backend_cpu}, {@code p95}), or an empty string. */
  public String bottleneckId() {
    return bottleneck.map(Constraint::id).orElse("");
  }
}
