package sizing.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkloadWriterTest {
  @TempDir Path dir;

  @Test
  void bundledWorkloadReadsBackParameterForParameterWithCommentsSkipped() throws IOException {
    var original = ModelLoader.workload(Workbook.defaultWorkload(DataDir.locate()));
    var file = dir.resolve("w.csv");
    Files.writeString(file, WorkloadWriter.csv(original, List.of("first comment", "two\nlines")));
    assertThat(Files.readAllLines(file).subList(0, 3)).containsExactly("# first comment", "# two", "# lines");
    assertThat(ModelLoader.workload(file).parameters()).isEqualTo(original.parameters());
  }
}
