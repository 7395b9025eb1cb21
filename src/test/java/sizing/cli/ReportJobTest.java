package sizing.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sizing.TestFiles;
import sizing.data.Inputs;
import sizing.io.BadInput;
import sizing.narrative.ReportIndex;

/** What jbang report asks of the notebook runner, and what it refuses before running anything. */
class ReportJobTest {
  static final Path REPO = Path.of(System.getProperty("sizing.repo", ".")).toAbsolutePath().normalize();

  @Test
  void eachPageLinksTheIndexItsNeighboursAndCarriesTheInputs(@TempDir Path stage) {
    var notebooks = ReportJob.notebooks(REPO, List.of("01", "02", "03"));
    var pages = notebooks.stream().map(n -> ReportIndex.page(n, n.getFileName().toString().replace(".ipynb", ".html"))).toList();
    var inputs = Inputs.of(120, "gpt-4o-mini", null, null, null, null, null, null);
    var request = new ReportJob.Request(stage.resolve("out"), List.of(), false, false, false, inputs, null);
    var build = new ReportIndex.Build(LocalDate.of(2026, 1, 2), "commit abc", inputs.load(REPO.resolve("data")).describe());
    var job = ReportJob.job(REPO, notebooks, pages, stage, request, build);
    var items = job.get("notebooks");
    assertThat(items).hasSize(3);
    assertThat(items.get(0).path("page").has("prev")).isFalse();
    assertThat(items.get(0).path("page").path("next").path("href").asText()).isEqualTo("02-assumptions.html");
    assertThat(items.get(1).path("page").path("prev").path("title").asText()).isEqualTo("Executive summary");
    assertThat(items.get(2).path("page").has("next")).isFalse();
    assertThat(items.get(1).path("page").path("title").asText()).startsWith("Assumptions:");
    assertThat(items.get(1).path("inject").asText()).contains("concurrentUsers = 120;", "llmModel = \"gpt-4o-mini\";");
    assertThat(items.get(2).path("page").path("stamp").asText()).contains("concurrent users: 120 (given)");
    assertThat(items.get(0).path("html").asText()).isEqualTo(stage.resolve("01-executive-summary.html").toString());
    assertThat(job.path("with_code").asBoolean()).isFalse();
  }

  @Test
  void badInputsStopTheReportBeforeAnyNotebookRunsOrAnythingIsWritten(@TempDir Path dir) {
    var out = dir.resolve("report");
    var request = new ReportJob.Request(out, List.of(), false, false, false,
        Inputs.of(null, "gpt-9", null, null, null, null, null, null), REPO.resolve("data"));
    assertThatThrownBy(() -> ReportJob.run(REPO, request)).isInstanceOf(BadInput.class).hasMessageStartingWith("llm: ");
    assertThat(out).doesNotExist();
    var noData = new ReportJob.Request(out, List.of(), false, false, false, Inputs.none(), dir.resolve("nowhere"));
    assertThatThrownBy(() -> ReportJob.run(REPO, noData)).isInstanceOf(BadInput.class).hasMessageContaining("--data: no such folder");
    var noNotebook = new ReportJob.Request(out, List.of("42"), false, false, false, Inputs.none(), null);
    assertThatThrownBy(() -> ReportJob.run(REPO, noNotebook)).isInstanceOf(BadInput.class).hasMessageContaining("--notebook: no notebook '42'");
    assertThat(out).doesNotExist();
  }

  @Test
  void aFolderHoldingSomeoneElsesFilesIsRefusedBeforeAnyNotebookRuns(@TempDir Path dir) throws Exception {
    var notes = Files.createDirectories(dir.resolve("notes"));
    Files.writeString(notes.resolve("meeting.txt"), "my notes");
    // setup is asked for: the refusal comes before tools/setup-jupyter.sh would run
    var request = new ReportJob.Request(notes, List.of("01"), true, false, false, Inputs.none(), null);
    assertThatThrownBy(() -> ReportJob.run(REPO, request)).isInstanceOf(BadInput.class)
        .hasMessage("--out: " + notes + " holds files the workbook did not write (meeting.txt); give an empty or new folder,"
            + " or --force to replace it");
    assertThat(Files.readString(notes.resolve("meeting.txt"))).isEqualTo("my notes");
    try (var left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString()).toList()).containsExactly("notes");
    }
  }

  @Test
  void theDataFolderCanBeAnywhere(@TempDir Path dir) throws Exception {
    var copy = TestFiles.copyTree(REPO.resolve("data"), dir.resolve("my-data"));
    var run = Inputs.none().load(copy);
    assertThat(run.workbook().dataDir()).isEqualTo(copy);
    assertThat(ReportJob.repo()).isEqualTo(REPO);
  }
}
