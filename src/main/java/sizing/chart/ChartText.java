package sizing.chart;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import sizing.model.CommitmentTerm;
import sizing.model.Figures;

/**
 * The words and numbers on the charts: money, counts and percentages as people write them, payment
 * terms, and the code's column and parameter names ({@code total_monthly_usd}, {@code
 * llm_calls_per_request}) as titles with their unit said once.
 */
final class ChartText {
  private ChartText() {}

  /** Titles for the columns the sweep, tornado and growth tables share, unit in brackets once. */
  private static final Map<String, String> TITLES = Map.ofEntries(
      Map.entry("concurrent_users", "concurrent users"),
      Map.entry("users", "concurrent users"),
      Map.entry("capacity_users", "capacity (concurrent users)"),
      Map.entry("monthly_usd", "monthly hosting cost ($/month)"),
      Map.entry("llm_monthly_usd", "monthly LLM spend ($/month)"),
      Map.entry("total_monthly_usd", "monthly cost, hosting and LLM calls ($/month)"),
      Map.entry("p95_seconds", "p95 response time (seconds)"),
      Map.entry("availability_pct", "monthly availability (%)"),
      Map.entry("price_multiplier", "price multiplier (× the catalog's prices)"),
      Map.entry("p95_seconds_goal", "p95 response time goal (seconds)"),
      Map.entry("availability_pct_goal", "availability goal (%)"),
      Map.entry("budget_usd_goal", "hosting budget ($/month)"),
      Map.entry("llm_model", "LLM"),
      Map.entry("term", "payment term"));

  /** Words of a name written in capitals or spelt out. */
  private static final Map<String, String> WORDS = Map.of(
      "llm", "LLM", "cpu", "CPU", "db", "database", "mb", "MB", "kb", "KB", "gb", "GB", "usd", "$", "pct", "%");

  /** {@link Figures#usdBrief}, rounded to whole dollars from $1,000 up, where cents are noise. */
  static String money(double v) {
    return Math.abs(v) >= 1000 ? Figures.usdWhole(v) : Figures.usdBrief(v);
  }

  /** A number as people write it: thousands separated, no trailing zeros, three significant digits below 10. */
  static String num(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return String.format(Locale.ROOT, "%,d", (long) v);
    }
    var s = String.format(Locale.ROOT, Math.abs(v) >= 10 ? "%,.1f" : "%.3g", v);
    return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
  }

  /** A percentage without its sign: {@code 10}, {@code 12.5}. */
  static String pct(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
  }

  /** A share of a whole, with its sign: one decimal below 10%, none above. */
  static String share(double v) {
    return Figures.percent(v, v < 10 ? 1 : 0);
  }

  /** {@code v} in the unit of column {@code column}: money for {@code *_usd}, a count otherwise. */
  static String value(String column, double v) {
    return column.endsWith("_usd") ? money(v) : column.endsWith("_pct") ? num(v) + "%" : num(v);
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

  /** {@code ""}, or the note a chart priced with an assumed term carries in its title. */
  /**
   * What a capacity axis's figures are calibrated to, in a few words ({@link
   * sizing.model.Workload#capacityBasis()} says it in full).
   */
  static String capacityBasis(sizing.model.Workload workload) {
    return workload.calibratedToLoadTest() ? "calibrated to a load test" : "calibrated to the guide's own estimates";
  }

  static String termNote(CommitmentTerm term) {
    return term.assumption()
        ? String.format(Locale.ROOT, " (%s: the guide's assumed %s%% off)", term.name(), pct(term.discountPct()))
        : "";
  }

  /** The note for several terms: which are the guide's assumption. */
  static String termsNote(Collection<CommitmentTerm> terms) {
    var assumed = terms.stream().filter(CommitmentTerm::assumption).map(CommitmentTerm::name).distinct().toList();
    return assumed.isEmpty() ? "" : " (" + String.join(", ", assumed) + ": the guide's assumed discounts)";
  }

  /** A code name in words: {@code llm_calls_per_request} as {@code LLM calls per request}. */
  static String words(String name) {
    return Arrays.stream(name.split("_")).map(w -> WORDS.getOrDefault(w, w)).collect(Collectors.joining(" "))
        .replace("CPU seconds", "CPU-seconds");
  }

  /**
   * An axis or column title with its unit once: {@code capacity_users} as {@code capacity
   * (concurrent users)}; a name the charts do not know is put in words, with {@code unit} in
   * brackets when it is not already in the name.
   */
  static String title(String column, String unit) {
    var known = TITLES.get(column);
    if (known != null) {
      return known;
    }
    var name = words(column);
    return unit == null || unit.isBlank() || mentions(column, unit) ? name : name + " (" + unit + ")";
  }

  /**
   * An input as a row of the tornado: its name in words and its low-to-high range, with the unit
   * unless the name says it ({@code LLM calls per request: 1 to 2}, {@code requests per user per
   * minute: 1 to 2 requests/user/min}).
   */
  static String input(String name, String unit, double low, double high) {
    var range = num(low) + " to " + num(high);
    return words(name) + ": " + (unit == null || unit.isBlank() || mentions(name, unit) ? range : range + " " + unit);
  }

  /**
   * {@code text} broken into lines of at most {@code max} characters where it can be: after a
   * comma or before a {@code +}, never inside a name.
   */
  static String wrap(String text, int max) {
    var lines = new java.util.ArrayList<String>();
    for (var paragraph : text.split("\n")) {
      var line = new StringBuilder();
      for (var part : paragraph.split("(?<=, )|(?= \\+ )")) {
        if (line.length() > 0 && line.length() + part.length() > max) {
          lines.add(line.toString().stripTrailing());
          line.setLength(0);
          part = part.stripLeading();
        }
        line.append(part);
      }
      lines.add(line.toString().stripTrailing());
    }
    return String.join("\n", lines);
  }

  /** True when every word of {@code unit} starts a word of {@code name}: {@code CPU-seconds} in {@code backend_cpu_seconds_per_request}. */
  static boolean mentions(String name, String unit) {
    var nameWords = Arrays.asList(name.toLowerCase(Locale.ROOT).split("_"));
    return Arrays.stream(unit.toLowerCase(Locale.ROOT).split("[^a-z]+")).filter(w -> !w.isEmpty())
        .allMatch(u -> nameWords.stream().anyMatch(n -> n.startsWith(u)));
  }
}
