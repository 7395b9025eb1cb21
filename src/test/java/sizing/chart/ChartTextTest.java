package sizing.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import sizing.model.Figures;

/** Code names become words, each unit said once; long names wrap where a reader would break them. */
class ChartTextTest {
  @Test
  void namesBecomeWordsWithTheirCapitals() {
    assertThat(ChartText.words("llm_calls_per_request")).isEqualTo("LLM calls per request");
    assertThat(ChartText.words("db_cpu_seconds_per_query")).isEqualTo("database CPU-seconds per query");
  }

  @Test
  void anInputsUnitIsLeftOutWhenItsNameSaysIt() {
    assertThat(ChartText.input("backend_cpu_seconds_per_request", "CPU-seconds", 1.5, 3))
        .isEqualTo("backend CPU-seconds per request: 1.5 to 3");
    assertThat(ChartText.input("requests_per_user_per_minute", "requests/user/min", 1, 2))
        .isEqualTo("requests per user per minute: 1 to 2");
    assertThat(ChartText.input("documents_indexed", "documents", 10_000, 100_000)).isEqualTo("documents indexed: 10,000 to 100,000");
    assertThat(ChartText.input("vector_search_seconds", "seconds", 0.02, 0.2)).isEqualTo("vector search seconds: 0.02 to 0.2");
    assertThat(ChartText.input("warmup", "hours", 1, 2)).isEqualTo("warmup: 1 to 2 hours");
  }

  @Test
  void titlesCarryTheirUnitOnce() {
    assertThat(ChartText.title("capacity_users", "")).isEqualTo("capacity (concurrent users)");
    assertThat(ChartText.title("total_monthly_usd", "")).isEqualTo("monthly cost, hosting and LLM calls ($/month)");
    assertThat(ChartText.title("session_mb_per_user", "MB")).isEqualTo("session MB per user");
    assertThat(ChartText.title("llm_input_tokens_per_call", "tokens")).isEqualTo("LLM input tokens per call");
    assertThat(ChartText.title("busy_factor", "ratio")).isEqualTo("busy factor (ratio)");
  }

  @Test
  void longTextWrapsAfterACommaOrBeforeAPlus() {
    var name = "2 × 16 GB droplets + load balancer + 8 GB managed DB, frontend on Vercel, 250 GB storage";
    var wrapped = ChartText.wrap(name, 38);
    assertThat(wrapped.replace("\n", " ")).isEqualTo(name);
    assertThat(wrapped.lines()).allMatch(l -> l.length() <= 38).allMatch(l -> !l.startsWith(" ") && !l.endsWith(" "));
    assertThat(wrapped.lines().skip(1)).allMatch(l -> l.startsWith("+ ") || !l.startsWith(","));
    assertThat(ChartText.wrap("short", 38)).isEqualTo("short");
  }

  @Test
  void moneyDropsCentsFromAThousandUp() {
    assertThat(Figures.usdBrief(84)).isEqualTo("$84");
    assertThat(Figures.usdBrief(75.6)).isEqualTo("$75.60");
    assertThat(ChartText.money(73_648.8)).isEqualTo("$73,649");
    assertThat(ChartText.money(75.6)).isEqualTo("$75.60");
  }
}
