package sizing.narrative;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import sizing.data.CsvFile;
import sizing.data.Inputs;
import sizing.model.CatalogItem;
import sizing.model.Parameter;
import sizing.plan.Optimizer;
import sizing.plan.PlanFacts;
import sizing.plan.PlanGenerator;
import sizing.plan.Pricing;
import sizing.plan.PlanResult;
import sizing.sweep.Baseline;
import sizing.sweep.Candidates;
import sizing.sweep.MonteCarlo;
import sizing.sweep.Progress;

/**
 * The report's front page: the decision first (the plan, its monthly cost with and without the
 * LLM, how likely it is to meet the goals, the data's dates and the commit the report was built
 * from), then the contents (each page with its title and first paragraph), then every data file
 * with how many figures it holds, how many distinct sources they cite and the range of their dates.
 */
public final class ReportIndex {
  private ReportIndex() {}

  /** One rendered notebook: its HTML file name, title and first paragraph (Markdown). */
  public record Page(String file, String title, String summary) {}

  /** One data file's provenance: rows, distinct sources, the earliest and latest as_of. */
  public record DataFile(String path, int rows, int sources, LocalDate earliest, LocalDate latest) {}

  /** Where and when the report was built: the date, the commit (or why there is none) and the inputs. */
  public record Build(LocalDate date, String commit, List<String> inputs) {
    public Build {
      inputs = List.copyOf(inputs);
    }

    /** One line for the foot of every page. */
    public String line() {
      return "Built " + date + " from " + commit + ".";
    }

    /** The inputs, one sentence, for the top of every page. */
    public String stamp() {
      return "Computed for " + String.join("; ", inputs) + ".";
    }
  }

  /**
   * What to buy: the cheapest plan that meets every goal for the run's users, under its term and
   * LLM, with the share of {@code samples} seeded draws of the workload's uncertain figures in which
   * it still meets them ({@link MonteCarlo}), and the dates of the figures behind it.
   *
   * @param plan the recommended plan, empty when no plan in the catalog meets every goal
   * @param nearest when no plan does, the one that carries the most users
   * @param binding when no plan does, the goal the nearest plans miss most often
   * @param pMeetsGoals the share of draws in which the plan meets every goal, 0..1 (NaN without a plan)
   * @param totalP50 hosting and LLM at the median draw, USD/month
   * @param totalP90 hosting and LLM at the 90th-percentile draw, USD/month
   */
  public record Decision(
      Inputs.Run run, Optional<PlanResult> plan, Optional<PlanResult> nearest, Optional<String> binding,
      double pMeetsGoals, int samples, long seed, double totalP50, double totalP90, List<String> dates) {

    public Decision {
      dates = List.copyOf(dates);
    }

    /** Recommends for {@code run} and draws {@code samples} workloads with {@code seed} to judge it. */
    public static Decision of(Inputs.Run run, int samples, long seed) {
      var wb = run.workbook();
      var rec = Optimizer.optimize(new Pricing(wb.buying(), run.term(), run.model()), run.users(), 1);
      double p = Double.NaN;
      double p50 = Double.NaN;
      double p90 = Double.NaN;
      if (rec.recommended().isPresent()) {
        var plan = rec.recommended().get().cost().plan();
        var base = Baseline.of(wb, run.model(), run.term(), run.users());
        var mc = MonteCarlo.run(base, Candidates.of(List.of(plan), wb.buying()), run.usersGiven(), samples, seed, Progress.NONE);
        p = mc.doubleColumn("p_meets_goals").get(0);
        p50 = mc.doubleColumn("total_monthly_usd_p50").get(0);
        p90 = mc.doubleColumn("total_monthly_usd_p90").get(0);
      }
      return new Decision(run, rec.recommended(), rec.nearest(), rec.binding().map(sizing.model.Constraint::id), p, samples, seed, p50, p90, ReportIndex.dates(run));
    }

    /** The decision as an HTML fragment: a heading, a paragraph and the facts as a list. */
    public String html() {
      var m = run.model();
      var sb = new StringBuilder();
      if (plan.isEmpty()) {
        sb.append(Md.html("No plan in the catalog meets every goal for " + Md.bold(Md.count(run.users()) + " concurrent users")
            + " calling " + m.llm().name() + binding.map(b -> "; the goal that binds is " + b).orElse("") + "."
            + nearest.map(n -> " The nearest plan, " + n.cost().plan().title() + " (" + n.name() + "): "
                + PlanProse.MARKDOWN.facts(PlanFacts.of(n, m)) + ".").orElse("")
            + " Loosen a goal, or see the trade-offs page for what each family misses."));
      } else {
        var r = plan.get();
        var e = r.evaluation();
        sb.append(Md.html("For " + Md.bold(Md.count(run.users()) + " concurrent users") + " calling " + m.llm().name()
            + ", buy " + Md.bold(r.cost().plan().title()) + " (" + r.name() + "): " + Md.bold(Md.usd(r.monthlyUsd()) + "/month")
            + " for hosting (" + run.term().name() + "), " + Md.bold(Md.usd0(r.totalMonthlyUsd()) + "/month")
            + " with the LLM calls (" + Md.usd0(e.llmMonthlyUsd()) + "/month of it)."));
        sb.append("<ul class=\"report-facts\">\n");
        fact(sb, "Meets every goal in " + Md.pct(100 * pMeetsGoals, 0) + " of " + Md.count(samples)
            + " draws of the workload's uncertain figures (seed " + seed + "); hosting and LLM together cost "
            + Md.usd0(totalP50) + "/month at the median draw and " + Md.usd0(totalP90) + " at the 90th percentile.");
        fact(sb, PlanProse.MARKDOWN.sentence(PlanProse.MARKDOWN.service(PlanFacts.of(r, m))));
        fact(sb, "Without the LLM: " + Md.usd(r.monthlyUsd()) + "/month, " + Md.usd(r.cost().yearlyUsd()) + " a year"
            + (run.term().assumption() ? " (the " + run.term().name() + " discount is the guide's assumption)" : "") + ".");
        sb.append("</ul>\n");
      }
      sb.append("<p class=\"report-basis\">").append(escape(m.workload().capacityBasisSentence()))
          .append("</p>\n");
      sb.append("<p class=\"report-dates\">").append(escape("Figures dated: " + String.join("; ", dates) + ".")).append("</p>\n");
      return sb.toString();
    }

    private static void fact(StringBuilder sb, String markdown) {
      sb.append("<li>").append(inline(markdown)).append("</li>\n");
    }
  }

  /** The dates of the figures a run uses: its prices, its LLM's prices and its workload. */
  static List<String> dates(Inputs.Run run) {
    var out = new ArrayList<String>();
    var prices = new TreeSet<LocalDate>();
    for (CatalogItem i : run.workbook().buying().all()) {
      prices.add(i.provenance().asOf());
    }
    out.add("prices " + range(prices) + " (" + run.workbook().buying().name() + ")");
    out.add("LLM prices " + run.model().llm().provenance().asOf() + " (" + run.model().llm().name() + ")");
    var workload = new TreeSet<LocalDate>();
    for (Parameter p : run.workbook().workload().parameters().values()) {
      workload.add(p.provenance().asOf());
    }
    out.add("workload " + range(workload));
    return out;
  }

  private static String range(TreeSet<LocalDate> dates) {
    if (dates.isEmpty()) {
      return "undated";
    }
    return dates.first().equals(dates.last()) ? dates.first().toString() : dates.first() + " to " + dates.last();
  }

  /** Every CSV under {@code dataDir} that has source and as_of columns, in path order. */
  public static List<DataFile> dataFiles(Path dataDir) {
    var out = new ArrayList<DataFile>();
    try (Stream<Path> files = Files.walk(dataDir)) {
      for (var f : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
        var csv = CsvFile.read(f);
        if (!csv.header().contains("source") || !csv.header().contains("as_of")) {
          continue;
        }
        var sources = new TreeSet<String>();
        var dates = new TreeSet<LocalDate>();
        for (var row : csv.rows()) {
          sources.add(row.text("source"));
          if (!row.text("as_of").isEmpty()) {
            dates.add(LocalDate.parse(row.text("as_of")));
          }
        }
        out.add(new DataFile(dataDir.relativize(f).toString(), csv.rows().size(), sources.size(),
            dates.isEmpty() ? null : dates.first(), dates.isEmpty() ? null : dates.last()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The first Markdown heading and the first paragraph after it of a notebook file. */
  public static Page page(Path notebook, String htmlFile) {
    try {
      var root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(notebook.toFile());
      for (var cell : root.get("cells")) {
        if (cell.get("cell_type").asText().equals("markdown")) {
          var text = new StringBuilder();
          cell.get("source").forEach(s -> text.append(s.asText()));
          var lines = text.toString().split("\n");
          String title = htmlFile;
          var summary = new StringBuilder();
          for (var line : lines) {
            if (line.startsWith("# ") && title.equals(htmlFile)) {
              title = line.substring(2).strip();
            } else if (!line.isBlank() && !line.startsWith("#")) {
              summary.append(line.strip()).append(' ');
            } else if (summary.length() > 0) {
              break;
            }
          }
          return new Page(htmlFile, title, summary.toString().strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Page(htmlFile, htmlFile, "");
  }

  /** A page's title as a reader wants it in a list: the part before the colon of its heading. */
  public static String shortTitle(Page p) {
    int colon = p.title().indexOf(':');
    return colon > 0 ? p.title().substring(0, colon).strip() : p.title();
  }

  /**
   * The index page, self-contained HTML: the decision, the contents, the data files; {@code css} is
   * the report's stylesheet, inlined.
   */
  public static String html(Decision decision, List<Page> pages, List<DataFile> data, Build build, String css) {
    var sb = new StringBuilder();
    sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1.0\">\n")
        .append("<title>Hosting sizing: the decision and the report</title>\n<style>\n").append(css)
        .append("\n.report-index table{border-collapse:collapse}.report-index td,.report-index th{border:1px solid #bbb;")
        .append("padding:.3em .6em;text-align:left}.report-index td.n{text-align:right}")
        .append(".report-decision{border:2px solid #0b4f8a;border-radius:6px;padding:.2em 1.2em .6em;margin:1em 0 1.5em}")
        .append(".report-pages li{margin:.6em 0}.report-pages p{margin:.2em 0}")
        .append("</style></head>\n<body class=\"report-index\">\n<main>\n<!-- report:page-start -->\n")
        .append("<h1>Where to host the AI customer-service stack, and what it costs</h1>\n")
        .append("<p class=\"report-stamp\">").append(escape(build.stamp())).append("</p>\n")
        .append("<section class=\"report-decision\">\n<h2 id=\"decision\">The decision</h2>\n")
        .append(decision.html()).append("</section>\n")
        .append("<h2 id=\"contents\">Contents</h2>\n<ol class=\"report-pages\">\n");
    for (var p : pages) {
      sb.append("<li><a href=\"").append(escape(p.file())).append("\">").append(escape(p.title())).append("</a>\n")
          .append(Md.html(p.summary())).append("</li>\n");
    }
    sb.append("</ol>\n<h2 id=\"sources\">Where the numbers come from</h2>\n<p>Every figure in these pages is computed ")
        .append("from the data files below by the workbook's library; none is typed into a page. Each row of each ")
        .append("file names its source and the date the figure was true (<code>as_of</code>).</p>\n")
        .append("<table><thead><tr><th>data file</th><th>figures</th><th>distinct sources</th><th>dated from</th>")
        .append("<th>to</th></tr></thead><tbody>\n");
    for (var d : data) {
      sb.append("<tr><td><code>data/").append(escape(d.path())).append("</code></td><td class=\"n\">").append(d.rows())
          .append("</td><td class=\"n\">").append(d.sources()).append("</td><td>").append(d.earliest() == null ? "" : d.earliest())
          .append("</td><td>").append(d.latest() == null ? "" : d.latest()).append("</td></tr>\n");
    }
    sb.append("</tbody></table>\n<!-- report:page-end -->\n</main>\n<footer class=\"report-built\">")
        .append(escape(build.line())).append("</footer>\n</body></html>\n");
    return sb.toString();
  }

  /** Markdown for one line, as inline HTML (no paragraph around it). */
  static String inline(String markdown) {
    var html = Md.html(markdown).strip();
    return html.startsWith("<p>") && html.endsWith("</p>") ? html.substring(3, html.length() - 4) : html;
  }

  static String escape(String s) {
    return sizing.io.SafeText.html(s).replace("$", "&#36;");
  }
}
