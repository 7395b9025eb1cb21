package sizing.chart;

import java.awt.Color;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.internal.chartpart.Chart;
import sizing.model.Deployment;
import sizing.model.PlanCost;
import sizing.model.SizingModel;
import sizing.plan.Optimizer;
import sizing.plan.PlanResult;
import tech.tablesaw.api.Table;

/**
 * The workbook's charts, one method each; each is built in its own class, in three steps: create
 * (builder, size, titles), customise (styler, {@link PrintTheme}), add series. Showing and saving
 * live in {@link ChartFiles}. Every chart has a title, axis titles with their unit said once and a
 * legend; it names plans by what they buy ({@link PlanNames}), never by their ids; it tells its
 * series apart by marker, dash pattern or grey level as well as colour, so it reads when printed
 * in black and white, at a size ({@link #WIDTH}) whose smallest text is still 8 points on an A4
 * page. A chart priced with a 1- or 2-year term says in its title that the term is the guide's
 * assumption. What XChart cannot draw is in {@link CustomPainting}.
 */
public final class Charts {
  /**
   * Chart width in points (1/72 inch): printed across an A4 text column ({@link
   * PrintTheme#PRINTED_WIDTH_PT}) its 12-point text is 8 points. {@link ChartFiles} scales PNGs to
   * the DPI asked for.
   */
  public static final int WIDTH = 720;

  /** Chart height in points, for charts whose height does not follow their rows. */
  public static final int HEIGHT = 480;

  /** Series names other code and tests refer to. */
  public static final String GUIDE_SERIES = "the guide's deployments, as the model judges them";

  public static final String FRONTIER_SERIES = "Pareto frontier: no plan is cheaper and carries more";

  /** Columns of the optimizer's pick at each number of users (chart e). */
  public static final List<String> PICK_COLUMNS = List.of("concurrent_users", "monthly_usd", "llm_monthly_usd");

  /** Columns of a one-at-a-time sensitivity table (chart f). */
  public static final List<String> TORNADO_COLUMNS =
      List.of("parameter", "unit", "low_input", "high_input", "base_output", "output_low", "output_high", "output");

  /** Columns of a month-by-month growth path (chart g). */
  public static final List<String> GROWTH_COLUMNS =
      List.of("month", "users", "plan", "family", "monthly_usd", "capacity_users", "headroom_pct", "migrates",
          "guide_phase", "guide_plan", "guide_monthly_usd", "guide_capacity_users", "guide_plan_enough");

  static final Color GRID_GREY = new Color(0xB0, 0xB0, 0xB0);

  private Charts() {}

  /** The height, points, a vertical legend of {@code entries} lines takes below the plot. */
  static int legendHeight(int entries) {
    return 14 + 19 * entries;
  }

  /**
   * (a) Monthly hosting cost against the concurrent users each plan carries, both on log scales.
   * One step curve per topology family: at {@code N} users, the cheapest plan of that family whose
   * capacity is at least {@code N}, with the family's marker on each such plan. Beneath them, in
   * thick grey, the Pareto frontier over all plans ({@link Optimizer#frontier}); on top, the guide's
   * deployments as points labelled with what they buy. Plans that carry no user are left out (a
   * log axis has no zero); the guide's ones are named in the legend.
   *
   * @param plans every plan judged, e.g. {@code Optimizer.judgeAll(PlanGenerator.generate(catalog), ...)}
   * The capacity axis says what the capacities are calibrated to ({@link
   * sizing.model.Workload#capacityBasis()}): the guide's own estimates, or a load test.
   *
   * @param scenarios the guide's deployments judged the same way
   * @param workload the workload the plans were judged with
   */
  public static XYChart costVersusCapacity(List<PlanResult> plans, List<PlanResult> scenarios, sizing.model.Workload workload) {
    return CostCapacityChart.chart(plans, scenarios, ChartText.capacityBasis(workload));
  }

  /**
   * (b) Monthly cost of each plan under each payment term, one row per plan (plans that buy the
   * same things share one), named above its bar: the terms' bars overlaid, the dearest beneath, so
   * the darker end of each row is what a cheaper term saves; the figures at the right in the
   * legend's order. Prepaid terms are spread over the months they cover.
   *
   * @param costs every plan priced under every term, e.g. {@code CostModel.price(plan, catalog, term)}
   */
  public static XYChart reservedSavings(List<PlanCost> costs) {
    return TermCostChart.chart(costs);
  }

  /**
   * (b) Cash paid for one plan month by month, under each payment term: on demand pays every
   * month; a prepaid term pays its whole commitment in its first month ({@link PlanCost#cashUsd})
   * and again when it renews. Each month a prepaid term's total comes down to on demand's or below
   * is marked as a break-even; the legend names the plan and each term's total at the end.
   *
   * @param costs the same plan priced under each term, the first being the one to compare with
   * @param months how many months to show, e.g. 24
   */
  public static XYChart cumulativeSpend(List<PlanCost> costs, int months) {
    return CumulativeSpendChart.chart(costs, months);
  }

  /**
   * (c) The p95 response time each plan gives as users grow ({@link SizingModel#evaluate}), with the
   * goal and the no-queue floor as horizontal lines. The y-axis stops at twice the goal (three
   * times the floor when there is no goal); a curve is drawn up to that edge and ends there,
   * labelled with the users from which it is off the scale, or unbounded where the queue is
   * unstable (an infinite p95).
   *
   * @param plans the deployments to compare, by the name to show ({@link ChartSet#comparedPlans})
   * @param users the numbers of concurrent users to evaluate, rising
   */
  public static XYChart p95VersusUsers(SizingModel model, Map<String, Deployment> plans, double[] users) {
    return P95Chart.chart(model, plans, users);
  }

  /**
   * (d) Availability against monthly cost, one marker shape per topology family (the same as in
   * {@link #costVersusCapacity}). Each family shows the plans no cheaper plan of it beats on
   * availability, joined by a step; plans that carry no user are left out. The guide's
   * deployments are labelled and the availability goal is a dashed line when there is one.
   *
   * @param goalPct the availability goal, percent, or NaN for none
   */
  public static XYChart availabilityVersusCost(List<PlanResult> plans, List<PlanResult> scenarios, double goalPct) {
    return AvailabilityChart.chart(plans, scenarios, goalPct);
  }

  /**
   * (e) What hosting and the LLM calls cost each month as users grow, as two lines on a log scale
   * so the hosting, often under 1% of the total, reads beside the LLM spend; the title gives
   * hosting's share of the total and a label the figures at the largest number of users. Rows with
   * no plan (NaN {@code monthly_usd}) are left out.
   *
   * @param pick one row per number of users, with {@link #PICK_COLUMNS} ({@link ChartSet#pickTable})
   * @param llm the LLM the spend is for, shown in the legend
   */
  public static XYChart hostingVersusLlm(Table pick, String llm) {
    return HostingLlmChart.chart(pick, llm);
  }

  /** (f) The tornado of a table that holds one output; see {@link #tornado(Table, String)}. */
  public static XYChart tornado(Table sensitivity) {
    return TornadoChart.chart(sensitivity);
  }

  /**
   * (f) One-at-a-time sensitivity of {@code output}: for each input a row, named with its range,
   * with a bar from the base output to the output at the input's low value (dark) and one to the
   * output at its high value (light), the widest swing {@code |output_high - output_low|} on top.
   * Bar ends that move the output are labelled with it.
   *
   * @param sensitivity rows with {@link #TORNADO_COLUMNS}
   * @param output the value of the {@code output} column to chart
   */
  public static XYChart tornado(Table sensitivity, String output) {
    return TornadoChart.chart(sensitivity, output);
  }

  /** (g) {@link #growthCapacity(Table, UnaryOperator)} naming the plans moved to by their family. */
  public static XYChart growthCapacity(Table growth) {
    return GrowthCharts.capacity(growth, null);
  }

  /**
   * (g) Users and capacity month by month: the users forecast, the capacity of the plan the path
   * runs (a step; each migration marked and named), and the capacity of the plan the guide's
   * migration path names for that month (dashed), with the months its plan is too small marked; a
   * dotted line where each of the guide's phases starts, the phases and their months named in the
   * x-axis title.
   *
   * @param growth one row per month with {@link #GROWTH_COLUMNS}
   * @param planNames the name to show for a plan id ({@link PlanNames#index})
   */
  public static XYChart growthCapacity(Table growth, UnaryOperator<String> planNames) {
    return GrowthCharts.capacity(growth, planNames);
  }

  /** (g) {@link #growthCost(Table, UnaryOperator)} naming the plans moved to by their family. */
  public static XYChart growthCost(Table growth) {
    return GrowthCharts.cost(growth, null);
  }

  /**
   * (g) Monthly hosting cost along the growth path: the path's plan (a step; migrations marked and
   * named) against the plan the guide's migration path names for the month (dashed).
   */
  public static XYChart growthCost(Table growth, UnaryOperator<String> planNames) {
    return GrowthCharts.cost(growth, planNames);
  }

  /**
   * (i) A load test's throughput against its concurrency: the measured levels as markers, the
   * fitted Universal Scalability Law {@code X(N) = λN / (1 + σ(N−1) + κN(N−1))} ({@link
   * sizing.model.Usl}) as a line running a quarter past the last level, and linear scaling {@code
   * λN} dashed for reference; the title gives the fit's {@code R²}, the legend the coefficients and
   * the fitted peak.
   *
   * @param fit the fitted load test ({@link sizing.calibrate.LoadTestFit#of})
   * @param name what was tested, for the title, e.g. "Cisco benchmark (Schwartz 2015)"
   */
  public static XYChart loadTest(sizing.calibrate.LoadTestFit fit, String name) {
    return LoadTestChart.chart(fit, name);
  }

  /**
   * (h) A sweep's answer along what it swept: the monthly hosting cost of the cheapest plan meeting
   * the goals against the swept number (users where they were varied), one line for each
   * combination of the other varied parameters; bars, one per combination, when only names (LLM,
   * term) were varied; nothing when nothing was.
   *
   * @param sweep a sweep table ({@code sizing.sweep.Sweep}): parameter columns, then {@code plan} and the results
   * @param units the unit of each workload parameter, for the axis title
   */
  public static Optional<Chart<?, ?>> sweep(Table sweep, Map<String, String> units) {
    return SweepChart.chart(sweep, units);
  }
}
