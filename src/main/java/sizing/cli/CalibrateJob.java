package sizing.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import sizing.calibrate.LoadTest;
import sizing.calibrate.LoadTestFit;
import sizing.data.DataDir;
import sizing.data.DataException;
import sizing.data.Workbook;
import sizing.data.WorkloadWriter;
import sizing.io.AtomicFiles;
import sizing.model.Deployment;
import sizing.model.Workload;
import sizing.model.WorkloadParameter;
import sizing.table.FitGrids;
import sizing.table.Render;
import sizing.table.Width;

/** What {@code jbang calibrate} prints and writes, given its parsed arguments. */
public final class CalibrateJob {
  private CalibrateJob() {}

  /** The plan a load test is taken to have run against when none is named. */
  public static final String DEFAULT_SCENARIO = "pov";

  /**
   * The arguments of {@code calibrate}.
   *
   * @param file the load test (usl-format CSV or Locust stats history)
   * @param out where to write the workload, or null to print it
   * @param scenario the guide deployment the test ran against (its workers), or null for {@value #DEFAULT_SCENARIO}
   * @param workers the workers serving the test, overriding the scenario's; null when not given
   * @param workload the workload to start from, or null for the bundled one
   * @param asOf the test's date (YYYY-MM-DD), or null to take it from the file
   * @param format how to print the report when {@code out} is given
   */
  public record Request(Path file, Path out, String scenario, Integer workers, Path workload, String asOf, OutputFormat format,
      Width width) {
    public Request {
      java.util.Objects.requireNonNull(width, "width");
    }

    /** A request printed at full width ({@link Width#UNLIMITED}). */
    public Request(Path file, Path out, String scenario, Integer workers, Path workload, String asOf, OutputFormat format) {
      this(file, out, scenario, workers, workload, asOf, format, Width.UNLIMITED);
    }
  }

  /**
   * Without {@code out}: the calibrated workload CSV, its fit report as {@code #} comment lines
   * first. With {@code out}: writes that file whole (or nothing, on any error) and returns the
   * report in the requested format.
   */
  public static String run(Request request) {
    var dataDir = DataDir.locate();
    var baseFile = request.workload() == null ? Workbook.defaultWorkload(dataDir) : request.workload();
    var workbook = Workbook.load(dataDir, List.of(), baseFile);
    int workers;
    int perHost;
    String plan;
    if (request.workers() != null) {
      if (request.workers() < 1) {
        throw new UsageException("--workers: must be at least 1, got " + request.workers());
      }
      workers = request.workers();
      perHost = workers;
      plan = "--workers " + workers + " (one host)";
    } else {
      var name = request.scenario() == null ? DEFAULT_SCENARIO : request.scenario();
      var scenario = Cli.choose("--scenario", name, workbook.scenarios());
      var d = Deployment.of(scenario.plan(), workbook.catalog());
      int perBackend = workbook.model().workers(d);
      workers = d.backends() * perBackend;
      perHost = perBackend;
      plan = "plan " + name + ": " + d.backends() + (d.backends() == 1 ? " backend" : " backends") + " x " + perBackend
          + (perBackend == 1 ? " worker" : " workers");
    }
    var test = LoadTest.read(request.file());
    var fit = LoadTestFit.of(test);
    var asOf = asOf(request, test);
    var base = workbook.workload();
    var calibrated = fit.calibrate(base, workers, perHost, plan, asOf);
    // the report as comment lines of the file: fitted two columns narrower, for the "# " in front
    var commentWidth = request.width().wide() ? request.width()
        : new Width(Math.max(Width.MIN, request.width().columns() - 2), false);
    var csv = WorkloadWriter.csv(calibrated, List.of(report(fit, workers, plan, asOf, base, OutputFormat.table, commentWidth)));
    if (request.out() == null) {
      return csv;
    }
    AtomicFiles.write(request.out(), csv);
    var written = String.format(Locale.ROOT, "wrote %s: %s %s s per request (was %s s), as of %s%n", request.out(),
        WorkloadParameter.BACKEND_CPU, fmt(calibrated.value(WorkloadParameter.BACKEND_CPU)), fmt(base.value(WorkloadParameter.BACKEND_CPU)), asOf);
    return switch (request.format()) {
      case json -> CostJson.write(json(fit, workers, plan, asOf, base, calibrated, request.out()));
      case csv -> Render.csv(FitGrids.levels(fit));
      case table, md -> request.format().fit(report(fit, workers, plan, asOf, base, request.format(), request.width())
          + "\n" + written, request.width());
    };
  }

  private static LocalDate asOf(Request request, LoadTest test) {
    if (request.asOf() != null) {
      try {
        return LocalDate.parse(request.asOf());
      } catch (DateTimeParseException e) {
        throw new UsageException("--as-of: '" + request.asOf() + "' is not a date like 2025-11-07");
      }
    }
    if (test.date() != null) {
      return test.date();
    }
    try {
      return LocalDate.ofInstant(Files.getLastModifiedTime(test.file()).toInstant(), ZoneOffset.UTC);
    } catch (IOException e) {
      throw new DataException(test.file(), 0, null, "cannot read its date: " + e.getMessage() + "; give --as-of");
    }
  }

  /** The fit report: the test, the residual table, the coefficients, R², the peak and the service demand. */
  static String report(LoadTestFit fit, int workers, String plan, LocalDate asOf, Workload base, OutputFormat format,
      Width width) {
    var test = fit.test();
    var usl = fit.usl();
    var sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "Load test %s (%s), %d levels, as of %s%n%n", test.file(),
        test.format().description(), test.levels().size(), asOf));
    sb.append(format == OutputFormat.md ? OutputFormat.md.render(FitGrids.levels(fit)) : OutputFormat.table.render(FitGrids.levels(fit), width)).append('\n');
    sb.append(String.format(Locale.ROOT,
        "USL fit by least squares over the test's concurrency N: sigma %s, kappa %s, lambda %s req/s; R^2 %.4f%n",
        fmt(usl.sigma()), fmt(usl.kappa()), fmt(usl.lambda()), fit.rSquared()));
    var peakAt = Double.isInfinite(fit.peakConcurrency()) ? "as N grows without bound (kappa = 0)"
        : "at N = " + fmt(fit.peakConcurrency());
    sb.append(String.format(Locale.ROOT, "Fitted peak %s req/s %s; highest measured %s req/s%n",
        fmt(fit.peakThroughput()), peakAt, fmt(fit.measuredPeak())));
    if (fit.measuredPeak() < 0.8 * fit.peakThroughput()) {
      sb.append(String.format(Locale.ROOT, "The test reached %.0f%% of the fitted peak: the peak, and the service demand "
          + "below, are extrapolated beyond what was measured.%n", 100 * fit.measuredPeak() / fit.peakThroughput()));
    }
    sb.append(String.format(Locale.ROOT, "Service demand: %d workers (%s) / %s req/s = %s s per request "
            + "(the workload had %s s)%n",
        workers, plan, fmt(fit.peakThroughput()), fmt(fit.serviceSeconds(workers)), fmt(base.value(WorkloadParameter.BACKEND_CPU))));
    sb.append("The workload file carries sigma and kappa (usl_sigma, usl_kappa), which the model applies among the workers of "
        + "one backend droplet, and the service demand with that contention taken out.\n");
    return format == OutputFormat.md ? sb.toString() : width.wrap(sb.toString());
  }

  private static Object json(LoadTestFit fit, int workers, String plan, LocalDate asOf, Workload base, Workload calibrated, Path out) {
    var o = CostJson.MAPPER.createObjectNode();
    o.put("file", fit.test().file().toString());
    o.put("format", fit.test().format().description());
    o.put("as_of", asOf.toString());
    o.put("sigma", fit.usl().sigma());
    o.put("kappa", fit.usl().kappa());
    o.put("lambda_req_per_s", fit.usl().lambda());
    o.put("r_squared", fit.rSquared());
    o.put("peak_req_per_s", fit.peakThroughput());
    if (Double.isFinite(fit.peakConcurrency())) {
      o.put("peak_concurrency", fit.peakConcurrency());
    } else {
      o.putNull("peak_concurrency");
    }
    o.put("measured_peak_req_per_s", fit.measuredPeak());
    o.put("workers", workers);
    o.put("plan", plan);
    o.put("service_seconds", fit.serviceSeconds(workers));
    o.put(WorkloadParameter.BACKEND_CPU.id(), calibrated.value(WorkloadParameter.BACKEND_CPU));
    o.put(WorkloadParameter.USL_SIGMA.id(), calibrated.value(WorkloadParameter.USL_SIGMA));
    o.put(WorkloadParameter.USL_KAPPA.id(), calibrated.value(WorkloadParameter.USL_KAPPA));
    o.put("base_" + WorkloadParameter.BACKEND_CPU.id(), base.value(WorkloadParameter.BACKEND_CPU));
    o.put("out", out.toString());
    var points = o.putArray("points");
    for (var p : fit.points()) {
      var n = points.addObject();
      n.put("line", p.line());
      n.put("concurrency", p.concurrency());
      n.put("measured_req_per_s", p.measured());
      n.put("fitted_req_per_s", p.fitted());
      n.put("residual_req_per_s", p.residual());
      if (!Double.isNaN(p.p95Seconds())) {
        n.put("measured_p95_seconds", p.p95Seconds());
      }
    }
    return o;
  }

  /** Four significant figures, thousands separated, no exponent. */
  private static String fmt(double v) {
    var s = new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros();
    return Math.abs(v) >= 1000 ? String.format(Locale.ROOT, "%,d", s.longValue()) : s.toPlainString();
  }
}
