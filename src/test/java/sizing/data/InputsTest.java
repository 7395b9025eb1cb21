package sizing.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import sizing.io.BadInput;

/** The report's inputs reach everything computed from the workbook, and bad ones are one line. */
class InputsTest {
  static final Path DATA = Path.of(System.getProperty("sizing.repo", ".")).resolve("data");

  @Test
  void noInputsLoadTheDataFilesAsTheyAre() {
    var run = Inputs.none().load(DATA);
    var files = Workbook.load(DATA, List.of());
    assertThat(run.users()).isEqualTo(files.workload().users());
    assertThat(run.model().llm().name()).isEqualTo(Workbook.DEFAULT_LLM);
    assertThat(run.model().goals()).isEqualTo(files.goals());
    assertThat(run.term().name()).isEqualTo(Inputs.DEFAULT_TERM);
    assertThat(run.usersGiven()).isFalse();
    assertThat(Inputs.none().isEmpty()).isTrue();
  }

  @Test
  void givenInputsReachTheWorkbookItsModelAndTheTerm() {
    var inputs = Inputs.of(120, "gpt-4o-mini", 30.0, 99.9, 500, "1y", new String[] {}, null);
    var run = inputs.load(DATA);
    assertThat(run.users()).isEqualTo(120);
    assertThat(run.workbook().workload().users()).isEqualTo(120);
    assertThat(run.model().llm().name()).isEqualTo("gpt-4o-mini");
    assertThat(run.model().goals().p95Seconds()).isEqualTo(30.0);
    assertThat(run.workbook().goals().availabilityPct()).isEqualTo(99.9);
    assertThat(run.model().goals().budgetUsd()).isEqualTo(500.0);
    assertThat(run.term().name()).isEqualTo("1y");
    assertThat(run.usersGiven()).isTrue();
    assertThat(run.describe()).contains("concurrent users: 120 (given)", "LLM: gpt-4o-mini (given)", "term: 1y (given)");
    // recommendations are bought from the published prices laid over the guide's: the line says both
    assertThat(run.describe()).anySatisfy(l -> assertThat(l).startsWith("prices: guide-catalog.csv for the guide's deployments, ")
        .contains(run.workbook().buying().name() + " for recommendations"));
  }

  @Test
  void priceFilesAreLaidOverEachOther() {
    var guide = DATA.resolve("prices/guide-catalog.csv").toString();
    var published = DATA.resolve("prices/do-published.csv").toString();
    var run = Inputs.of(null, null, null, null, null, null, new String[] {guide, published}, null).load(DATA);
    assertThat(run.workbook().catalog().name()).contains("do-published.csv");
  }

  @Test
  void eachBadInputIsOneLineNamingItAndTheValidValues() {
    assertThatThrownBy(() -> Inputs.of(null, "gpt-9", null, null, null, null, null, null).load(DATA))
        .isInstanceOf(BadInput.class).hasMessageStartingWith("llm: ").hasMessageContaining("gpt-4o-mini");
    assertThatThrownBy(() -> Inputs.of(null, null, null, null, null, "3y", null, null).load(DATA))
        .isInstanceOf(BadInput.class).hasMessageStartingWith("term: ").hasMessageContaining("on-demand");
    assertThatThrownBy(() -> Inputs.of(0, null, null, null, null, null, null, null).load(DATA))
        .isInstanceOf(BadInput.class).hasMessageStartingWith("users: ");
    assertThatThrownBy(() -> Inputs.of(null, null, 0.5, null, null, null, null, null).load(DATA))
        .isInstanceOf(BadInput.class).hasMessageStartingWith("p95: ").hasMessageContaining("impossible");
    assertThatThrownBy(() -> Inputs.of(null, null, null, 100, null, null, null, null).load(DATA))
        .isInstanceOf(BadInput.class).hasMessageStartingWith("goals: ");
    assertThatThrownBy(() -> Inputs.of(null, null, null, null, null, null, new String[] {"no/such.csv"}, null).load(DATA))
        .isInstanceOf(BadInput.class).hasMessage("prices: no such file: no/such.csv");
    assertThatThrownBy(() -> Inputs.of(null, null, null, null, null, null, null, "no/such.csv").load(DATA))
        .isInstanceOf(BadInput.class).hasMessage("workload: no such file: no/such.csv");
  }

  @Test
  void theInjectedCellSetsOnlyTheGivenInputsAsJava() {
    var source = Inputs.of(120, "gpt-4o-\"mini\"", null, 99.9, null, null, new String[] {"/tmp/a b.csv", "c.csv"}, null).javaSource();
    assertThat(source.lines().filter(l -> !l.startsWith("//")))
        .containsExactly("concurrentUsers = 120;", "llmModel = \"gpt-4o-\\\"mini\\\"\";", "uptimeGoalPct = 99.9;",
            "priceFiles = new String[] {\"/tmp/a b.csv\", \"c.csv\"};");
    assertThat(Inputs.none().javaSource().lines().filter(l -> !l.startsWith("//"))).isEmpty();
  }

  @Test
  void blankValuesMeanAsTheDataFilesSay() {
    assertThat(Inputs.of(null, " ", null, null, null, "", new String[] {"", null}, "").isEmpty()).isTrue();
  }
}
