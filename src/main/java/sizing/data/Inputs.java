package sizing.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import sizing.io.BadInput;
import sizing.model.CommitmentTerm;
import sizing.model.Figures;
import sizing.model.SizingModel;
import sizing.model.Workload;
import sizing.model.WorkloadParameter;

/**
 * The inputs a reader of the report may change: the notebooks' {@code parameters} cell holds them
 * and {@code jbang report --users 120 --llm gpt-4o-mini ...} sets them. Each one left null (or, for
 * the price catalogs, empty) is as the data files say: the workload file's users, the guide's LLM
 * ({@link Workbook#DEFAULT_LLM}), the goals file's p95 and uptime, no budget, the on-demand term,
 * the guide's catalog ({@code data/prices/guide-catalog.csv}) and workload ({@code
 * data/workloads/guide.csv}).
 *
 * @param users concurrent users
 * @param llm the LLM the backend calls, a model of {@code data/llm/models.csv}
 * @param p95Seconds goal: 95th-percentile response time, seconds
 * @param uptimePct goal: monthly availability, percent
 * @param budgetUsd goal: the most the hosting may cost per month, USD
 * @param term payment term of {@code data/prices/commitments.csv}
 * @param prices price catalogs laid over each other, later files replacing earlier ones item by item
 * @param workload a workload file
 */
public record Inputs(
    Double users, String llm, Double p95Seconds, Double uptimePct, Double budgetUsd, String term,
    List<Path> prices, Path workload) {

  /** The payment term when none is given: list prices, no commitment. */
  public static final String DEFAULT_TERM = "on-demand";

  public Inputs {
    llm = blankToNull(llm);
    term = blankToNull(term);
    prices = prices == null ? List.of() : List.copyOf(prices);
  }

  /** Every input as the data files say. */
  public static Inputs none() {
    return new Inputs(null, null, null, null, null, null, List.of(), null);
  }

  /**
   * The inputs as a notebook's {@code parameters} cell holds them: numbers of any kind, files as
   * paths relative to the working directory (a notebook's own folder in Jupyter).
   */
  public static Inputs of(Number users, String llm, Number p95Seconds, Number uptimePct, Number budgetUsd,
      String term, String[] prices, String workload) {
    var files = prices == null ? List.<Path>of()
        : Arrays.stream(prices).filter(s -> s != null && !s.isBlank()).map(Path::of).toList();
    return new Inputs(real(users), llm, real(p95Seconds), real(uptimePct), real(budgetUsd), term, files,
        blankToNull(workload) == null ? null : Path.of(workload));
  }

  /** True when nothing is given: every input as the data files say. */
  public boolean isEmpty() {
    return users == null && llm == null && p95Seconds == null && uptimePct == null && budgetUsd == null
        && term == null && prices.isEmpty() && workload == null;
  }

  /** These inputs with every file made absolute against the working directory. */
  public Inputs absolute() {
    return new Inputs(users, llm, p95Seconds, uptimePct, budgetUsd, term,
        prices.stream().map(p -> p.toAbsolutePath().normalize()).toList(),
        workload == null ? null : workload.toAbsolutePath().normalize());
  }

  /** Loads the data folder {@link DataDir#locate()} finds, with these inputs applied. */
  public Run load() {
    return load(DataDir.locate());
  }

  /**
   * Loads {@code dataDir} with these inputs applied: the workbook's workload carries the users and
   * its goals the p95, uptime and budget given, so everything computed from the workbook sees them.
   *
   * @throws BadInput naming the input that cannot be used and its valid values
   */
  public Run load(Path dataDir) {
    for (var f : prices) {
      requireFile("prices", f);
    }
    if (workload != null) {
      requireFile("workload", workload);
    }
    if (users != null && !(users >= 1 && users <= SizingModel.MAX_USERS)) {
      throw new BadInput("users: must be from 1 to " + SizingModel.MAX_USERS + ", was " + Figures.plain(users));
    }
    var wb = Workbook.load(dataDir, prices, workload == null ? Workbook.defaultWorkload(dataDir) : workload);
    var goals = wb.goals();
    try {
      if (p95Seconds != null) {
        goals = goals.withP95(p95Seconds);
      }
      if (uptimePct != null) {
        goals = goals.withAvailability(uptimePct);
      }
      if (budgetUsd != null) {
        goals = goals.withBudget(budgetUsd);
      }
    } catch (IllegalArgumentException e) {
      throw new BadInput("goals: " + e.getMessage());
    }
    var w = users == null ? wb.workload() : wb.workload().with(WorkloadParameter.USERS, users);
    wb = new Workbook(wb.dataDir(), wb.catalog(), wb.terms(), wb.scenarios(), wb.estimates(), w, goals,
        wb.llmModels(), wb.stack(), wb.buying());
    SizingModel model;
    try {
      model = wb.model(llm == null ? Workbook.DEFAULT_LLM : llm);
    } catch (NoSuchElementException e) {
      throw new BadInput("llm: " + e.getMessage());
    }
    if (!Double.isNaN(goals.p95Seconds()) && goals.p95Seconds() <= model.floorResponseSeconds()) {
      throw new BadInput(String.format(Locale.ROOT,
          "p95: %s s is impossible: with no queueing at all the p95 response is %.2f s (%s alone takes %.2f s at p95); give more, or a faster llm (valid: %s)",
          Figures.plain(goals.p95Seconds()), model.floorResponseSeconds(), model.llm().name(), model.llmLatencyPerRequest().quantile(SizingModel.P95),
          String.join(", ", wb.llmModels().keySet())));
    }
    var t = wb.terms().get(term == null ? DEFAULT_TERM : term);
    if (t == null) {
      throw new BadInput("term: unknown value '" + term + "' (valid: " + String.join(", ", wb.terms().keySet()) + ")");
    }
    return new Run(this, wb, model, t, w.users());
  }

  /**
   * Java statements that set a notebook's parameters to these inputs (the cell {@code jbang report}
   * injects after the {@code parameters} cell); only the inputs given are set.
   */
  public String javaSource() {
    var lines = new ArrayList<String>();
    lines.add("// Inputs given to jbang report; they replace the values of the parameters cell above.");
    if (users != null) {
      lines.add("concurrentUsers = " + Math.round(users) + ";");
    }
    if (llm != null) {
      lines.add("llmModel = " + javaString(llm) + ";");
    }
    if (p95Seconds != null) {
      lines.add("p95GoalSeconds = " + javaDouble(p95Seconds) + ";");
    }
    if (uptimePct != null) {
      lines.add("uptimeGoalPct = " + javaDouble(uptimePct) + ";");
    }
    if (budgetUsd != null) {
      lines.add("budgetUsdPerMonth = " + javaDouble(budgetUsd) + ";");
    }
    if (term != null) {
      lines.add("paymentTerm = " + javaString(term) + ";");
    }
    if (!prices.isEmpty()) {
      lines.add("priceFiles = new String[] {" + String.join(", ", prices.stream().map(p -> javaString(p.toString())).toList()) + "};");
    }
    if (workload != null) {
      lines.add("workloadFile = " + javaString(workload.toString()) + ";");
    }
    return String.join("\n", lines);
  }

  /**
   * What a run was computed for, loaded: the workbook with the inputs applied, the sizing model
   * (workload, goals, LLM), the payment term and the concurrent users.
   */
  public record Run(Inputs inputs, Workbook workbook, SizingModel model, CommitmentTerm term, double users) {

    /** True when the users were given, so they are not uncertain (a Monte Carlo keeps them fixed). */
    public boolean usersGiven() {
      return inputs.users() != null;
    }

    /**
     * One line per input, as a reader would say it, with "(given)" on those that were given and
     * the data file or default for the others, e.g. {@code "concurrent users: 120 (given)"}.
     */
    public List<String> describe() {
      var g = model.goals();
      var out = new ArrayList<String>();
      out.add("concurrent users: " + Figures.plain(users) + given(inputs.users() != null, "the workload file"));
      out.add("LLM: " + model.llm().name() + given(inputs.llm() != null, "the guide's"));
      out.add("p95 goal: " + (Double.isNaN(g.p95Seconds()) ? "none" : Figures.plain(g.p95Seconds()) + " s")
          + given(inputs.p95Seconds() != null, "the goals file"));
      out.add("uptime goal: " + (Double.isNaN(g.availabilityPct()) ? "none" : Figures.plain(g.availabilityPct()) + "%")
          + given(inputs.uptimePct() != null, "the goals file"));
      out.add("budget: " + (Double.isNaN(g.budgetUsd()) ? "none" : Figures.usd(g.budgetUsd()) + "/month")
          + given(inputs.budgetUsd() != null, "no budget given"));
      out.add("term: " + term.name() + given(inputs.term() != null, "list prices"));
      var guide = workbook.catalog().name();
      var buying = workbook.buying().name();
      out.add("prices: " + (buying.equals(guide) ? guide + given(!inputs.prices().isEmpty(), "the guide's catalog")
          : guide + " for the guide's deployments, " + buying + " for recommendations (the guide's catalog, and "
              + "DigitalOcean's published prices laid over it)"));
      out.add("workload: " + (inputs.workload() == null ? "workloads/guide.csv" : inputs.workload().getFileName().toString())
          + given(inputs.workload() != null, "the guide's"));
      return out;
    }

    private static String given(boolean given, String otherwise) {
      return given ? " (given)" : " (" + otherwise + ")";
    }
  }

  private static void requireFile(String what, Path f) {
    if (!Files.isRegularFile(f)) {
      throw new BadInput(what + ": no such file: " + f);
    }
  }

  private static Double real(Number n) {
    return n == null ? null : n.doubleValue();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String javaDouble(double v) {
    return Double.toString(v);
  }

  static String javaString(String s) {
    var sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}
