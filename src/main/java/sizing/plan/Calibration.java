package sizing.plan;

import java.util.ArrayList;
import java.util.List;
import sizing.model.Catalog;
import sizing.model.Deployment;
import sizing.model.GuideEstimate;
import sizing.model.Scenario;
import sizing.model.SizingModel;
import sizing.model.WorkloadParameter;

/**
 * The calibration, in one place. The guide's "Performance Benchmarks (Estimated)" tables give a
 * concurrent-user range for three deployments (POV 8 GB droplet: 15-20; 16 GB droplet + managed
 * DB: 40-50; two 16 GB backends + LB + managed DB: 150-200). Every other model input has a source
 * or a stated assumption; the one figure nobody publishes, the backend's CPU-seconds per chat
 * request, is chosen so the model's capacity for all three lands in those ranges.
 * {@link #interval} scans it and {@link #check} reports the capacities at the chosen value.
 */
public final class Calibration {
  private Calibration() {}

  /** One benchmark deployment: the guide's user range and the model's capacity. */
  public record Check(String scenario, GuideEstimate estimate, int capacityUsers) {
    public boolean holds() {
      return estimate.contains(capacityUsers);
    }
  }

  /** The model's capacity for every benchmark row of {@code estimates} with metric concurrent_users. */
  public static List<Check> check(
      List<GuideEstimate> estimates, java.util.Map<String, Scenario> scenarios, Catalog catalog, SizingModel model) {
    var checks = new ArrayList<Check>();
    for (var e : estimates) {
      if (e.benchmark() && e.metric() == GuideEstimate.Metric.CONCURRENT_USERS) {
        var d = Deployment.of(scenarios.get(e.scenario()).plan(), catalog);
        checks.add(new Check(e.scenario(), e, model.capacity(d)));
      }
    }
    return checks;
  }

  /**
   * The values of {@code backend_cpu_seconds_per_request} in {@code [from, to]} (scanned in
   * {@code step}s) for which every benchmark check holds, as {@code {lowest, highest}}; an empty
   * array when none does.
   */
  public static double[] interval(
      List<GuideEstimate> estimates, java.util.Map<String, Scenario> scenarios, Catalog catalog, SizingModel model,
      double from, double to, double step) {
    double lo = Double.NaN;
    double hi = Double.NaN;
    for (int i = 0; from + i * step <= to + 1e-9; i++) {
      double v = from + i * step;
      var m = model.withWorkload(model.workload().with(WorkloadParameter.BACKEND_CPU, v));
      if (check(estimates, scenarios, catalog, m).stream().allMatch(Check::holds)) {
        if (Double.isNaN(lo)) {
          lo = v;
        }
        hi = v;
      }
    }
    return Double.isNaN(lo) ? new double[0] : new double[] {lo, hi};
  }
}
