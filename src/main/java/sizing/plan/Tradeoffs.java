package sizing.plan;

import java.util.ArrayList;
import java.util.List;
import sizing.model.Deployment;
import sizing.model.Host;
import sizing.model.SizingModel;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * What separates the topology families beyond price: availability and downtime, what a single
 * failure takes down, how much the team runs itself, how much room is left to grow, and cost per
 * user. Every figure is computed from the plan's shape and the sizing model.
 */
public final class Tradeoffs {
  private Tradeoffs() {}

  /** One family's best plan, judged on the trade-offs. */
  public record Row(
      PlanResult plan,
      double downtimeMinutesPerMonth,
      List<String> singlePointsOfFailure,
      double capacityAfterOneBackendFailsUsers,
      int dropletsToPatch,
      int databasesToRunYourself,
      double headroomPct,
      double usdPerUser) {}

  /** The trade-offs of each plan in {@code best} (typically {@link Recommendation#bestByFamily()}). */
  public static List<Row> of(List<PlanResult> best, SizingModel model) {
    var rows = new ArrayList<Row>();
    for (var r : best) {
      var d = r.deployment();
      double availability = r.evaluation().availability();
      rows.add(new Row(
          r,
          (1 - availability) * sizing.model.Availability.MINUTES_PER_MONTH,
          singlePoints(d),
          d.backends() > 1 ? model.capacity(d.withBackends(d.backends() - 1)) : 0,
          droplets(d),
          d.database().place() == Host.Place.MANAGED ? 0 : 1,
          100 * (r.capacityUsers() - r.evaluation().users()) / r.evaluation().users(),
          r.monthlyUsd() / r.evaluation().users()));
    }
    return rows;
  }

  /** The components whose failure alone stops the service. */
  static List<String> singlePoints(Deployment d) {
    var list = new ArrayList<String>();
    if (d.backends() == 1) {
      list.add(d.database().onBackend() ? "the droplet" : "the backend droplet");
    }
    if (d.loadBalanced()) {
      list.add("the load balancer");
    }
    switch (d.database().place()) {
      case BACKEND -> { }
      case MANAGED -> list.add("the managed database (single node)");
      case DROPLET -> list.add("the database droplet");
    }
    if (!d.vector().onBackend()) {
      list.add("the ChromaDB droplet");
    }
    if (!d.sessions().onBackend()) {
      list.add("the session store");
    }
    if (d.frontend().place() == Host.Place.DROPLET) {
      list.add("the frontend droplet");
    }
    return list;
  }

  /** The droplets the team patches: the backends and every service on a droplet of its own. */
  static int droplets(Deployment d) {
    int n = d.backends();
    for (var service : List.of(d.database(), d.vector(), d.frontend(), d.sessions())) {
      if (service.place() == Host.Place.DROPLET) {
        n++;
      }
    }
    return n;
  }

  /** One row per family: the figures of {@link Row} with units in the column names. */
  public static Table table(List<Row> rows) {
    return Table.create("trade-offs").addColumns(
        StringColumn.create("family", rows.stream().map(r -> r.plan().deployment().family().label())),
        StringColumn.create("plan", rows.stream().map(r -> r.plan().name())),
        DoubleColumn.create("monthly_usd", rows.stream().mapToDouble(r -> r.plan().monthlyUsd())),
        DoubleColumn.create("usd_per_user", rows.stream().mapToDouble(Row::usdPerUser)),
        DoubleColumn.create("availability_pct", rows.stream().mapToDouble(r -> 100 * r.plan().evaluation().availability())),
        DoubleColumn.create("downtime_minutes_per_month", rows.stream().mapToDouble(Row::downtimeMinutesPerMonth)),
        IntColumn.create("single_points_of_failure", rows.stream().mapToInt(r -> r.singlePointsOfFailure().size()).toArray()),
        IntColumn.create("droplets_to_patch", rows.stream().mapToInt(Row::dropletsToPatch).toArray()),
        IntColumn.create("capacity_users", rows.stream().mapToInt(r -> r.plan().capacityUsers()).toArray()),
        DoubleColumn.create("headroom_pct", rows.stream().mapToDouble(Row::headroomPct)));
  }
}
