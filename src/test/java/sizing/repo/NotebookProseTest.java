package sizing.repo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Numbers in notebook prose come from the computation: a Markdown cell typed by hand holds no
 * digit outside code spans, link targets and percentile names such as p95, so a re-run with new prices can never leave a stale
 * sentence. (Generated Markdown, shown by Show.markdown, is where numbers live.)
 */
class NotebookProseTest {
  static final Path NOTEBOOKS = Path.of(System.getProperty("sizing.repo", ".")).resolve("notebooks");

  @Test
  void handWrittenMarkdownCellsHoldNoNumbers() throws IOException {
    var mapper = new ObjectMapper();
    try (var files = Files.list(NOTEBOOKS)) {
      for (var nb : files.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList()) {
        for (var cell : mapper.readTree(nb.toFile()).get("cells")) {
          if (!cell.get("cell_type").asText().equals("markdown")) {
            continue;
          }
          var text = new StringBuilder();
          cell.get("source").forEach(s -> text.append(s.asText()));
          var prose = text.toString()
              .replaceAll("`[^`]*`", "")
              .replaceAll("\\]\\([^)]*\\)", "]")
              .replaceAll("\\b[pP][0-9]{2}\\b", "percentile");
          assertThat(prose).as(nb.getFileName() + ": a typed number in prose").doesNotContainPattern("[0-9]");
        }
      }
    }
  }
}
