package sizing.narrative;

import tech.tablesaw.api.Table;

/** Prose for a Monte Carlo table (columns of {@link sizing.sweep.MonteCarlo#COLUMNS}). */
public final class UncertaintyStory {
  private UncertaintyStory() {}

  /**
   * How likely {@code recommended} is to meet every goal, its median and P90 monthly spend, and the
   * cheapest plan that meets the goals in at least {@code confidence} of the draws.
   */
  public static String markdown(Table mc, String recommended, double confidence) {
    var sb = new StringBuilder();
    int samples = (int) Math.round(((Number) mc.column("samples").get(0)).doubleValue());
    sb.append("Across ").append(Md.count(samples)).append(" draws of the workload (seed ")
        .append(mc.column("seed").get(0)).append("):\n\n");
    for (int r = 0; r < mc.rowCount(); r++) {
      if (mc.getString(r, "plan").equals(recommended)) {
        sb.append("- the recommended plan ").append(Md.code(recommended)).append(" meets every goal in ")
            .append(Md.pct(100 * mc.doubleColumn("p_meets_goals").get(r), 0)).append(" of them; hosting and LLM together cost ")
            .append(Md.usd0(mc.doubleColumn("total_monthly_usd_p50").get(r))).append("/month at the median and ")
            .append(Md.usd0(mc.doubleColumn("total_monthly_usd_p90").get(r))).append(" at P90.\n");
      }
    }
    int best = -1;
    for (int r = 0; r < mc.rowCount(); r++) {
      if (mc.doubleColumn("p_meets_goals").get(r) >= confidence
          && (best < 0 || mc.doubleColumn("monthly_usd").get(r) < mc.doubleColumn("monthly_usd").get(best))) {
        best = r;
      }
    }
    if (best < 0) {
      sb.append("- no plan tried meets every goal in ").append(Md.pct(100 * confidence, 0)).append(" of the draws.\n");
    } else {
      sb.append("- the cheapest plan that meets every goal in at least ").append(Md.pct(100 * confidence, 0))
          .append(" of them is ").append(Md.code(mc.getString(best, "plan"))).append(" at ")
          .append(Md.usd(mc.doubleColumn("monthly_usd").get(best))).append("/month (")
          .append(Md.pct(100 * mc.doubleColumn("p_meets_goals").get(best), 0)).append(").\n");
    }
    return sb.toString();
  }
}
