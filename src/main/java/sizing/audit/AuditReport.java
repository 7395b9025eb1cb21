package sizing.audit;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The audit's result: one {@link Finding} per claim, as a table and as Markdown sentences whose
 * every number is computed from the findings.
 *
 * @param catalog the price catalog the claims were recomputed with
 * @param llm the LLM the sizing model assumed
 */
public record AuditReport(String catalog, String llm, List<Finding> findings) {

  public AuditReport {
    findings = List.copyOf(findings);
  }

  public long count(Verdict verdict) {
    return findings.stream().filter(f -> f.verdict() == verdict).count();
  }

  /** Counts by verdict, every verdict present (0 where none). */
  public Map<Verdict, Long> counts() {
    var m = new EnumMap<Verdict, Long>(Verdict.class);
    for (var v : Verdict.values()) {
      m.put(v, count(v));
    }
    return m;
  }

  /**
   * One row per claim: {@code id, section, claim, guide, workbook, difference, verdict, why} as
   * text, then the figures as numbers ({@code guide_low, guide_high, workbook_low, workbook_high,
   * difference_low, difference_high}, NaN where there is none), {@code unit, approx, check, source}.
   */
  public Table table() {
    var t = Table.create("audit of the guide's numbers (" + catalog + ")");
    t.addColumns(
        StringColumn.create("id", findings.stream().map(f -> f.claim().id())),
        StringColumn.create("section", findings.stream().map(f -> f.claim().section())),
        StringColumn.create("claim", findings.stream().map(f -> f.claim().text())),
        StringColumn.create("guide", findings.stream().map(f -> f.claim().guideText())),
        StringColumn.create("workbook", findings.stream().map(Finding::workbookText)),
        StringColumn.create("difference", findings.stream().map(Finding::differenceText)),
        StringColumn.create("verdict", findings.stream().map(f -> f.verdict().label())),
        StringColumn.create("why", findings.stream().map(Finding::why)),
        DoubleColumn.create("guide_low", findings.stream().mapToDouble(f -> f.claim().guide().low())),
        DoubleColumn.create("guide_high", findings.stream().mapToDouble(f -> f.claim().guide().high())),
        DoubleColumn.create("workbook_low", findings.stream().mapToDouble(f -> f.computed().low())),
        DoubleColumn.create("workbook_high", findings.stream().mapToDouble(f -> f.computed().high())),
        DoubleColumn.create("difference_low", findings.stream().mapToDouble(f -> f.difference().low())),
        DoubleColumn.create("difference_high", findings.stream().mapToDouble(f -> f.difference().high())),
        StringColumn.create("unit", findings.stream().map(f -> f.claim().unit().id())),
        StringColumn.create("approx", findings.stream().map(f -> f.claim().approximate() ? "yes" : "no")),
        StringColumn.create("check", findings.stream().map(f -> f.claim().check().kind().id())),
        StringColumn.create("source", findings.stream().map(f -> f.claim().provenance().source())));
    return t;
  }

  /**
   * The audit in Markdown sentences: how many claims hold, do not hold and cannot be checked, and
   * for each unit the largest gap among the claims that do not hold. Every number comes from the
   * findings.
   */
  public String summaryMarkdown() {
    var sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT,
        "**%d of %d claims hold**; %d do not hold and %d cannot be checked (prices: %s; LLM: %s).%n",
        count(Verdict.HOLDS), findings.size(), count(Verdict.DOES_NOT_HOLD), count(Verdict.CANNOT_BE_CHECKED),
        catalog, llm));
    var failing = findings.stream().filter(f -> f.verdict() == Verdict.DOES_NOT_HOLD).toList();
    if (failing.isEmpty()) {
      return sb.toString();
    }
    var byUnit = failing.stream().collect(Collectors.groupingBy(f -> f.claim().unit(), () -> new EnumMap<>(Unit.class),
        Collectors.toList()));
    sb.append(String.format(Locale.ROOT, "%nBy unit:%n%n"));
    for (var e : byUnit.entrySet()) {
      var worst = e.getValue().stream().max(Comparator.comparingDouble((Finding f) -> f.difference().magnitude())
          .thenComparing(f -> f.claim().id(), Comparator.reverseOrder())).orElseThrow();
      var c = worst.claim();
      var unit = e.getKey().words().isEmpty() ? "no unit" : e.getKey().words();
      sb.append(String.format(Locale.ROOT,
          "- **%s** (%d of %d do not hold): the largest gap is §%s, \"%s\": the guide says %s, the workbook computes %s (%s).%n",
          unit, e.getValue().size(), findings.stream().filter(f -> f.claim().unit() == e.getKey()).count(),
          c.section(), c.text(), c.guideText(), worst.workbookText(), worst.differenceText()));
    }
    return sb.toString();
  }
}
