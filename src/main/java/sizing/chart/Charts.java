package sizing.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.Styler.YAxisPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;
import sizing.model.CommitmentTerm;
import sizing.model.Deployment;
import sizing.model.Family;
import sizing.model.PlanCost;
import sizing.model.SizingModel;
import sizing.plan.Optimizer;
import sizing.plan.PlanResult;
import tech.tablesaw.api.Table;

/**
 * The workbook's charts. Each method builds one chart from library objects or a Tablesaw table and
 * returns it, in three steps: create (builder, size, titles), customise (styler, {@link
 * PrintTheme}), add series. Showing and saving live in {@link ChartFiles}. Every chart has a
 * title, axis titles with units and a legend, and tells its series apart by marker, dash pattern
 * or grey level as well as colour, so it reads when printed in black and white. A chart priced
 * with a 1- or 2-year term says in its title that the term is the guide's assumption.
 */
public final class Charts {
  /** Chart size in points (1/72 inch); {@link ChartFiles} scales PNGs to the DPI asked for. */
  public static final int WIDTH = 1000;

  public static final int HEIGHT = 620;

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

  private static final Color GRID_GREY = new Color(0xB0, 0xB0, 0xB0);

  private Charts() {}

  // ---------------------------------------------------------------- (a) cost against capacity

  /**
   * (a) Monthly hosting cost against the concurrent users each plan carries, both on log scales.
   * One step curve per topology family: at {@code N} users, the cheapest plan of that family whose
   * capacity is at least {@code N}, with the family's marker on each such plan. Beneath them, in
   * thick grey, the Pareto frontier over all plans ({@link Optimizer#frontier}); on top, the guide's
   * deployments as labelled points. Plans that carry no user are left out (a log axis has no zero);
   * the guide's ones are named in the legend.
   *
   * @param plans every plan judged, e.g. {@code Optimizer.judgeAll(PlanGenerator.generate(catalog), ...)}
   * @param scenarios the guide's deployments judged the same way, named as the scenarios
   */
  public static XYChart costVersusCapacity(List<PlanResult> plans, List<PlanResult> scenarios) {
    if (plans.isEmpty()) {
      throw new IllegalArgumentException("no plans to chart");
    }
    var chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
        .title("Monthly hosting cost against the users each plan carries" + termNote(plans.get(0).cost().term()))
        .xAxisTitle("concurrent users the plan carries at the goals (users, log scale)")
        .yAxisTitle("monthly hosting cost ($/month, log scale)")
        .build();
    var styler = chart.getStyler();
    styler.setTheme(new PrintTheme());
    styler.setXAxisLogarithmic(true);
    styler.setYAxisLogarithmic(true);
    styler.setXAxisDecimalPattern("#,##0");
    styler.setYAxisDecimalPattern("$#,##0");
    styler.setLegendPosition(LegendPosition.InsideNW);
    styler.setLocale(Locale.ROOT);
    var carrying = plans.stream().filter(r -> r.capacityUsers() > 0).toList();
    int most = carrying.stream().mapToInt(PlanResult::capacityUsers).max().orElse(10);
    styler.setXAxisMin(1.0);
    styler.setXAxisMax(Math.pow(10, Math.ceil(Math.log10(Math.max(10, most)))));
    chart.addAnnotation(new LogTicks(true, "#,##0"));
    chart.addAnnotation(new LogTicks(false, "$#,##0"));

    var frontier = Optimizer.frontier(carrying);
    var underlay = chart.addSeries(FRONTIER_SERIES, stepX(frontier), stepY(frontier));
    underlay.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
    underlay.setMarker(SeriesMarkers.NONE);
    underlay.setLineColor(GRID_GREY);
    underlay.setLineStyle(new BasicStroke(9f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    var byFamily = new EnumMap<Family, List<PlanResult>>(Family.class);
    for (var r : carrying) {
      byFamily.computeIfAbsent(r.deployment().family(), f -> new ArrayList<>()).add(r);
    }
    var labels = new PointLabels();
    for (var e : byFamily.entrySet()) {
      var steps = Optimizer.frontier(e.getValue());
      double[] x = new double[steps.size()];
      double[] y = new double[steps.size()];
      for (int i = 0; i < x.length; i++) {
        x[i] = steps.get(i).capacityUsers();
        y[i] = steps.get(i).monthlyUsd();
      }
      var line = chart.addSeries(e.getKey().label() + " (steps)", stepX(steps), stepY(steps));
      PrintTheme.style(line, e.getKey().ordinal()).setMarker(SeriesMarkers.NONE);
      line.setShowInLegend(false);
      labels.avoid(stepX(steps), stepY(steps));
      markersOnly(chart, e.getKey().label(), x, y, e.getKey().ordinal());
    }
    guidePoints(chart, labels, scenarios, PlanResult::capacityUsers, PlanResult::monthlyUsd, 0.08, 0.06,
        g -> String.format(Locale.ROOT, "%s users, %s", range(g, PlanResult::capacityUsers, Charts::num),
            range(g, PlanResult::monthlyUsd, Charts::usd)),
        r -> r.capacityUsers() > 0, "carrying no user");
    return chart;
  }

  /** x of the step curve through {@code steps} (capacity rising): {@code 1, c1, c1, c2, c2, ...}. */
  private static double[] stepX(List<PlanResult> steps) {
    var x = new double[2 * steps.size()];
    double prev = 1;
    for (int i = 0; i < steps.size(); i++) {
      x[2 * i] = prev;
      x[2 * i + 1] = steps.get(i).capacityUsers();
      prev = steps.get(i).capacityUsers();
    }
    return x;
  }

  private static double[] stepY(List<PlanResult> steps) {
    var y = new double[2 * steps.size()];
    for (int i = 0; i < steps.size(); i++) {
      y[2 * i] = steps.get(i).monthlyUsd();
      y[2 * i + 1] = steps.get(i).monthlyUsd();
    }
    return y;
  }

  // ---------------------------------------------------------------- (b) reserved savings

  /**
   * (b) Monthly cost of each plan under each payment term, as grouped bars: one group per plan (in
   * the order first met), one bar per term, dark to light. Prepaid terms are spread over the months
   * they cover. The title says which terms are the guide's assumption.
   *
   * @param costs every plan priced under every term, e.g. {@code CostModel.price(plan, catalog, term)}
   */
  public static CategoryChart reservedSavings(List<PlanCost> costs) {
    if (costs.isEmpty()) {
      throw new IllegalArgumentException("no plan costs to chart");
    }
    var terms = new LinkedHashMap<String, CommitmentTerm>();
    var plans = new LinkedHashSet<String>();
    var monthly = new LinkedHashMap<String, Double>();
    for (var c : costs) {
      terms.putIfAbsent(c.term().name(), c.term());
      plans.add(c.plan().name());
      monthly.put(c.plan().name() + "\n" + c.term().name(), c.monthlyUsd());
    }
    var chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT)
        .title("Monthly cost of the guide's deployments by payment term" + termsNote(terms.values()))
        .xAxisTitle("the guide's deployment")
        .yAxisTitle("monthly cost, prepaid terms spread over their months ($/month)")
        .build();
    var styler = chart.getStyler();
    styler.setTheme(new PrintTheme());
    styler.setYAxisDecimalPattern("$#,##0");
    styler.setLocale(Locale.ROOT);
    styler.setLegendPosition(LegendPosition.InsideNW);
    styler.setXAxisLabelRotation(35);
    styler.setAvailableSpaceFill(0.8);
    styler.setYAxisMin(0.0);
    // head room above the tallest bar, so the legend in the top left covers none
    styler.setYAxisMax(1.4 * costs.stream().mapToDouble(PlanCost::monthlyUsd).max().orElse(1));
    var names = List.copyOf(plans);
    int i = 0;
    for (var t : terms.values()) {
      var values = names.stream().map(p -> monthly.getOrDefault(p + "\n" + t.name(), Double.NaN)).toList();
      PrintTheme.fill(chart.addSeries(termLabel(t), names, values), i++);
    }
    return chart;
  }

  /**
   * (b) Cumulative cash paid for one plan month by month, under each payment term: on demand pays
   * every month; a prepaid term pays its whole commitment in its first month ({@link
   * PlanCost#cashUsd}) and again when it renews. Each month a prepaid term's total comes down to
   * on demand's or below is marked as a break-even; a note names the plan and the totals.
   *
   * @param costs the same plan priced under each term, the first being the one to compare with
   * @param months how many months to show, e.g. 24
   */
  public static XYChart cumulativeSpend(List<PlanCost> costs, int months) {
    if (costs.isEmpty()) {
      throw new IllegalArgumentException("no plan costs to chart");
    }
    if (months < 1) {
      throw new IllegalArgumentException("months must be at least 1, was " + months);
    }
    var plan = costs.get(0).plan().name();
    if (costs.stream().anyMatch(c -> !c.plan().name().equals(plan))) {
      throw new IllegalArgumentException("cumulative spend compares one plan under several terms");
    }
    var chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
        .title("Cumulative cash paid by payment term" + termsNote(costs.stream().map(PlanCost::term).toList()))
        .xAxisTitle("month (months)")
        .yAxisTitle("cumulative cash paid ($)")
        .build();
    var styler = chart.getStyler();
    styler.setTheme(new PrintTheme());
    styler.setYAxisDecimalPattern("$#,##0");
    styler.setXAxisDecimalPattern("0");
    styler.setLocale(Locale.ROOT);
    styler.setLegendPosition(LegendPosition.InsideNW);
    styler.setXAxisMin(0.0);
    styler.setXAxisMax((double) months);
    styler.setYAxisMin(0.0);
    double[] x = new double[months + 1];
    for (int m = 0; m <= months; m++) {
      x[m] = m;
    }
    var labels = new PointLabels();
    var note = new ArrayList<String>();
    note.add("plan: " + plan);
    double[] base = null;
    for (int i = 0; i < costs.size(); i++) {
      var c = costs.get(i);
      double[] y = new double[months + 1];
      for (int m = 1; m <= months; m++) {
        y[m] = y[m - 1] + c.cashUsd(m);
      }
      PrintTheme.style(chart.addSeries(termLabel(c.term()), x, y), i);
      labels.avoid(x, y);
      if (base == null) {
        base = y;
        note.add(String.format(Locale.ROOT, "after %d months: %s %s", months, c.term().name(), usd(y[months])));
        continue;
      }
      for (int m = 1; m <= months; m++) {
        if (y[m] <= base[m] + 1e-9 && y[m - 1] > base[m - 1] + 1e-9) {
          labels.add(m, y[m], String.format(Locale.ROOT, "%s breaks even in month %d", c.term().name(), m));
        }
      }
      double saved = base[months] - y[months];
      note.add(String.format(Locale.ROOT, "after %d months: %s %s (%s %s)", months, c.term().name(), usd(y[months]),
          saved >= 0 ? "saves" : "costs", usd(Math.abs(saved))));
    }
    chart.addAnnotation(labels);
    chart.addAnnotation(new Note(Note.Corner.BOTTOM_RIGHT, note));
    return chart;
  }

  // ---------------------------------------------------------------- (c) p95 against users

  /**
   * (c) The p95 response time each plan gives as users grow ({@link SizingModel#evaluate}), with the
   * goal ({@code model.goals().p95Seconds()}) and the no-queue floor as horizontal lines. The
   * y-axis stops at twice the goal (three times the floor when there is no goal); a curve is drawn
   * up to that edge and ends there, labelled with the users from which it is off the scale, or
   * unbounded where the queue is unstable (an infinite p95).
   *
   * @param plans the deployments to compare, by the name to show
   * @param users the numbers of concurrent users to evaluate, rising
   */
  public static XYChart p95VersusUsers(SizingModel model, Map<String, Deployment> plans, double[] users) {
    if (plans.isEmpty() || users.length == 0) {
      throw new IllegalArgumentException("no plans or no users to chart");
    }
    double goal = model.goals().p95Seconds();
    double floor = model.floorResponseSeconds();
    double top = Math.ceil(Double.isNaN(goal) ? 3 * floor : 2 * goal);
    var chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
        .title("p95 response time as users grow, calling " + model.llm().name())
        .xAxisTitle("concurrent users (users)")
        .yAxisTitle("p95 response time (seconds)")
        .build();
    var styler = chart.getStyler();
    styler.setTheme(new PrintTheme());
    styler.setLocale(Locale.ROOT);
    styler.setYAxisMin(0.0);
    styler.setYAxisMax(top);
    styler.setXAxisMin(0.0);
    styler.setXAxisMax(users[users.length - 1]);
    styler.setLegendPosition(LegendPosition.InsideSE);
    styler.setXAxisDecimalPattern("#,##0");
    styler.setYAxisDecimalPattern("0");

    var labels = new PointLabels();
    int style = 0;
    for (var e : plans.entrySet()) {
      double[] y = new double[users.length];
      int off = -1;
      boolean unstable = false;
      for (int i = 0; i < users.length; i++) {
        double p = off >= 0 ? Double.NaN : model.evaluate(e.getValue(), users[i]).p95Seconds();
        if (off < 0 && p > top) {
          off = i;
          unstable = Double.isInfinite(p);
          p = top; // drawn up to the edge, then no further
        }
        y[i] = p;
      }
      markedLine(chart, e.getKey(), users, y, style++, off);
      labels.avoid(users, y);
      if (off >= 0) {
        labels.add(users[off], top, String.format(Locale.ROOT, unstable ? "unbounded from %s users" : "over %s s from %s users",
            unstable ? num(users[off]) : num(top), num(users[off])));
      }
    }
    var x2 = new double[] {0, users[users.length - 1]};
    if (!Double.isNaN(goal)) {
      var g = chart.addSeries(String.format(Locale.ROOT, "goal: p95 of %s s", num(goal)), x2, new double[] {goal, goal});
      g.setMarker(SeriesMarkers.NONE);
      g.setLineColor(Color.BLACK);
      g.setLineStyle(new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {12f, 6f}, 0f));
    }
    var f = chart.addSeries(String.format(Locale.ROOT, "floor with no queueing: %s s (%s s of it the %s call)",
        num(floor), num(model.llmSecondsPerRequest()), model.llm().name()), x2, new double[] {floor, floor});
    f.setMarker(SeriesMarkers.NONE);
    f.setLineColor(GRID_GREY.darker());
    f.setLineStyle(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {2f, 3f}, 0f));
    chart.addAnnotation(labels);
    return chart;
  }

  // ---------------------------------------------------------------- (d) availability against cost

  /**
   * (d) Availability against monthly cost, one marker shape per topology family (the same as in
   * {@link #costVersusCapacity}). Of the thousands of plans, each family shows those no cheaper
   * plan of the family beats on availability (the rest add a component in series and only lose
   * availability for more money), joined by a step; plans that carry no user are left out. The
   * guide's deployments are labelled and the availability goal is a dashed line when there is one.
   *
   * @param plans every plan judged
   * @param scenarios the guide's deployments judged the same way
   * @param goalPct the availability goal, percent, or NaN for none
   */
  public static XYChart availabilityVersusCost(List<PlanResult> plans, List<PlanResult> scenarios, double goalPct) {
    if (plans.isEmpty()) {
      throw new IllegalArgumentException("no plans to chart");
    }
    var chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
        .title("Availability against monthly cost: the most available plan of each family for the money"
            + termNote(plans.get(0).cost().term()))
        .xAxisTitle("monthly hosting cost ($/month, log scale)")
        .yAxisTitle("monthly availability (%)")
        .build();
    var styler = chart.getStyler();
    styler.setTheme(new PrintTheme());
    styler.setXAxisLogarithmic(true);
    styler.setXAxisDecimalPattern("$#,##0");
    styler.setYAxisDecimalPattern("0.00");
    styler.setLocale(Locale.ROOT);
    styler.setLegendPosition(LegendPosition.InsideSE);
    chart.addAnnotation(new LogTicks(true, "$#,##0"));

    var labels = new PointLabels();
    var byFamily = new EnumMap<Family, List<PlanResult>>(Family.class);
    for (var r : plans) {
      if (r.capacityUsers() > 0) {
        byFamily.computeIfAbsent(r.deployment().family(), f -> new ArrayList<>()).add(r);
      }
    }
    for (var e : byFamily.entrySet()) {
      var sorted = new ArrayList<>(e.getValue());
      sorted.sort(Comparator.comparingDouble(PlanResult::monthlyUsd).thenComparing(PlanResult::name));
      var xs = new ArrayList<Double>();
      var ys = new ArrayList<Double>();
      double best = -1;
      for (var r : sorted) {
        double a = 100 * r.evaluation().availability();
        if (a > best + 1e-9) {
          xs.add(r.monthlyUsd());
          ys.add(a);
          best = a;
        }
      }
      double[] x = xs.stream().mapToDouble(Double::doubleValue).toArray();
      double[] y = ys.stream().mapToDouble(Double::doubleValue).toArray();
      var line = chart.addSeries(e.getKey().label() + " (steps)", x, y);
      PrintTheme.style(line, e.getKey().ordinal()).setMarker(SeriesMarkers.NONE);
      line.setXYSeriesRenderStyle(XYSeriesRenderStyle.Step);
      line.setShowInLegend(false);
      labels.avoid(stepCorners(x), stepCornersY(y));
      markersOnly(chart, e.getKey().label(), x, y, e.getKey().ordinal());
    }
    if (!Double.isNaN(goalPct)) {
      // across what the chart shows: the guide's deployments and the families' frontiers
      var guideCosts = scenarios.stream().mapToDouble(PlanResult::monthlyUsd).filter(v -> v > 0).toArray();
      double lo = Math.min(frontierMin(byFamily), java.util.Arrays.stream(guideCosts).min().orElse(Double.POSITIVE_INFINITY));
      double hi = Math.max(frontierMax(byFamily), java.util.Arrays.stream(guideCosts).max().orElse(0));
      var g = chart.addSeries(String.format(Locale.ROOT, "goal: %s%%", num(goalPct)), new double[] {lo, hi},
          new double[] {goalPct, goalPct});
      g.setMarker(SeriesMarkers.NONE);
      g.setLineColor(Color.BLACK);
      g.setLineStyle(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {12f, 6f}, 0f));
      labels.avoid(new double[] {lo, hi}, new double[] {goalPct, goalPct});
    }
    guidePoints(chart, labels, scenarios, PlanResult::monthlyUsd, r -> 100 * r.evaluation().availability(), 0.08, Double.NaN,
        g -> String.format(Locale.ROOT, "%s, %s%%", range(g, PlanResult::monthlyUsd, Charts::usd),
            range(g, r -> 100 * r.evaluation().availability(), v -> String.format(Locale.ROOT, "%.2f", v))),
        r -> r.monthlyUsd() > 0, "free");
    return chart;
  }

  /** The cheapest plan of any family, USD/month: the first point of its frontier. */
  private static double frontierMin(Map<Family, List<PlanResult>> byFamily) {
    return byFamily.values().stream().flatMap(List::stream).mapToDouble(PlanResult::monthlyUsd).min().orElse(1);
  }

  /** The dearest plan on any family's availability frontier, USD/month. */
  private static double frontierMax(Map<Family, List<PlanResult>> byFamily) {
    double max = 0;
    for (var list : byFamily.values()) {
      double best = -1;
      var sorted = new ArrayList<>(list);
      sorted.sort(Comparator.comparingDouble(PlanResult::monthlyUsd));
      for (var r : sorted) {
        if (r.evaluation().availability() > best + 1e-11) {
          best = r.evaluation().availability();
          max = Math.max(max, r.monthlyUsd());
        }
      }
    }
    return max;
  }

  /** The corners of a horizontal-first step through {@code x}: {@code x0, x1, x1, x2, x2, ...}. */
  private static double[] stepCorners(double[] x) {
    double[] c = new double[Math.max(0, 2 * x.length - 1)];
    for (int i = 0; i < x.length; i++) {
      c[2 * i] = x[i];
      if (i + 1 < x.length) {
        c[2 * i + 1] = x[i + 1];
      }
    }
    return c;
  }

  /** The heights at the corners of a horizontal-first step: {@code y0, y0, y1, y1, ...}. */
  private static double[] stepCornersY(double[] y) {
    double[] c = new double[Math.max(0, 2 * y.length - 1)];
    for (int i = 0; i < y.length; i++) {
      c[2 * i] = y[i];
      if (i + 1 < y.length) {
        c[2 * i + 1] = y[i];
      }
    }
    return c;
  }

  // ---------------------------------------------------------------- (e) hosting against LLM spend

  /**
   * (e) What hosting and the LLM calls cost each month as users grow, stacked: hosting (the
   * cheapest plan meeting the goals at each number of users) as the bottom band, the LLM calls as
   * the band on top of it, and on a second axis the share of the total that is hosting. Rows with
   * no plan (NaN {@code monthly_usd}) are left out.
   *
   * @param pick one row per number of users, with {@link #PICK_COLUMNS}
   * @param llm the LLM the spend is for, shown in the legend
   */
  public static XYChart hostingVersusLlm(Table pick, String llm) {
    requireColumns(pick, PICK_COLUMNS);
    double[] allUsers = doubles(pick, "concurrent_users");
    double[] allHosting = doubles(pick, "monthly_usd");
    double[] allLlm = doubles(pick, "llm_monthly_usd");
    var keep = new ArrayList<Integer>();
    for (int i = 0; i < allUsers.length; i++) {
      if (Double.isFinite(allUsers[i]) && Double.isFinite(allHosting[i]) && Double.isFinite(allLlm[i])) {
        keep.add(i);
      }
    }
    int n = keep.size();
    double[] users = new double[n];
    double[] hosting = new double[n];
    double[] total = new double[n];
    double[] share = new double[n];
    for (int k = 0; k < n; k++) {
      int i = keep.get(k);
      users[k] = allUsers[i];
      hosting[k] = allHosting[i];
      total[k] = allHosting[i] + allLlm[i];
      share[k] = total[k] > 0 ? 100 * hosting[k] / total[k] : Double.NaN;
    }
    double lo = java.util.Arrays.stream(share).filter(Double::isFinite).min().orElse(Double.NaN);
    double hi = java.util.Arrays.stream(share).filter(Double::isFinite).max().orElse(Double.NaN);
    String range = Double.isNaN(lo) ? ""
        : String.format(Locale.ROOT, ": hosting is %s of the total", lo == hi ? pctText(lo) : pctText(lo) + " to " + pctText(hi));
    var chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
        .title("Hosting against LLM spend as users grow" + range)
        .xAxisTitle("concurrent users (users)")
        .yAxisTitle("monthly spend, stacked ($/month)")
        .build();
    var styler = chart.getStyler();
    styler.setTheme(new PrintTheme());
    styler.setLocale(Locale.ROOT);
    styler.setXAxisDecimalPattern("#,##0");
    styler.setLegendPosition(LegendPosition.InsideN);
    styler.setYAxisGroupPosition(1, YAxisPosition.Right);
    // XChart 3.8 formats both y-axes with one pattern, so no "$" on either; the titles carry the units
    styler.setYAxisDecimalPattern("#,##0.#");
    styler.setYAxisMin(0, 0.0);
    styler.setYAxisMin(1, 0.0);
    chart.setYAxisGroupTitle(0, "monthly spend, stacked ($/month)");
    chart.setYAxisGroupTitle(1, "hosting share of the total (%)");
    if (n == 0) {
      chart.addSeries("no number of users has a plan meeting the goals", new double[] {0}, new double[] {0})
          .setMarker(SeriesMarkers.NONE);
      return chart;
    }

    var top = chart.addSeries("LLM calls (" + llm + "), on top of hosting", bandX(users), bandY(total, hosting));
    top.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
    PrintTheme.fill(top, 2).setMarker(SeriesMarkers.NONE);
    top.setLineColor(Color.DARK_GRAY);
    var bottom = chart.addSeries("hosting: the cheapest plan meeting the goals", bandX(users),
        bandY(hosting, new double[n]));
    bottom.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
    PrintTheme.fill(bottom, 0).setMarker(SeriesMarkers.NONE);
    for (var s : markedLine(chart, "hosting share of the total (right axis)", users, share, 1, -1)) {
      s.setYAxisGroup(1);
    }
    return chart;
  }

  /** x of a closed band along {@code x} and back: {@code x0..xn, xn..x0}. */
  private static double[] bandX(double[] x) {
    double[] b = new double[2 * x.length];
    for (int i = 0; i < x.length; i++) {
      b[i] = x[i];
      b[b.length - 1 - i] = x[i];
    }
    return b;
  }

  /** y of a closed band: {@code upper} along x, then {@code lower} back. */
  private static double[] bandY(double[] upper, double[] lower) {
    double[] b = new double[2 * upper.length];
    for (int i = 0; i < upper.length; i++) {
      b[i] = upper[i];
      b[b.length - 1 - i] = lower[i];
    }
    return b;
  }

  private static String pctText(double v) {
    return String.format(Locale.ROOT, v < 10 ? "%.1f%%" : "%.0f%%", v);
  }

  // ---------------------------------------------------------------- (f) tornado

  /** (f) The tornado of a table that holds one output; see {@link #tornado(Table, String)}. */
  public static XYChart tornado(Table sensitivity) {
    requireColumns(sensitivity, TORNADO_COLUMNS);
    var outputs = distinct(sensitivity, "output");
    if (outputs.size() != 1) {
      throw new IllegalArgumentException("the table holds " + outputs.size() + " outputs (" + String.join(", ", outputs)
          + "); name the one to chart");
    }
    return tornado(sensitivity, outputs.get(0));
  }

  /**
   * (f) One-at-a-time sensitivity of {@code output}: for each parameter a horizontal bar from the
   * base output to the output with the parameter at its low input (dark) and one to the output at
   * its high input (light), the parameter with the widest swing {@code |output_high - output_low|}
   * on top. Bar ends that move the output are labelled with it.
   *
   * @param sensitivity rows with {@link #TORNADO_COLUMNS}
   * @param output the value of the {@code output} column to chart
   */
  public static XYChart tornado(Table sensitivity, String output) {
    requireColumns(sensitivity, TORNADO_COLUMNS);
    record Row(String parameter, String unit, double low, double high, double base, double atLow, double atHigh) {
      double swing() {
        return Math.abs(atHigh - atLow);
      }
    }
    var rows = new ArrayList<Row>();
    for (int i = 0; i < sensitivity.rowCount(); i++) {
      if (sensitivity.column("output").getString(i).equals(output)) {
        rows.add(new Row(sensitivity.column("parameter").getString(i), sensitivity.column("unit").getString(i),
            number(sensitivity, "low_input", i), number(sensitivity, "high_input", i),
            number(sensitivity, "base_output", i), number(sensitivity, "output_low", i),
            number(sensitivity, "output_high", i)));
      }
    }
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("no rows for output '" + output + "' (outputs: "
          + String.join(", ", distinct(sensitivity, "output")) + ")");
    }
    rows.sort(Comparator.comparingDouble(Row::swing).reversed().thenComparing(Row::parameter));
    double base = rows.get(0).base();
    var chart = new XYChartBuilder().width(WIDTH).height(Math.max(HEIGHT, 170 + 38 * rows.size()))
        .title("What moves " + humanise(output) + " most, one input at a time")
        .xAxisTitle(outputTitle(output))
        .yAxisTitle("input (low to high value)")
        .build();
    var styler = chart.getStyler();
    styler.setTheme(new PrintTheme());
    styler.setLocale(Locale.ROOT);
    styler.setLegendPosition(LegendPosition.InsideSE);
    styler.setPlotGridHorizontalLinesVisible(false);
    styler.setXAxisDecimalPattern("#,##0.###");
    var names = new RowLabels();
    for (int i = 0; i < rows.size(); i++) {
      var r = rows.get(i);
      names.add(rows.size() - i, String.format(Locale.ROOT, "%s (%s to %s%s)", r.parameter(), num(r.low()), num(r.high()),
          r.unit().isBlank() ? "" : " " + r.unit()));
    }
    // the names are drawn by RowLabels in room kept free for them; XChart's own y labels are blank
    styler.setyAxisTickLabelsFormattingFunction(v -> "");
    styler.setYAxisLeftWidthHint(names.width(styler.getAxisTickLabelsFont()) + RowLabels.GAP + 12);
    chart.addAnnotation(names);

    double half = 0.3;
    var lowX = new ArrayList<Double>();
    var lowY = new ArrayList<Double>();
    var highX = new ArrayList<Double>();
    var highY = new ArrayList<Double>();
    var labels = new PointLabels();
    for (int i = 0; i < rows.size(); i++) {
      var r = rows.get(i);
      double y = rows.size() - i;
      bar(lowX, lowY, r.base(), r.atLow(), y, half);
      bar(highX, highY, r.base(), r.atHigh(), y, half);
      if (r.atLow() != r.base()) {
        labels.add(r.atLow(), y, num(r.atLow()), r.atLow() < r.base() ? -1 : 1);
      }
      if (r.atHigh() != r.base()) {
        labels.add(r.atHigh(), y, num(r.atHigh()), r.atHigh() < r.base() ? -1 : 1);
      }
    }
    var low = chart.addSeries("input at its low value", lowX, lowY);
    low.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
    PrintTheme.fill(low, 0).setMarker(SeriesMarkers.NONE);
    var high = chart.addSeries("input at its high value", highX, highY);
    high.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
    PrintTheme.fill(high, 2).setMarker(SeriesMarkers.NONE);
    high.setLineColor(Color.BLACK);
    var b = chart.addSeries("base: " + num(base), new double[] {base, base}, new double[] {0.4, rows.size() + 0.6});
    b.setMarker(SeriesMarkers.NONE);
    b.setLineColor(Color.BLACK);
    b.setLineStyle(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 4f}, 0f));
    chart.addAnnotation(labels);
    return chart;
  }

  /** Appends a rectangle from {@code from} to {@code to} at height {@code y}, back to {@code (from, y)}, so the bars of one series join only along the base. */
  private static void bar(List<Double> xs, List<Double> ys, double from, double to, double y, double half) {
    double[][] corners = {{from, y}, {from, y - half}, {to, y - half}, {to, y + half}, {from, y + half}, {from, y}};
    for (var c : corners) {
      xs.add(c[0]);
      ys.add(c[1]);
    }
  }

  /** {@code capacity_users} as {@code capacity (users)}: the last word, when it is a unit, in brackets. */
  static String outputTitle(String output) {
    var words = output.split("_");
    var last = words[words.length - 1];
    String unit = switch (last) {
      case "users" -> "users";
      case "usd" -> output.contains("monthly") ? "$/month" : output.contains("yearly") ? "$/year" : "$";
      case "seconds", "s" -> "seconds";
      case "pct" -> "%";
      default -> "";
    };
    if (unit.isEmpty()) {
      return humanise(output);
    }
    var name = String.join(" ", java.util.Arrays.copyOf(words, words.length - 1));
    return (name.isEmpty() ? "" : name + " ") + "(" + unit + ")";
  }

  static String humanise(String name) {
    return name.replace('_', ' ');
  }

  // ---------------------------------------------------------------- (g) growth path

  /**
   * (g) Users and capacity month by month: the users forecast, the capacity of the plan the path
   * runs (a step; each migration marked and named), and the capacity of the plan the guide's
   * migration path names for that month (dashed), with the months its plan is too small marked and
   * the guide's phases named along the top.
   *
   * @param growth one row per month with {@link #GROWTH_COLUMNS}
   */
  public static XYChart growthCapacity(Table growth) {
    requireColumns(growth, GROWTH_COLUMNS);
    double[] month = doubles(growth, "month");
    var chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
        .title("Growth path: users against the capacity of each month's plan")
        .xAxisTitle("month (months)")
        .yAxisTitle("concurrent users (users)")
        .build();
    growthStyle(chart, month, "#,##0");
    double[] capacity = doubles(growth, "capacity_users");
    double[] users = doubles(growth, "users");
    var labels = new PointLabels();
    stepped(chart, labels, "path's plan capacity", month, capacity, 2, null);
    stepped(chart, labels, "guide's plan capacity", month, doubles(growth, "guide_capacity_users"), 1,
        PrintTheme.stroke(1, 2.2f));
    var u = PrintTheme.style(chart.addSeries("users", month, users), 0);
    u.setLineWidth(2f);
    labels.avoid(month, users);
    var tooSmall = new ArrayList<double[]>();
    for (int i = 0; i < month.length; i++) {
      if (!flag(growth, "guide_plan_enough", i)) {
        tooSmall.add(new double[] {month[i], users[i]});
      }
    }
    if (!tooSmall.isEmpty()) {
      var s = chart.addSeries("guide's plan too small",
          tooSmall.stream().mapToDouble(p -> p[0]).toArray(), tooSmall.stream().mapToDouble(p -> p[1]).toArray());
      s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
      s.setMarker(new PrintTheme.Shaped(PrintTheme.Shaped.Kind.CROSS, true));
      s.setMarkerColor(PrintTheme.color(5));
    }
    migrations(chart, labels, growth, month, capacity, v -> num(v) + " users");
    phases(chart, growth, month);
    return chart;
  }

  /**
   * (g) Monthly hosting cost along the growth path: the path's plan (a step; migrations marked and
   * named) against the plan the guide's migration path names for the month (dashed), with the
   * guide's phases named along the top.
   *
   * @param growth one row per month with {@link #GROWTH_COLUMNS}
   */
  public static XYChart growthCost(Table growth) {
    requireColumns(growth, GROWTH_COLUMNS);
    double[] month = doubles(growth, "month");
    var chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
        .title("Growth path: monthly hosting cost of each month's plan")
        .xAxisTitle("month (months)")
        .yAxisTitle("monthly hosting cost ($/month)")
        .build();
    growthStyle(chart, month, "$#,##0");
    double[] cost = doubles(growth, "monthly_usd");
    var labels = new PointLabels();
    stepped(chart, labels, "the path's plan", month, cost, 2, null);
    stepped(chart, labels, "the guide's plan", month, doubles(growth, "guide_monthly_usd"), 1,
        PrintTheme.stroke(1, 2.2f));
    migrations(chart, labels, growth, month, cost, v -> usd(v) + "/month");
    phases(chart, growth, month);
    return chart;
  }

  private static void growthStyle(XYChart chart, double[] month, String yPattern) {
    var styler = chart.getStyler();
    styler.setTheme(new PrintTheme());
    styler.setLocale(Locale.ROOT);
    styler.setXAxisDecimalPattern("0");
    styler.setYAxisDecimalPattern(yPattern);
    styler.setLegendPosition(LegendPosition.OutsideS);
    styler.setLegendLayout(org.knowm.xchart.style.Styler.LegendLayout.Horizontal);
    styler.setYAxisMin(0.0);
    if (month.length > 0) {
      styler.setXAxisMin(month[0]);
      styler.setXAxisMax(month[month.length - 1] + 1);
    }
  }

  /** A step series held over each month: one more point at the end so the last month has its width. */
  private static XYSeries stepped(XYChart chart, PointLabels labels, String name, double[] month, double[] y, int style,
      BasicStroke stroke) {
    int n = month.length;
    double[] x2 = java.util.Arrays.copyOf(month, n + (n > 0 ? 1 : 0));
    double[] y2 = java.util.Arrays.copyOf(y, x2.length);
    if (n > 0) {
      x2[n] = month[n - 1] + 1;
      y2[n] = y[n - 1];
    }
    var s = chart.addSeries(name, x2, y2);
    PrintTheme.style(s, style).setMarker(SeriesMarkers.NONE);
    s.setLineStyle(stroke == null ? new BasicStroke(2.6f) : stroke);
    s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Step);
    labels.avoid(stepCorners(x2), stepCornersY(y2));
    return s;
  }

  /** Marks the months the path migrates, each labelled with the new plan's family and {@code what} of it. */
  private static void migrations(XYChart chart, PointLabels labels, Table growth, double[] month, double[] y,
      java.util.function.DoubleFunction<String> what) {
    var mx = new ArrayList<Double>();
    var my = new ArrayList<Double>();
    for (int i = 0; i < month.length; i++) {
      if (flag(growth, "migrates", i)) {
        mx.add(month[i]);
        my.add(y[i]);
        labels.add(month[i], y[i], String.format(Locale.ROOT, "month %s: %s\n%s", num(month[i]),
            growth.column("family").getString(i), what.apply(y[i])));
      }
    }
    if (!mx.isEmpty()) {
      var s = chart.addSeries("migration", mx, my);
      s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
      s.setMarker(new PrintTheme.Shaped(PrintTheme.Shaped.Kind.DIAMOND, true));
      s.setMarkerColor(Color.BLACK);
    }
    chart.addAnnotation(labels);
  }

  /** A vertical dotted line where the guide's phase changes, and each phase's name along the top of the plot. */
  private static void phases(XYChart chart, Table growth, double[] month) {
    var names = new PhaseLabels();
    String previous = null;
    for (int i = 0; i < month.length; i++) {
      String phase = growth.column("guide_phase").getString(i);
      if (!phase.equals(previous)) {
        if (previous != null) {
          chart.addAnnotation(new AnnotationLine(month[i], true, false));
        }
        names.add(month[i], "guide: " + phase);
        previous = phase;
      }
    }
    chart.addAnnotation(names);
  }

  // ---------------------------------------------------------------- shared pieces

  /**
   * The guide's deployments as black diamonds, labelled; deployments {@code near} each other share
   * one label (names, then {@code detail} of the group). Those {@code plotted} rejects are named in
   * the legend instead, as {@code why}.
   *
   * @param xTol how far apart, as a ratio {@code |ln(x1/x2)|}, two x values may be and share a label
   * @param yTol the same for y, or NaN to compare y absolutely within 0.005
   */
  private static void guidePoints(
      XYChart chart, PointLabels labels, List<PlanResult> scenarios, ToDoubleFunction<PlanResult> fx,
      ToDoubleFunction<PlanResult> fy, double xTol, double yTol, Function<List<PlanResult>, String> detail,
      Predicate<PlanResult> plotted, String why) {
    var shown = scenarios.stream().filter(plotted).toList();
    var groups = new ArrayList<List<PlanResult>>();
    for (var s : shown) {
      var home = new ArrayList<PlanResult>(List.of(s));
      for (var it = groups.iterator(); it.hasNext(); ) {
        var g = it.next();
        boolean near = g.stream().anyMatch(m -> {
          boolean nearX = Math.abs(Math.log(fx.applyAsDouble(s) / fx.applyAsDouble(m))) <= xTol;
          boolean nearY = Double.isNaN(yTol)
              ? Math.abs(fy.applyAsDouble(s) - fy.applyAsDouble(m)) <= 0.005
              : Math.abs(Math.log(fy.applyAsDouble(s) / fy.applyAsDouble(m))) <= yTol;
          return nearX && nearY;
        });
        if (near) {
          home.addAll(0, g);
          it.remove();
        }
      }
      groups.add(home);
    }
    for (var g : groups) {
      labels.add(fx.applyAsDouble(g.get(0)), fy.applyAsDouble(g.get(0)),
          g.stream().map(PlanResult::name).collect(Collectors.joining(",\n")) + "\n" + detail.apply(g));
    }
    var left = scenarios.stream().filter(plotted.negate()).map(PlanResult::name).toList();
    if (!shown.isEmpty() || !left.isEmpty()) {
      double[] x = shown.isEmpty() ? new double[] {Double.NaN} : shown.stream().mapToDouble(fx).toArray();
      double[] y = shown.isEmpty() ? new double[] {Double.NaN} : shown.stream().mapToDouble(fy).toArray();
      var s = chart.addSeries(GUIDE_SERIES + (left.isEmpty() ? "" : "; " + why + ": " + String.join(", ", left)), x, y);
      s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
      s.setMarker(new PrintTheme.Shaped(PrintTheme.Shaped.Kind.DIAMOND, true));
      s.setMarkerColor(Color.BLACK);
    }
    chart.addAnnotation(labels);
  }

  /** {@code a} or {@code a–b}: the lowest and highest of {@code f} over {@code group}, formatted. */
  private static String range(List<PlanResult> group, ToDoubleFunction<PlanResult> f, DoubleFunction<String> format) {
    double lo = group.stream().mapToDouble(f).min().orElse(Double.NaN);
    double hi = group.stream().mapToDouble(f).max().orElse(Double.NaN);
    String a = format.apply(lo);
    String b = format.apply(hi);
    return a.equals(b) ? a : a + "–" + b;
  }

  /** Points with markers and no line between them: NaN between points breaks the line. */
  private static XYSeries markersOnly(XYChart chart, String name, double[] x, double[] y, int style) {
    int n = Math.max(1, 2 * x.length - 1);
    double[] xs = new double[n];
    double[] ys = new double[n];
    java.util.Arrays.fill(ys, Double.NaN);
    for (int i = 0; i < x.length; i++) {
      xs[2 * i] = x[i];
      ys[2 * i] = y[i];
      if (2 * i + 1 < n) {
        xs[2 * i + 1] = x[i];
      }
    }
    return PrintTheme.style(chart.addSeries(name, xs, ys), style);
  }

  /**
   * A line through every point with the marker of {@code style} on about ten of its finite points
   * (never on {@code noMarkerAt}, a point drawn only to reach the plot's edge; -1 for none): the
   * line is one series (kept out of the legend), the markers another that shows line and marker in
   * the legend. Markers of different styles start at different points so they do not pile up.
   * Returns the series added.
   */
  private static List<XYSeries> markedLine(XYChart chart, String name, double[] x, double[] y, int style, int noMarkerAt) {
    var finite = new ArrayList<Integer>();
    for (int i = 0; i < y.length; i++) {
      if (Double.isFinite(y[i]) && i != noMarkerAt) {
        finite.add(i);
      }
    }
    if (finite.size() <= 12 && noMarkerAt < 0) {
      return List.of(PrintTheme.style(chart.addSeries(name, x, y), style));
    }
    var line = chart.addSeries(name + " (line)", x, y);
    PrintTheme.style(line, style).setMarker(SeriesMarkers.NONE);
    line.setShowInLegend(false);
    int every = Math.max(1, finite.size() / 10);
    var mx = new ArrayList<Double>();
    var my = new ArrayList<Double>();
    for (int k = every == 1 ? 0 : (style * every / 3) % every; k < finite.size(); k += every) {
      int i = finite.get(k);
      if (!mx.isEmpty()) {
        mx.add(x[i]);
        my.add(Double.NaN);
      }
      mx.add(x[i]);
      my.add(y[i]);
    }
    if (mx.isEmpty()) {
      mx.add(Double.NaN);
      my.add(Double.NaN);
    }
    return List.of(line, PrintTheme.style(chart.addSeries(name, mx, my), style));
  }

  /** A table's column of numbers (any numeric column type, or text holding numbers) as doubles; missing values are NaN. */
  static double[] doubles(Table t, String column) {
    double[] v = new double[t.rowCount()];
    for (int i = 0; i < v.length; i++) {
      v[i] = number(t, column, i);
    }
    return v;
  }

  static double number(Table t, String column, int row) {
    var c = t.column(column);
    if (c.isMissing(row)) {
      return Double.NaN;
    }
    Object o = c.get(row);
    if (o instanceof Number n) {
      return n.doubleValue();
    }
    try {
      return Double.parseDouble(c.getString(row));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("table '" + t.name() + "', column '" + column + "', row " + (row + 1)
          + ": '" + c.getString(row) + "' is not a number");
    }
  }

  /** A yes/no cell: a boolean, a number (non-zero is yes) or text ({@code true}, {@code yes}, {@code 1}). */
  static boolean flag(Table t, String column, int row) {
    var c = t.column(column);
    if (c.isMissing(row)) {
      return false;
    }
    Object o = c.get(row);
    if (o instanceof Boolean b) {
      return b;
    }
    if (o instanceof Number n) {
      return n.doubleValue() != 0;
    }
    var s = c.getString(row).strip().toLowerCase(Locale.ROOT);
    return s.equals("true") || s.equals("yes") || s.equals("1");
  }

  /** Throws IllegalArgumentException naming the columns {@code t} lacks and those it has. */
  static void requireColumns(Table t, List<String> columns) {
    var missing = columns.stream().filter(c -> !t.columnNames().contains(c)).toList();
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("table '" + t.name() + "' lacks column(s) " + String.join(", ", missing)
          + " (has: " + String.join(", ", t.columnNames()) + ")");
    }
  }

  private static List<String> distinct(Table t, String column) {
    var seen = new LinkedHashSet<String>();
    for (int i = 0; i < t.rowCount(); i++) {
      seen.add(t.column(column).getString(i));
    }
    return List.copyOf(seen);
  }

  /** The legend name of a term: its name; for a discounted one the discount, on what, how long prepaid, and whose assumption. */
  static String termLabel(CommitmentTerm t) {
    if (t.discountPct() == 0) {
      return t.name() + ": list price, paid monthly";
    }
    var on = t.appliesTo().stream().map(c -> c.id().replace('_', ' ') + "s").sorted().collect(Collectors.joining(", "));
    return String.format(Locale.ROOT, "%s: %s%% off %s, %d months prepaid%s", t.name(), pct(t.discountPct()), on,
        t.months(), t.assumption() ? " (the guide's assumption)" : "");
  }

  /** {@code ""}, or the note every chart priced with an assumed term carries in its title. */
  static String termNote(CommitmentTerm term) {
    return term.assumption()
        ? String.format(Locale.ROOT, " (term %s: the guide's assumed %s%% discount)", term.name(), pct(term.discountPct()))
        : "";
  }

  /** The note for several terms: which are the guide's assumption, with their discounts. */
  static String termsNote(java.util.Collection<CommitmentTerm> terms) {
    var assumed = terms.stream().filter(CommitmentTerm::assumption).toList();
    if (assumed.isEmpty()) {
      return "";
    }
    return " (" + assumed.stream().map(CommitmentTerm::name).collect(Collectors.joining(", ")) + ": the guide's assumed "
        + assumed.stream().map(t -> pct(t.discountPct()) + "%").collect(Collectors.joining(", ")) + " discounts)";
  }

  /** {@code $1,234} or {@code $84.50}: whole dollars unless there are cents. */
  static String usd(double v) {
    return Math.abs(v - Math.rint(v)) < 0.005
        ? String.format(Locale.ROOT, "$%,d", Math.round(v))
        : String.format(Locale.ROOT, "$%,.2f", v);
  }

  /** A number as people write it: thousands separated, no trailing zeros, three significant digits below 10. */
  static String num(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return String.format(Locale.ROOT, "%,d", (long) v);
    }
    var s = String.format(Locale.ROOT, Math.abs(v) >= 10 ? "%,.1f" : "%.3g", v);
    return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
  }

  static String pct(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
  }
}
