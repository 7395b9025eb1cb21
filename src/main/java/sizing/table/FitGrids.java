package sizing.table;

import java.util.ArrayList;
import sizing.calibrate.LoadTestFit;

/** A load test's fit as a grid: what {@code jbang calibrate} prints and writes, and the calibration notebook shows. */
public final class FitGrids {
  private FitGrids() {}

  /**
   * The levels beside the fitted curve, one row each, every digit kept: {@code concurrency},
   * {@code measured_req_per_s}, {@code fitted_req_per_s}, {@code residual_req_per_s} ({@code X_i −
   * X̂_i}), {@code residual_pct} (of the measured), {@code measured_p95_seconds} when the test has
   * it, and the file's {@code line}.
   */
  public static Grid levels(LoadTestFit fit) {
    var points = fit.points();
    var columns = new ArrayList<Grid.Column>();
    columns.add(Grid.numbers("concurrency", points, LoadTestFit.Point::concurrency));
    columns.add(Grid.numbers("measured_req_per_s", points, LoadTestFit.Point::measured));
    columns.add(Grid.numbers("fitted_req_per_s", points, LoadTestFit.Point::fitted));
    columns.add(Grid.numbers("residual_req_per_s", points, LoadTestFit.Point::residual));
    columns.add(Grid.numbers("residual_pct", points, LoadTestFit.Point::residualPct));
    if (points.stream().anyMatch(p -> !Double.isNaN(p.p95Seconds()))) {
      columns.add(Grid.numbers("measured_p95_seconds", points, LoadTestFit.Point::p95Seconds));
    }
    columns.add(Grid.counts("line", points, LoadTestFit.Point::line));
    return new Grid("fit", columns);
  }
}
