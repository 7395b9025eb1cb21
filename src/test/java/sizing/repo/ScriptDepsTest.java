package sizing.repo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.FileSystems;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
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

  /**
   * The {@code ./jbang} launcher runs an alias of this catalog by running its script (sparing
   * JBang's lookup through remote catalogs); that is the same only while an alias holds nothing but
   * its script and a description.
   */
  @Test
  void everyCatalogAliasHasADescriptionAndAScriptAndNothingElse() throws IOException {
    var catalog = new com.fasterxml.jackson.databind.ObjectMapper().readTree(REPO.resolve("jbang-catalog.json").toFile());
    var aliases = catalog.get("aliases");
    assertThat(aliases.size()).isPositive();
    aliases.fields().forEachRemaining(e -> {
      assertThat(e.getValue().path("description").asText()).as(e.getKey()).isNotBlank();
      var keys = new java.util.ArrayList<String>();
      e.getValue().fieldNames().forEachRemaining(keys::add);
      assertThat(keys).as(e.getKey() + ": keys the launcher's shortcut would ignore").containsExactlyInAnyOrder("script-ref", "description");
      var ref = e.getValue().path("script-ref").asText();
      assertThat(REPO.resolve(ref)).as(e.getKey()).isRegularFile();
      assertThat(Path.of(ref).getFileName().toString()).as("file, class and alias share a name").isEqualTo(e.getKey() + ".java");
    });
  }

  /**
   * A script compiles the library from the {@code //SOURCES} it lists, and {@code size} lists only
   * what it uses (JBang reads every listed file on every start; see README, Speed). Every library
   * class a script reaches, through its imports and what those use in turn (jdeps over the compiled
   * classes), must have its source listed, so a new dependency fails here, not in a script's
   * compile.
   */
  @Test
  void everyScriptListsTheSourceOfEveryLibraryClassItReaches() throws IOException {
    var graph = libraryGraph();
    var mentioned = Pattern.compile("\\bsizing\\.[a-z]+(?:\\.[a-z]+)*\\.[A-Z]\\w*");
    try (var files = Files.list(REPO.resolve("scripts"))) {
      for (var script : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        var text = Files.readString(script);
        var listed = listedSources(script, text);
        var reached = new TreeSet<String>();
        var todo = new ArrayDeque<String>();
        var m = mentioned.matcher(text);
        while (m.find()) {
          todo.add(m.group());
        }
        while (!todo.isEmpty()) {
          var c = todo.pop();
          if (graph.containsKey(c) && reached.add(c)) {
            todo.addAll(graph.get(c));
          }
        }
        assertThat(reached).as(script.getFileName() + " reaches no library class: is target/classes built?").isNotEmpty();
        var missing = reached.stream().map(ScriptDepsTest::sourceOf).filter(f -> !listed.contains(f))
            .map(f -> REPO.toAbsolutePath().normalize().relativize(f).toString()).toList();
        assertThat(missing).as(script.getFileName() + ": add these to its //SOURCES").isEmpty();
      }
    }
  }

  /** Library class (outer classes only) to the library classes it uses, from jdeps. */
  static Map<String, Set<String>> libraryGraph() {
    var out = new StringWriter();
    var jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
    var classes = REPO.resolve("target/classes").toString();
    assertThat(jdeps.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "-verbose:class", "-filter:none",
        "-cp", classes, classes)).isZero();
    var edge = Pattern.compile("^\\s+(sizing\\.\\S+)\\s+->\\s+(sizing\\.\\S+)\\s");
    var graph = new HashMap<String, Set<String>>();
    out.toString().lines().forEach(line -> {
      var m = edge.matcher(line);
      if (m.find()) {
        graph.computeIfAbsent(outer(m.group(1)), k -> new HashSet<>()).add(outer(m.group(2)));
        graph.computeIfAbsent(outer(m.group(2)), k -> new HashSet<>());
      }
    });
    return graph;
  }

  static String outer(String className) {
    int dollar = className.indexOf('$');
    return dollar < 0 ? className : className.substring(0, dollar);
  }

  static Path sourceOf(String className) {
    return REPO.resolve("src/main/java").resolve(className.replace('.', '/') + ".java").toAbsolutePath().normalize();
  }

  /** The files a script's {@code //SOURCES} lines name: paths, {@code dir/*.java} and {@code dir/**.java}. */
  static Set<Path> listedSources(Path script, String text) throws IOException {
    var listed = new HashSet<Path>();
    for (var line : text.lines().filter(l -> l.startsWith("//SOURCES ")).toList()) {
      for (var entry : line.substring("//SOURCES ".length()).trim().split("\\s+")) {
        var path = script.getParent().resolve(entry).toAbsolutePath().normalize();
        if (!entry.contains("*")) {
          listed.add(path);
          continue;
        }
        var dir = script.getParent().resolve(entry.substring(0, entry.indexOf('*'))).toAbsolutePath().normalize();
        // As in JBang: "*" stays within the directory, "**" reaches into its subdirectories too.
        var glob = FileSystems.getDefault().getPathMatcher("glob:" + path);
        try (Stream<Path> walk = Files.walk(dir)) {
          walk.filter(glob::matches).forEach(listed::add);
        }
      }
    }
    return listed;
  }

  /**
   * A script that lists its sources file by file or package by package compiles only if they
   * include every package those files name: a class moved into a package the script lists can
   * reach one it does not (a clean clone's {@code size} failed so once), which only the
   * integration tests would otherwise show.
   */
  @Test
  void everyScriptsSourcesIncludeThePackagesTheyReference() throws IOException {
    var main = REPO.resolve("src/main/java/sizing");
    try (var files = Files.list(REPO.resolve("scripts"))) {
      for (var script : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        var listed = new java.util.ArrayList<Path>();
        boolean everything = false;
        for (var line : Files.readAllLines(script)) {
          if (!line.startsWith("//SOURCES ")) {
            continue;
          }
          for (var entry : line.substring(10).strip().split("\\s+")) {
            var rel = entry.replace("../src/main/java/sizing/", "");
            if (rel.equals("**.java")) {
              everything = true;
            } else if (rel.endsWith("/*.java")) {
              try (var pkg = Files.list(main.resolve(rel.substring(0, rel.length() - 7)))) {
                pkg.filter(p -> p.toString().endsWith(".java")).forEach(listed::add);
              }
            } else {
              listed.add(main.resolve(rel));
            }
          }
        }
        if (everything) {
          continue;
        }
        var packages = new java.util.TreeSet<String>();
        listed.forEach(f -> packages.add(main.relativize(f).getName(0).toString()));
        var missing = new java.util.TreeSet<String>();
        for (var file : listed) {
          for (var to : LayersTest.references(Files.readString(file))) {
            if (!packages.contains(to)) {
              missing.add(main.relativize(file) + " -> sizing." + to);
            }
          }
        }
        assertThat(missing).as(script.getFileName() + " lists sources that need packages it does not list").isEmpty();
      }
    }
  }
}
