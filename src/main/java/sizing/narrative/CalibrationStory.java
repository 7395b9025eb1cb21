package sizing.narrative;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import sizing.calibrate.LoadTestFit;
import sizing.data.Workbook;
import sizing.model.CommitmentTerm;
import sizing.model.Deployment;
import sizing.model.Parameter;
import sizing.model.SizingModel;
import sizing.model.Usl;
import sizing.model.Workload;
import sizing.model.WorkloadParameter;
import sizing.plan.Calibration;
import sizing.plan.Pricing;
import sizing.table.FitGrids;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Tables and prose for a load test fitted by the Universal Scalability Law ({@link LoadTestFit}):
 * the fit, its residuals, its coefficients beside published ones, and what a workload calibrated
 * to it changes in the capacity of the guide's benchmark deployments.
 */
public final class CalibrationStory {
  private CalibrationStory() {}

  /**
   * The levels beside the fitted curve, one row each: {@code concurrency}, {@code
   * measured_req_per_s}, {@code fitted_req_per_s}, {@code residual_req_per_s} ({@code X_i − X̂_i}),
   * {@code residual_pct} (of the measured), {@code measured_p95_seconds} when the test has it, and
   * the file's {@code line}.
   */
  public static Table points(LoadTestFit fit) {
    var t = FitGrids.levels(fit).toTable().setName("levels of " + fit.test().file().getFileName());
    // rounded for the page (four and three significant figures, hundredths of a percent);
    // FitGrids.levels keeps every digit for jbang calibrate
    round(t.doubleColumn("fitted_req_per_s"), v -> round(v, 4));
    round(t.doubleColumn("residual_req_per_s"), v -> round(v, 3));
    round(t.doubleColumn("residual_pct"), v -> Math.round(100 * v) / 100.0);
    return t;
  }

  private static void round(DoubleColumn c, java.util.function.DoubleUnaryOperator rounding) {
    for (int r = 0; r < c.size(); r++) {
      c.set(r, rounding.applyAsDouble(c.getDouble(r)));
    }
  }

  /**
   * The fit in sentences: the coefficients and what they mean, {@code R²}, the largest residual,
   * the fitted peak against the highest measured throughput, and the service demand on {@code
   * workers} workers ({@link LoadTestFit#serviceSeconds}).
   */
  public static String fit(LoadTestFit fit, int workers, String plan) {
    var usl = fit.usl();
    var worst = fit.points().stream().max(Comparator.comparingDouble(p -> Math.abs(p.residualPct()))).orElseThrow();
    var sb = new StringBuilder();
    sb.append("Least squares over ").append(Md.count(fit.test().levels().size())).append(" levels of concurrency gives ")
        .append(Md.bold("σ = " + sig(usl.sigma()))).append(" (contention: the share of the work that queues for one resource), ")
        .append(Md.bold("κ = " + sig(usl.kappa()))).append(" (coherency: the cost of every pair of requests keeping each other in step) and ")
        .append("λ = ").append(num(usl.lambda())).append(" requests per second for one request in progress alone. ")
        .append("The fit explains ").append(Md.bold(Md.pct(100 * fit.rSquared(), 2))).append(" of the variance of the measured throughput (R² ")
        .append(String.format(Locale.ROOT, "%.4f", fit.rSquared())).append("); its largest residual is ")
        .append(Md.pct(Math.abs(worst.residualPct()), 1)).append(" of the measured throughput, at N = ")
        .append(Md.count(worst.concurrency())).append(".\n\n");
    var peakAt = Double.isInfinite(fit.peakConcurrency()) ? "as N grows without bound (κ = 0)"
        : "at N = " + Md.count(fit.peakConcurrency());
    sb.append("Throughput peaks at ").append(Md.bold(num(fit.peakThroughput()) + " requests per second")).append(' ').append(peakAt)
        .append(" (the highest measured: ").append(num(fit.measuredPeak())).append("). Taken as a test of ").append(plan)
        .append(", whose ").append(Md.count(workers)).append(" workers are all busy at the peak, a request holds a worker for ")
        .append(Md.bold(seconds(fit.serviceSeconds(workers)))).append(" (the utilisation law, D = c / Xmax).\n");
    return sb.toString();
  }

  /**
   * The workload parameters {@code after} changes from {@code before}, one row each: {@code
   * parameter}, {@code before}, {@code after}, {@code unit} and the new {@code source}.
   */
  public static Table changes(Workload before, Workload after) {
    var changed = after.parameters().values().stream()
        .filter(p -> {
          var b = before.parameters().get(p.key());
          return b == null || !b.equals(p);
        })
        .toList();
    return Table.create("workload parameters the calibration changes").addColumns(
        StringColumn.create("parameter", changed.stream().map(Parameter::name)),
        DoubleColumn.create("before", changed.stream().mapToDouble(p -> before.value(p.key()))),
        DoubleColumn.create("after", changed.stream().mapToDouble(Parameter::value)),
        StringColumn.create("unit", changed.stream().map(Parameter::unit)),
        StringColumn.create("source", changed.stream().map(p -> p.provenance().source())));
  }

  /** One coefficient fitted beside its published value. */
  public record Coefficient(String name, double fitted, double published) {
    /** {@code |fitted − published| / published}, percent. */
    public double differencePct() {
      return 100 * Math.abs(fitted - published) / published;
    }
  }

  /** σ, κ and λ of {@code fitted} beside those of {@code published}. */
  public static List<Coefficient> compare(Usl fitted, Usl published) {
    return List.of(new Coefficient("sigma", fitted.sigma(), published.sigma()),
        new Coefficient("kappa", fitted.kappa(), published.kappa()),
        new Coefficient("lambda", fitted.lambda(), published.lambda()));
  }

  /** The comparison as a table: {@code coefficient, fitted, published, difference_pct}. */
  public static Table compareTable(List<Coefficient> rows) {
    return Table.create("fitted and published coefficients").addColumns(
        StringColumn.create("coefficient", rows.stream().map(Coefficient::name)),
        DoubleColumn.create("fitted", rows.stream().mapToDouble(Coefficient::fitted)),
        DoubleColumn.create("published", rows.stream().mapToDouble(Coefficient::published)),
        DoubleColumn.create("difference_pct", rows.stream().mapToDouble(r -> round(r.differencePct(), 2))));
  }

  /** One sentence: how far the fit is from the published coefficients of {@code source}. */
  public static String compare(List<Coefficient> rows, String source) {
    double worst = rows.stream().mapToDouble(Coefficient::differencePct).max().orElse(0);
    var each = rows.stream().map(r -> r.name() + " " + sig(r.fitted(), 7) + " against " + sig(r.published(), 7)).toList();
    return "The workbook's fit reproduces the coefficients " + source + " published: " + String.join(", ", each)
        + " (seven significant figures); no coefficient differs by more than " + sig(worst, 2) + "%.\n";
  }

  /**
   * One of the guide's benchmark deployments under two workloads.
   *
   * @param scenario the deployment's id
   * @param title what it buys
   * @param monthlyUsd its hosting cost under the term, USD/month
   * @param guideRange the guide's concurrent-user range for it
   * @param guideUsers the model's capacity with the workload calibrated to the guide's estimates
   * @param guideBottleneck what binds there
   * @param loadTestUsers the model's capacity with the workload calibrated to the load test
   * @param loadTestBottleneck what binds there
   * @param guideServiceSeconds backend service time per request, guide calibration, s
   * @param loadTestServiceSeconds backend service time per request, load-test calibration, s
   */
  public record PlanCapacity(String scenario, String title, double monthlyUsd, String guideRange, int guideUsers,
      String guideBottleneck, int loadTestUsers, String loadTestBottleneck, double guideServiceSeconds,
      double loadTestServiceSeconds) {}

  /**
   * Each of the guide's benchmark deployments ({@link Calibration#check}) under {@code guide} and
   * under {@code loadTest}, priced from {@link Workbook#buying()} under {@code term}.
   */
  public static List<PlanCapacity> capacities(Workbook wb, CommitmentTerm term, SizingModel guide, SizingModel loadTest) {
    var before = Calibration.check(wb.estimates(), wb.scenarios(), wb.catalog(), guide);
    var after = Calibration.check(wb.estimates(), wb.scenarios(), wb.catalog(), loadTest);
    var out = new ArrayList<PlanCapacity>();
    for (int i = 0; i < before.size(); i++) {
      var b = before.get(i);
      var a = after.get(i);
      var scenario = wb.scenarios().get(b.scenario());
      var d = Deployment.of(scenario.plan(), wb.catalog());
      out.add(new PlanCapacity(b.scenario(), scenario.plan().title(),
          new Pricing(wb.buying(), term, guide).price(scenario.plan()).monthlyUsd(), b.estimate().range(),
          b.capacityUsers(), guide.evaluate(d, Math.max(1, b.capacityUsers())).bottleneckId(),
          a.capacityUsers(), loadTest.evaluate(d, Math.max(1, a.capacityUsers())).bottleneckId(),
          guide.backendServiceSeconds(d), loadTest.backendServiceSeconds(d)));
    }
    return out;
  }

  /** The capacities as a table, one row per deployment. */
  public static Table capacityTable(List<PlanCapacity> rows) {
    return Table.create("capacity of the guide's benchmark deployments").addColumns(
        StringColumn.create("scenario", rows.stream().map(PlanCapacity::scenario)),
        DoubleColumn.create("monthly_usd", rows.stream().mapToDouble(PlanCapacity::monthlyUsd)),
        StringColumn.create("guide_users", rows.stream().map(PlanCapacity::guideRange)),
        IntColumn.create("users_guide_calibrated", rows.stream().mapToInt(PlanCapacity::guideUsers).toArray()),
        StringColumn.create("binds_guide_calibrated", rows.stream().map(PlanCapacity::guideBottleneck)),
        DoubleColumn.create("service_seconds_guide_calibrated", rows.stream().mapToDouble(r -> round(r.guideServiceSeconds(), 4))),
        IntColumn.create("users_load_test", rows.stream().mapToInt(PlanCapacity::loadTestUsers).toArray()),
        StringColumn.create("binds_load_test", rows.stream().map(PlanCapacity::loadTestBottleneck)),
        DoubleColumn.create("service_seconds_load_test", rows.stream().mapToDouble(r -> round(r.loadTestServiceSeconds(), 4))));
  }

  /**
   * What the load-test calibration changes, one bullet per deployment, then the service demand
   * before and after and what each capacity is calibrated to ({@link sizing.model.Workload#capacityBasis()}).
   */
  public static String capacities(List<PlanCapacity> rows, SizingModel guide, SizingModel loadTest) {
    var items = new ArrayList<String>();
    for (var r : rows) {
      items.add(Md.code(r.scenario()) + " (" + r.title() + ", " + Md.usd(r.monthlyUsd()) + "/month; the guide says "
          + r.guideRange() + " users): " + Md.bold(Md.count(r.guideUsers()) + " users") + " calibrated to the guide"
          + binds(r.guideBottleneck()) + ", " + Md.bold(Md.count(r.loadTestUsers()) + " users") + " calibrated to the load test"
          + binds(r.loadTestBottleneck()) + " (" + change(r.guideUsers(), r.loadTestUsers()) + ").");
    }
    var sb = new StringBuilder(Md.bullets(items)).append('\n');
    sb.append("The backend's CPU time per request goes from ")
        .append(seconds(guide.workload().value(WorkloadParameter.BACKEND_CPU))).append(" to ")
        .append(seconds(loadTest.workload().value(WorkloadParameter.BACKEND_CPU)))
        .append(", and the workers of one droplet now contend with σ = ").append(sig(loadTest.workload().value(WorkloadParameter.USL_SIGMA)))
        .append(" and κ = ").append(sig(loadTest.workload().value(WorkloadParameter.USL_KAPPA))).append(".\n\n");
    sb.append("- Before: ").append(guide.workload().capacityBasis()).append(".\n");
    sb.append("- After: ").append(loadTest.workload().capacityBasis()).append(".\n");
    return sb.toString();
  }

  private static String binds(String bottleneck) {
    return bottleneck.isEmpty() ? "" : ", bound by " + Md.code(bottleneck);
  }

  private static String change(int before, int after) {
    if (before == after) {
      return "no change";
    }
    if (before == 0) {
      return "from none";
    }
    return Md.times((double) after / before) + " as many";
  }

  /** Seconds to three significant figures, in milliseconds below a tenth of a second. */
  static String seconds(double s) {
    return s < 0.1 ? sig3(1000 * s) + " ms" : sig3(s) + " s";
  }

  private static String sig3(double v) {
    return new java.math.BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
  }

  /** {@code v} to {@code digits} significant figures. */
  static double round(double v, int digits) {
    return v == 0 || !Double.isFinite(v) ? v
        : new java.math.BigDecimal(v).round(new java.math.MathContext(digits)).doubleValue();
  }

  /** Thousands separated and whole from a thousand up, else four significant figures. */
  static String num(double v) {
    return Math.abs(v) >= 1000 ? Md.count(Math.round(v)) : sig(v);
  }

  /** Four significant figures, no exponent. */
  static String sig(double v) {
    return sig(v, 4);
  }

  /** {@code digits} significant figures, no exponent. */
  static String sig(double v, int digits) {
    return new java.math.BigDecimal(v).round(new java.math.MathContext(digits)).stripTrailingZeros().toPlainString();
  }
}
