package sizing.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import sizing.data.Workbook;
import sizing.plan.Pricing;

/**
 * The executive summary's sentences say what the figures say: the LLM choice compares two
 * different models, and the engine check says which catalog it checked when the recommendation
 * comes from another.
 */
class SummaryTest {
  static final Workbook WB = Workbook.load();

  static String llmSentence(String llm) {
    var model = WB.model().withLlm(WB.llmModels().get(llm));
    var md = Summary.of(WB, model, 120).markdown();
    return md.lines().filter(l -> l.contains("Which LLM.")).findFirst().orElseThrow();
  }

  @Test
  void theCheapestModelIsComparedWithTheDearestNotWithItself() {
    // gpt-4o-mini is the cheapest in data/llm/models.csv ($0.15 / $0.60 per 1M tokens), gpt-4 the
    // dearest ($30 / $60): 120 users x 1.5 requests a minute x 174 busy hours = 1,879,200 requests,
    // each 1,500 tokens in and 250 out: $0.000375 a request, $705/month, and $0.06 a request,
    // $112,752/month
    var s = llmSentence("gpt-4o-mini");
    assertThat(s).contains("$705/month with `gpt-4o-mini`, the cheapest of the", "with `gpt-4`, the dearest",
        "$112,752/month", "$112,047 more");
    assertThat(s).doesNotContainPattern("with `gpt-4o-mini` and .* with `gpt-4o-mini`");
  }

  @Test
  void aDearerModelIsComparedWithTheCheapest() {
    var s = llmSentence("gpt-4");
    assertThat(s).contains("$112,752/month with `gpt-4` and $705/month with `gpt-4o-mini`", "a difference of $112,047/month");
  }

  @Test
  void theEngineCheckSaysWhichCatalogItJudgedWhenTheRecommendationIsBoughtFromAnother() {
    var pricing = new Pricing(WB.catalog(), WB.terms().get("on-demand"), WB.model().withLlm(WB.llmModels().get("gpt-4o-mini")));
    var same = Checks.engineMatchesBruteForce(pricing, 120);
    assertThat(same).startsWith("Check: with `guide-catalog.csv`").doesNotContain("checks the decision engine itself");
    var other = Checks.engineMatchesBruteForce(pricing, 120, WB.buying());
    assertThat(other).startsWith(same).contains("This checks the decision engine itself, on `guide-catalog.csv`",
        "over `" + WB.buying().name() + "`");
  }
}
