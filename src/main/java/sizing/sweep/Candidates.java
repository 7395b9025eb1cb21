package sizing.sweep;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import sizing.model.Catalog;
import sizing.model.Deployment;
import sizing.model.Plan;
import sizing.plan.DecisionEngine;

/**
 * A list of plans, each with its deployment shape read once ({@link Deployment#of}): the plans a
 * Monte Carlo run judges, or the candidates of a {@link DecisionEngine}.
 */
public final class Candidates {
  private final List<Plan> plans;
  private final Deployment[] deployments;
  private final Map<String, Integer> index;

  private Candidates(List<Plan> plans, Catalog catalog) {
    this(plans, plans.stream().map(p -> Deployment.of(p, catalog)).toArray(Deployment[]::new));
  }

  private Candidates(List<Plan> plans, Deployment[] deployments) {
    this.plans = List.copyOf(plans);
    this.deployments = deployments;
    index = new HashMap<>();
    for (int i = 0; i < deployments.length; i++) {
      var p = this.plans.get(i);
      if (index.put(p.name(), i) != null) {
        throw new IllegalArgumentException("plan '" + p.name() + "' appears twice");
      }
    }
  }

  public static Candidates of(List<Plan> plans, Catalog catalog) {
    return new Candidates(plans, catalog);
  }

  /** The engine's candidates, in its order (cheapest first). */
  public static Candidates of(DecisionEngine engine) {
    return new Candidates(engine.candidates().stream().map(DecisionEngine.Candidate::plan).toList(),
        engine.candidates().stream().map(DecisionEngine.Candidate::deployment).toArray(Deployment[]::new));
  }

  public int size() {
    return plans.size();
  }

  public Plan plan(int i) {
    return plans.get(i);
  }

  public Deployment deployment(int i) {
    return deployments[i];
  }

  public List<Plan> plans() {
    return plans;
  }

  /** The index of the plan named {@code name}, or -1. */
  public int indexOf(String name) {
    return index.getOrDefault(name, -1);
  }
}
