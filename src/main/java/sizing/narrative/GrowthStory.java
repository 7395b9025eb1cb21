package sizing.narrative;

import java.util.ArrayList;
import tech.tablesaw.api.Table;

/** Prose for a growth path table (columns of {@link sizing.sweep.Growth#COLUMNS}). */
public final class GrowthStory {
  private GrowthStory() {}

  /** The migrations, the months the guide's plan is too small, and both paths' total spend. */
  public static String markdown(Table g) {
    var items = new ArrayList<String>();
    double pathSpend = 0;
    double guideSpend = 0;
    int short_ = 0;
    int firstNone = -1;
    int firstShort = -1;
    for (int r = 0; r < g.rowCount(); r++) {
      int month = (int) Math.round(number(g, "month", r));
      pathSpend += zeroIfMissing(number(g, "monthly_usd", r));
      guideSpend += zeroIfMissing(number(g, "guide_monthly_usd", r));
      if (Double.isNaN(number(g, "capacity_users", r)) && firstNone < 0) {
        firstNone = month;
      }
      if (flag(g, "migrates", r)) {
        items.add("Month " + month + " (" + Md.count(number(g, "users", r)) + " users): move to " + Md.code(g.getString(r, "plan"))
            + " at " + Md.usd(number(g, "monthly_usd", r)) + "/month, which carries " + Md.count(number(g, "capacity_users", r)) + ".");
      }
      if (!flag(g, "guide_plan_enough", r)) {
        short_++;
        if (firstShort < 0) {
          firstShort = month;
        }
      }
    }
    int months = g.rowCount();
    var sb = new StringBuilder();
    sb.append("Over ").append(months).append(" months the cheapest path spends ").append(Md.usd0(pathSpend))
        .append(" on hosting; the guide's migration path spends ").append(Md.usd0(guideSpend)).append(". ");
    sb.append(short_ == 0 ? "The guide's plan carries the users in every month."
        : "The guide's plan is too small in " + short_ + " of the " + months + " months, first in month " + firstShort + ".");
    if (firstNone > 0) {
      sb.append(" From month ").append(firstNone).append(" no plan in the catalog meets the goals for the users of that month: ")
          .append("the largest deployment the generator builds is not enough, so the path stops there.");
    }
    sb.append("\n\n").append(items.isEmpty() ? "The first plan lasts the whole path.\n" : Md.bullets(items));
    return sb.toString();
  }

  private static double number(Table t, String column, int row) {
    Object v = t.column(column).get(row);
    return v instanceof Number n ? n.doubleValue() : Double.NaN;
  }

  private static double zeroIfMissing(double v) {
    return Double.isNaN(v) ? 0 : v;
  }

  private static boolean flag(Table t, String column, int row) {
    Object v = t.column(column).get(row);
    return v instanceof Boolean b ? b : "yes".equalsIgnoreCase(String.valueOf(v)) || "true".equalsIgnoreCase(String.valueOf(v));
  }
}
