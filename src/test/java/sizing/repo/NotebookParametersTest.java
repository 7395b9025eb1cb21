package sizing.repo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import sizing.data.Inputs;

/**
 * Every notebook of the report opens with one code cell tagged {@code parameters} (papermill's
 * convention) that declares each input {@code jbang report} can inject, and names the workbook's
 * own kernel, so a reader's other Java kernels are never picked.
 */
class NotebookParametersTest {
  static final Path NOTEBOOKS = Path.of(System.getProperty("sizing.repo", ".")).resolve("notebooks");

  @Test
  void everyReportNotebookOpensWithOneParametersCellDeclaringEveryInput() throws IOException {
    var every = Inputs.of(1, "m", 1.0, 1.0, 1.0, "t", new String[] {"p.csv"}, "w.csv").javaSource();
    var assigned = new ArrayList<String>();
    var m = Pattern.compile("(?m)^(\\w+) = ").matcher(every);
    while (m.find()) {
      assigned.add(m.group(1));
    }
    assertThat(assigned).hasSize(8);
    try (var files = Files.list(NOTEBOOKS)) {
      for (var nb : files.filter(p -> p.toString().endsWith(".ipynb") && !p.getFileName().toString().startsWith("00-")).sorted().toList()) {
        var root = new ObjectMapper().readTree(nb.toFile());
        var code = new ArrayList<JsonNode>();
        root.get("cells").forEach(c -> {
          if (c.get("cell_type").asText().equals("code")) {
            code.add(c);
          }
        });
        var tagged = code.stream().filter(c -> c.path("metadata").path("tags").toString().contains("\"parameters\"")).toList();
        assertThat(tagged).as(nb.getFileName() + ": cells tagged parameters").hasSize(1);
        assertThat(code.get(0)).as(nb.getFileName() + ": the parameters cell comes first").isSameAs(tagged.get(0));
        var source = new StringBuilder();
        tagged.get(0).get("source").forEach(s -> source.append(s.asText()));
        for (var name : assigned) {
          assertThat(source.toString()).as(nb.getFileName() + ": declares " + name).containsPattern("\\b" + name + " = ");
        }
      }
    }
  }

  @Test
  void everyNotebookNamesTheWorkbooksKernel() throws IOException {
    try (var files = Files.list(NOTEBOOKS)) {
      for (var nb : files.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList()) {
        var spec = new ObjectMapper().readTree(nb.toFile()).path("metadata").path("kernelspec");
        assertThat(spec.path("name").asText()).as(nb.getFileName().toString()).isEqualTo(sizing.cli.ReportJob.KERNEL);
      }
    }
  }
}
