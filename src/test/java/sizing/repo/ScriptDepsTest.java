package sizing.repo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The scripts pin their dependencies in {@code //DEPS} lines, the library in pom.xml: every
 * version a script names must be the one the pom pins, so a script never runs the library against
 * other jars than its tests did. Every catalog alias must have a description and a script.
 */
class ScriptDepsTest {
  static final Path REPO = Path.of(System.getProperty("sizing.repo", "."));

  @Test
  void everyScriptDependencyVersionMatchesThePom() throws IOException {
    var pom = Files.readString(REPO.resolve("pom.xml"));
    var pinned = new HashMap<String, String>();
    var dep = Pattern.compile("<groupId>([^<]+)</groupId>\\s*<artifactId>([^<]+)</artifactId>\\s*<version>([^<]+)</version>")
        .matcher(pom);
    while (dep.find()) {
      var version = dep.group(3);
      if (version.startsWith("${")) {
        var prop = Pattern.compile("<" + Pattern.quote(version.substring(2, version.length() - 1)) + ">([^<]+)<").matcher(pom);
        assertThat(prop.find()).as(version).isTrue();
        version = prop.group(1);
      }
      pinned.put(dep.group(1) + ":" + dep.group(2), version);
    }
    try (var files = Files.list(REPO.resolve("scripts"))) {
      for (var script : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        for (var line : Files.readAllLines(script)) {
          if (!line.startsWith("//DEPS ")) {
            continue;
          }
          var gav = line.substring(7).strip().split(":");
          if (gav.length < 3) {
            continue;
          }
          var ga = gav[0] + ":" + gav[1];
          var version = gav[2].replace("@pom", "");
          assertThat(pinned).as(script.getFileName() + " names " + ga + " which the pom does not pin").containsKey(ga);
          assertThat(version).as(script.getFileName() + ": " + ga).isEqualTo(pinned.get(ga));
        }
      }
    }
  }

  @Test
  void everyCatalogAliasHasADescriptionAndAScript() throws IOException {
    var catalog = new com.fasterxml.jackson.databind.ObjectMapper().readTree(REPO.resolve("jbang-catalog.json").toFile());
    var aliases = catalog.get("aliases");
    assertThat(aliases.size()).isPositive();
    aliases.fields().forEachRemaining(e -> {
      assertThat(e.getValue().path("description").asText()).as(e.getKey()).isNotBlank();
      var ref = e.getValue().path("script-ref").asText();
      assertThat(REPO.resolve(ref)).as(e.getKey()).isRegularFile();
      assertThat(Path.of(ref).getFileName().toString()).as("file, class and alias share a name").isEqualTo(e.getKey() + ".java");
    });
  }
}
