package sizing.model;

import java.util.List;
import java.util.Map;

/**
 * A deployment under a workload at one number of concurrent users.
 *
 * @param utilisation each resource's utilisation, 0..1 and above when overloaded (keys:
 *     backend_cpu, backend_memory, db_cpu, db_memory, db_connections, vector_cpu, vector_memory,
 *     frontend_memory, sessions_memory, llm_tpm)
 * @param bottleneck the resource that saturates first as users grow: of those whose use grows with
 *     users (and p95), the one closest to or furthest past its limit; a fixed one only when past it
 * @param p95Seconds p95 response: queueing wait + backend service + database + vector + LLM, s
 * @param availability the deployment's monthly availability, 0..1
 * @param llmMonthlyUsd what the LLM calls of these users cost per month, USD
 * @param violations every load-dependent goal this evaluation misses (empty when it meets all)
 */
public record Evaluation(
    double users,
    Map<String, Double> utilisation,
    String bottleneck,
    double p95Seconds,
    double availability,
    double llmMonthlyUsd,
    List<Violation> violations) {

  public Evaluation {
    utilisation = Map.copyOf(utilisation);
    violations = List.copyOf(violations);
  }

  public boolean meetsGoals() {
    return violations.isEmpty();
  }
}
