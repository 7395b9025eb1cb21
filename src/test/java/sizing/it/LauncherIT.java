package sizing.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./jbang} launcher runs this repository's aliases straight from their scripts only
 * where JBang would have found the same alias: from the repository or below it. Elsewhere the word
 * means what the catalog there says, or nothing, exactly as with JBang.
 */
class LauncherIT {

  @Test
  void anAliasRunsFromASubdirectoryOfTheRepository() {
    var run = Scripts.run(List.of(Scripts.REPO.resolve("jbang").toString(), "size", "--list-scenarios", "--format", "csv"),
        Scripts.REPO.resolve("data"));
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("scenario,guide_monthly_usd,title\n").contains("\npov,84.0,");
  }

  @Test
  void anotherCatalogNearerThanTheRepositorysDecidesWhatTheWordMeans(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("other.java"), """
        public class other {
          public static void main(String... args) {
            System.out.println("the other catalog's size");
          }
        }
        """);
    Files.writeString(dir.resolve("jbang-catalog.json"), """
        { "aliases": { "size": { "script-ref": "other.java" } } }
        """);
    var run = Scripts.run(List.of(Scripts.REPO.resolve("jbang").toString(), "size"), dir);
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo("the other catalog's size\n");
  }

  @Test
  void withNoCatalogAboveTheDirectoryTheRepositorysAliasesAreUnknown(@TempDir Path dir) {
    var run = Scripts.run(List.of(Scripts.REPO.resolve("jbang").toString(), "size"), dir);
    assertThat(run.exit()).as("JBang's own answer: no such script or alias").isEqualTo(2);
    assertThat(run.out()).doesNotContain("The guide's deployments");
  }
}
