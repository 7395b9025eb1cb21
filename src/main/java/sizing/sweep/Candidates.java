package sizing.sweep;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import sizing.model.Catalog;
import sizing.model.Deployment;
import sizing.model.Plan;

/**
 * The plans a sweep chooses from, each with its deployment shape read once ({@link
 * Deployment#of}); shapes depend only on the catalog's sizes, never on its prices, so one set
 * serves every price multiplier and term.
 */
public final class Candidates {
  private final List<Plan> plans;
  private final Deployment[] deployments;
  private final Map<String, Integer> index;

  private Candidates(List<Plan> plans, Catalog catalog) {
    this.plans = List.copyOf(plans);
    deployments = new Deployment[this.plans.size()];
    index = new HashMap<>();
    for (int i = 0; i < deployments.length; i++) {
      var p = this.plans.get(i);
      deployments[i] = Deployment.of(p, catalog);
      if (index.put(p.name(), i) != null) {
        throw new IllegalArgumentException("plan '" + p.name() + "' appears twice");
      }
    }
  }

  public static Candidates of(List<Plan> plans, Catalog catalog) {
    return new Candidates(plans, catalog);
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
