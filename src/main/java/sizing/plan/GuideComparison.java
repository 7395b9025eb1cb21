package sizing.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import sizing.model.Deployment;
import sizing.model.GuideEstimate;
import sizing.model.SizingModel;

/**
 * The guide's own estimates for a deployment beside what the model computes: capacity against
 * the guide's user range, the fastest response the model allows against the guide's average
 * response, and availability against the guide's uptime.
 */
public final class GuideComparison {
  private GuideComparison() {}

  /** One estimate checked: the model's figure, and whether it lies in, above or below the guide's range. */
  public record Row(GuideEstimate estimate, double model, String verdict, String note) {}

  public static List<Row> compare(List<GuideEstimate> estimates, Deployment d, SizingModel model) {
    var rows = new ArrayList<Row>();
    for (var e : estimates) {
      switch (e.metric()) {
        case CONCURRENT_USERS -> {
          int cap = model.capacity(d);
          var note = new StringBuilder(String.format(Locale.ROOT, "the model's capacity at the default goals is %d users", cap));
          for (var f : model.fixes(d)) {
            note.append(String.format(Locale.ROOT, "; %d after the fix for %s", f.capacityUsersAfter(), f.failure().goal().id()));
          }
          rows.add(new Row(e, cap, verdict(e, cap), note.toString()));
        }
        case AVG_RESPONSE_SECONDS -> {
          double floor = model.floorMeanResponseSeconds();
          String note = floor > e.high()
              ? String.format(Locale.ROOT,
                  "cannot be reached: each request waits %.1f s on %s alone on average, so no load gives a mean response under %.1f s (%.1f s over the guide's %s s)",
                  model.llmSecondsPerRequest(), model.llm().name(), floor, floor - e.high(), e.range())
              : String.format(Locale.ROOT, "the fastest mean response, with no queueing, is %.1f s", floor);
          rows.add(new Row(e, floor, verdict(e, floor), note));
        }
        case UPTIME_PCT -> {
          double pct = 100 * model.availability(d);
          rows.add(new Row(e, pct, pct >= e.low() ? "holds" : "does not hold",
              String.format(Locale.ROOT, "composed from the component SLAs: %.3f%% (%.0f min of downtime a month)",
                  pct, (1 - pct / 100) * 43_830)));
        }
      }
    }
    return rows;
  }

  private static String verdict(GuideEstimate e, double v) {
    if (e.contains(v)) {
      return "holds";
    }
    return v > e.high() ? "model is above the guide" : "model is below the guide";
  }
}
