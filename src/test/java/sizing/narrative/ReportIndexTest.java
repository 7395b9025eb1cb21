package sizing.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import sizing.data.Inputs;
import sizing.sweep.MonteCarlo;

/** The front page states the decision, computed for the inputs, in text a browser shows as it is. */
class ReportIndexTest {
  static final Path DATA = Path.of(System.getProperty("sizing.repo", ".")).resolve("data");

  @Test
  void theDecisionIsTheOptimizersPickWithItsCostAndTheShareOfDrawsItMeets() {
    var run = Inputs.of(120, "gpt-4o-mini", null, null, null, null, null, null).load(DATA);
    var d = ReportIndex.Decision.of(run, 200, 7);
    var wb = run.workbook();
    // the decision engine's pick from the catalog recommendations price from (the guide's with DigitalOcean's published prices)
    var pick = sizing.plan.Optimizer.cheapest(new sizing.plan.Pricing(wb.buying(), run.term(), run.model()), 120).orElseThrow();
    assertThat(d.plan()).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo(pick.name()));
    assertThat(d.pMeetsGoals()).isBetween(0.0, 1.0);
    // the same draws as the uncertainty notebook's table for that plan: a one-plan run is no different
    var base = sizing.sweep.Baseline.of(wb, run.model(), run.term(), run.users());
    var mc = MonteCarlo.run(base, sizing.sweep.Candidates.of(List.of(pick.cost().plan()), wb.buying()), true, 200, 7, sizing.sweep.Progress.NONE);
    assertThat(d.pMeetsGoals()).isEqualTo(mc.doubleColumn("p_meets_goals").get(0));
    var html = d.html();
    assertThat(html).contains("<strong>120 concurrent users</strong>", "gpt-4o-mini", pick.name(), Md.usd(pick.monthlyUsd()).replace("$", "&#36;"))
        .contains("of 200 draws", "Figures dated: prices 2025-11-07")
        .doesNotContain("$", "`", "**");
  }

  @Test
  void whenNoPlanMeetsTheGoalsTheDecisionSaysSoAndWhy() {
    var run = Inputs.of(null, null, null, 99.9999, null, null, null, null).load(DATA);
    var d = ReportIndex.Decision.of(run, 10, 1);
    assertThat(d.plan()).isEmpty();
    assertThat(d.html()).contains("No plan in the catalog meets every goal").doesNotContain("$", "`");
  }

  @Test
  void theIndexPutsTheDecisionFirstThenTheContentsThenTheSources() {
    var run = Inputs.none().load(DATA);
    var pages = List.of(new ReportIndex.Page("01-a.html", "A: first", "About `data/` and **more**."),
        new ReportIndex.Page("02-b.html", "B", "Second."));
    var build = new ReportIndex.Build(LocalDate.of(2026, 1, 2), "commit abc123", run.describe());
    var html = ReportIndex.html(ReportIndex.Decision.of(run, 50, 1), pages, ReportIndex.dataFiles(DATA), build, "body{}");
    assertThat(html.indexOf("id=\"decision\"")).isLessThan(html.indexOf("id=\"contents\""));
    assertThat(html.indexOf("id=\"contents\"")).isLessThan(html.indexOf("id=\"sources\""));
    assertThat(html).contains("<a href=\"01-a.html\">A: first</a>", "<code>data/</code>", "<strong>more</strong>",
        "Built 2026-01-02 from commit abc123.", "Computed for concurrent users: ", "data/prices/guide-catalog.csv")
        .doesNotContain("`", "**", "file://", "<script");
    assertThat(ReportIndex.shortTitle(pages.get(0))).isEqualTo("A");
  }
}
