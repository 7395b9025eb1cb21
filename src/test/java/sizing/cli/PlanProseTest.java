package sizing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import sizing.data.Inputs;
import sizing.model.Figures;
import sizing.narrative.PlanProse;
import sizing.narrative.ReportIndex;
import sizing.narrative.Summary;
import sizing.plan.Optimizer;
import sizing.plan.PlanFacts;
import sizing.plan.Pricing;

/**
 * A recommended plan's facts read the same in every output: {@code jbang size}'s text and Markdown,
 * the executive summary and the report's index state them through {@link PlanProse}, and the JSON
 * states the same figures.
 */
class PlanProseTest {
  static final Path DATA = Path.of(System.getProperty("sizing.repo", ".")).resolve("data");
  static final Inputs.Run RUN = Inputs.of(120, null, null, null, null, null, null, null).load(DATA);

  static PlanFacts recommended() {
    var wb = RUN.workbook();
    var r = Optimizer.cheapest(new Pricing(wb.buying(), RUN.term(), RUN.model()), 120).orElseThrow();
    return PlanFacts.of(r, RUN.model());
  }

  static String size(OutputFormat format) {
    return SizeJob.run(new SizeJob.Request(null, false, "on-demand", List.<Path>of(), format, 120, Double.NaN,
        Double.NaN, Double.NaN, null, null, 0), RUN.workbook());
  }

  @Test
  void theFactsSentenceStatesEachFigureThroughFigures() {
    var f = recommended();
    assertThat(PlanProse.TEXT.facts(f)).isEqualTo(Figures.usd(f.monthlyUsd()) + "/month hosting (on-demand) + "
        + Figures.usd(f.llmMonthlyUsd()) + "/month LLM; carries up to " + Figures.count(f.capacityUsers())
        + " concurrent users, limited by " + f.bottleneck().orElseThrow().id() + "; p95 " + Figures.seconds(f.p95Seconds())
        + "; available " + Figures.availability(f.hostingAvailability()) + " (hosting), "
        + Figures.availability(f.serviceAvailability()) + " with the LLM provider's "
        + Figures.availability(f.llmProviderAvailability()));
    // hosting and the provider in series: the product of the two availabilities
    assertThat(f.serviceAvailability()).isCloseTo(f.hostingAvailability() * f.llmProviderAvailability(),
        org.assertj.core.api.Assertions.within(1e-12));
  }

  @Test
  void sizeTheSummaryAndTheIndexStateTheSameServiceClause() {
    var f = recommended();
    var md = PlanProse.MARKDOWN.service(f);
    assertThat(size(OutputFormat.md).replace("\n", " ")).contains(md);
    assertThat(size(OutputFormat.table).replaceAll("\\s+", " ")).contains(PlanProse.TEXT.service(f));
    assertThat(Summary.of(RUN.workbook(), RUN.model(), 120).markdown()).contains("It " + md + ".");
    var html = ReportIndex.Decision.of(RUN, 10, 1).html();
    assertThat(html).contains("Carries up to " + Figures.count(f.capacityUsers()) + " concurrent users, limited by <code>"
        + f.bottleneck().orElseThrow().id() + "</code>; p95 " + Figures.seconds(f.p95Seconds()));
  }

  @Test
  void theJsonStatesTheSameFigures() throws Exception {
    var f = recommended();
    var o = CostJson.MAPPER.readTree(size(OutputFormat.json)).get("recommended");
    assertThat(o.get("plan").asText()).isEqualTo(f.name());
    assertThat(o.get("capacity_users").asInt()).isEqualTo(f.capacityUsers());
    assertThat(o.get("bottleneck").asText()).isEqualTo(f.bottleneck().orElseThrow().id());
    assertThat(o.get("service_availability_pct").asDouble())
        .isCloseTo(100 * f.serviceAvailability(), org.assertj.core.api.Assertions.within(1e-6));
  }
}
