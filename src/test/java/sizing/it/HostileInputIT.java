package sizing.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import sizing.TestFiles;

/**
 * The hostile-input suite: each category of the hardening issue, driven through {@code ./jbang} as a
 * user would (exit code, one line on standard error, the files before and after). Categories: (1)
 * outputs never destroy what the workbook did not write, (2) outputs are complete or absent as a
 * set, (3) standard output errors are errors, (4) every number is validated where it enters, (5)
 * outputs never misrepresent a value, (6) injection-safe outputs, (7) input limits and encodings,
 * (8) errors name what the user gave.
 */
class HostileInputIT {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Path REPO = Scripts.REPO;

  @TempDir static Path files;

  record Run(int exit, String out, String err) {
    /** Standard error without JBang's own progress lines. */
    String line() {
      return Scripts.withoutJbangNoise(err).strip();
    }
  }

  /** {@code ./jbang ARGS} from the repository, with {@code env} added and standard output to {@code stdout} (null: captured). */
  static Run jbang(Map<String, String> env, String stdout, String... args) {
    var command = new ArrayList<String>();
    command.add(REPO.resolve("jbang").toString());
    command.addAll(List.of(args));
    return run(command, env, stdout);
  }

  static Run jbang(String... args) {
    return jbang(Map.of(), null, args);
  }

  static Run run(List<String> command, Map<String, String> env, String stdout) {
    try {
      var pb = new ProcessBuilder(command).directory(REPO.toFile());
      pb.environment().remove("SIZING_DEBUG");
      pb.environment().putAll(env);
      var out = Files.createTempFile(files, "out", ".txt");
      var err = Files.createTempFile(files, "err", ".txt");
      pb.redirectOutput(stdout == null ? out.toFile() : Path.of(stdout).toFile()).redirectError(err.toFile())
          .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
      var p = pb.start();
      if (!p.waitFor(10, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new AssertionError("timed out: " + command);
      }
      return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Exit 2, one line on standard error starting with {@code expected}, nothing on standard output. */
  static void assertOneLine(Run run, String expected) {
    assertThat(run.exit()).as(run.err()).isEqualTo(2);
    assertThat(run.line()).startsWith(expected).doesNotContain("\n").doesNotContain("Exception").doesNotContain("internal error");
    assertThat(run.out()).isEmpty();
  }

  /** Every file under {@code dir} (hidden ones too) with a digest of its content. */
  static Map<String, String> snapshot(Path dir) throws IOException {
    var map = new TreeMap<String, String>();
    if (!Files.exists(dir)) {
      return map;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (var p : s.filter(Files::isRegularFile).toList()) {
        try {
          var digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
          map.put(dir.relativize(p).toString(), HexFormat.of().formatHex(digest));
        } catch (java.security.NoSuchAlgorithmException e) {
          throw new AssertionError(e);
        }
      }
    }
    return map;
  }

  static List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  static Path catalogWith(String name, String from, String to) throws IOException {
    var text = Files.readString(REPO.resolve("data/prices/guide-catalog.csv"));
    assertThat(text).contains(from);
    return Files.writeString(files.resolve(name), text.replaceFirst(java.util.regex.Pattern.quote(from), to));
  }

  /** A copy of the bundled data folder, for a test to spoil. */
  static Path dataCopy(String name) throws IOException {
    return TestFiles.copyTree(REPO.resolve("data"), files.resolve(name));
  }

  @BeforeAll
  static void warmUp() {
    // builds each script's jar once, so the runs below (one under a file-size limit) need no compiling
    for (var alias : List.of("size", "sweep", "charts", "prices", "report", "audit")) {
      assertThat(jbang(alias, "--help").exit()).as(alias).isZero();
    }
  }

  // (1) Outputs never destroy what the workbook did not write.

  @Test
  void reportOutDotRefusesAndDeletesNothing() throws IOException {
    var before = names(REPO);
    var run = jbang("report", "--no-setup", "--out", ".");
    assertOneLine(run, "report: --out: " + REPO + " is the current folder; the workbook never replaces it");
    assertThat(names(REPO)).isEqualTo(before);
    assertThat(REPO.resolve(".git")).exists();
    var forced = jbang("report", "--no-setup", "--force", "--out", ".");
    assertOneLine(forced, "report: --out: " + REPO + " is the current folder");
    assertThat(names(REPO)).isEqualTo(before);
  }

  @ParameterizedTest
  @ValueSource(strings = {"sweep", "charts", "report"})
  void aFolderHoldingSomeoneElsesFilesIsRefusedAndKept(String command) throws IOException {
    var notes = Files.createDirectories(files.resolve("notes-" + command));
    Files.writeString(notes.resolve("meeting.txt"), "my notes");
    var before = snapshot(notes);
    var args = new ArrayList<>(List.of(command, "--out", notes.toString()));
    if (command.equals("report")) {
      args.add("--no-setup");
    }
    var run = jbang(args.toArray(String[]::new));
    assertOneLine(run, command + ": --out: " + notes + " holds files the workbook did not write (meeting.txt); give an empty or new"
        + " folder, or --force to replace it");
    assertThat(snapshot(notes)).isEqualTo(before);
  }

  @Test
  void pricesImportWritesThroughASymbolicLinkAndRefusesAFolder() throws IOException {
    var sizes = REPO.resolve("src/test/resources/sizing/do-sizes/api-sizes.fixture.json").toString();
    var real = Files.writeString(files.resolve("real-catalog.csv"), "old");
    var link = Files.createSymbolicLink(files.resolve("link-catalog.csv"), real);
    var run = jbang("prices", "import", sizes, "--out", link.toString(), "--as-of", "2025-11-07");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).startsWith("item,category,");
    var folder = Files.createDirectories(files.resolve("a-folder"));
    assertOneLine(jbang("prices", "import", sizes, "--out", folder.toString(), "--as-of", "2025-11-07"),
        "prices import: cannot write " + folder + ": it is a folder");
    assertThat(folder).isEmptyDirectory();
  }

  // (2) Outputs are complete or absent, as a set.

  static Path earlierSweep(String name) {
    var out = files.resolve(name);
    var run = jbang("sweep", "--users", "10..30:10", "--out", out.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    return out;
  }

  /** Starts a long sweep into {@code out} and returns once its staging folder exists. */
  static Process longSweep(Path out) throws IOException, InterruptedException {
    var p = new ProcessBuilder(REPO.resolve("jbang").toString(), "sweep", "--users", "1..20000:1", "--out", out.toString())
        .directory(REPO.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    for (int i = 0; i < 600 && p.isAlive(); i++) {
      try (Stream<Path> s = Files.list(out.getParent())) {
        if (s.anyMatch(f -> f.getFileName().toString().startsWith("." + out.getFileName() + ".stage-"))) {
          return p;
        }
      }
      Thread.sleep(100);
    }
    p.destroyForcibly();
    throw new AssertionError("the sweep never started writing");
  }

  static List<String> leftovers(Path out) throws IOException {
    try (Stream<Path> s = Files.list(out.getParent())) {
      return s.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("." + out.getFileName() + ".")).toList();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"TERM", "KILL"})
  void aSweepKilledMidwayLeavesTheEarlierOutputsIntactAndTheNextRunCleansUp(String signal) throws Exception {
    var out = earlierSweep("killed-" + signal);
    var before = snapshot(out);
    var p = longSweep(out);
    new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).start().waitFor();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(snapshot(out)).isEqualTo(before);
    if (signal.equals("TERM")) {
      assertThat(leftovers(out)).as("a stopped run cleans up after itself").isEmpty();
    } else {
      assertThat(leftovers(out)).as("kill -9 leaves its staging folder").isNotEmpty();
    }
    var next = jbang("sweep", "--users", "10..20:10", "--out", out.toString());
    assertThat(next.exit()).as(next.err()).isZero();
    assertThat(leftovers(out)).isEmpty();
    assertThat(Files.readString(out.resolve("sweep.csv")).lines()).hasSize(3);
  }

  @Test
  void twoSweepsIntoOneFolderCannotInterleave() throws Exception {
    var out = earlierSweep("contended");
    var p = longSweep(out);
    try {
      assertOneLine(jbang("sweep", "--users", "10..20:10", "--out", out.toString()),
          "sweep: --out: " + out + " is being written by another run");
    } finally {
      p.destroy();
      p.waitFor(60, TimeUnit.SECONDS);
    }
  }

  @Test
  void aFullDiskMidwayLeavesTheEarlierOutputsIntactAndNothingBehind() throws IOException {
    var out = earlierSweep("disk-full");
    var before = snapshot(out);
    // a 100 kB file-size limit (ulimit -f counts 1024-byte blocks): the CSV fits, the first chart does not
    var run = run(List.of("bash", "-c", "ulimit -f 100 && exec \"$0\" sweep --users 10..50:10 --out \"$1\"",
        REPO.resolve("jbang").toString(), out.toString()), Map.of(), null);
    assertThat(run.exit()).as(run.err()).isEqualTo(2);
    assertThat(run.line()).doesNotContain("\n").doesNotContain("internal error").contains("File too large");
    assertThat(snapshot(out)).isEqualTo(before);
    assertThat(leftovers(out)).isEmpty();
  }

  // (3) Standard output errors are errors.

  @ParameterizedTest
  @ValueSource(strings = {"size", "size --format json", "audit", "prices diff data/prices/guide-catalog.csv data/prices/do-published.csv",
      "prices import src/test/resources/sizing/do-sizes/api-sizes.fixture.json"})
  void anAnswerToAFullDiskExitsNonZero(String command) {
    Assumptions.assumeTrue(Files.exists(Path.of("/dev/full")));
    var run = jbang(Map.of(), "/dev/full", command.split(" "));
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.line()).endsWith("could not write the whole answer to standard output (a full disk or a closed pipe?)")
        .doesNotContain("\n");
  }

  // (4) Every number is validated where it enters.

  static Stream<Arguments> badNumbers() throws IOException {
    return Stream.of(
        Arguments.of(List.of("size", "--users", "NaN"), "size: Invalid value for option '--users': 'NaN' is not a whole number"),
        Arguments.of(List.of("size", "--users", "0.5"), "size: Invalid value for option '--users': '0.5' is not a whole number"),
        Arguments.of(List.of("size", "--users", "84d"), "size: Invalid value for option '--users': '84d' is not a whole number"),
        Arguments.of(List.of("size", "--users", "0x1p3"), "size: Invalid value for option '--users': '0x1p3' is not a whole number"),
        Arguments.of(List.of("size", "--p95", "NaN"), "size: Invalid value for option '--p95': 'NaN' is not a decimal number"),
        Arguments.of(List.of("size", "--top", "0"), "size: Invalid value for option '--top': '0': give a whole number of at least 1"),
        Arguments.of(List.of("size", "--budget", "1f"), "size: Invalid value for option '--budget': '1f' is not a decimal number"),
        Arguments.of(List.of("sweep", "--monte-carlo", "0"), "sweep: Invalid value for option '--monte-carlo': '0'"),
        Arguments.of(List.of("sweep", "--growth", "5", "--months", "0"), "sweep: Invalid value for option '--months': '0'"),
        Arguments.of(List.of("sweep", "--users", "0.5"), "sweep: --users: users must be whole numbers from 1 to 1000000, was 0.5"),
        Arguments.of(List.of("sweep", "--users", "1..10:1e-300"), "sweep: --users: '1..10:1e-300' has too many values"),
        Arguments.of(List.of("sweep", "--users", "1..1000000:1"),
            "sweep: --users: the sweep would write 1,000,000 rows x 12 columns = 12,000,000 cells, more than the 1,500,000"),
        Arguments.of(List.of("sweep", "--growth", "1e300"), "sweep: --growth: "),
        Arguments.of(List.of("size", "--prices", catalogWith("d.csv", ",168,", ",84d,").toString()),
            "size: " + files.resolve("d.csv") + ":4: field 'price_usd': is '84d'; a number is needed"),
        Arguments.of(List.of("size", "--prices", catalogWith("huge.csv", ",168,", ",1e308,").toString()),
            "size: " + files.resolve("huge.csv") + ":4: field 'price_usd': is 1e308; no figure in a data file may exceed 1,000,000,000"),
        Arguments.of(List.of("size", "--prices", catalogWith("dear.csv", ",168,", ",2000000,").toString()),
            "size: " + files.resolve("dear.csv") + ":4: field 'price_usd': is 2000000; at most 1,000,000 USD is accepted"));
  }

  @ParameterizedTest
  @MethodSource("badNumbers")
  void aBadNumberIsOneLineAndExitTwo(List<String> args, String expected) {
    var out = files.resolve("numbers-" + Math.abs(args.hashCode()));
    var all = new ArrayList<>(args);
    if (args.get(0).equals("sweep")) {
      all.addAll(List.of("--out", out.toString()));
    }
    assertOneLine(jbang(all.toArray(String[]::new)), expected);
    assertThat(out).doesNotExist();
  }

  // (5) Outputs never misrepresent a value.

  @Test
  void anUnboundedP95IsNullWithAReasonNotMinusOne() throws IOException {
    // pov carries 17 users (README); at 500 the queue never drains
    var run = jbang("size", "--scenario", "pov", "--users", "500", "--format", "json");
    assertThat(run.exit()).as(run.err()).isZero();
    var o = JSON.readTree(run.out());
    assertThat(o.get("p95_seconds").isNull()).isTrue();
    assertThat(o.get("p95_seconds_reason").asText()).startsWith("unbounded: ");
    var text = jbang("size", "--scenario", "pov", "--users", "500");
    assertThat(text.out()).contains("p95 unbounded");
  }

  @Test
  void csvHasNoFloatNoise() {
    var run = jbang("size", "--format", "csv");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).doesNotContainPattern("\\.\\d*(0000000|9999999)\\d");
  }

  // (6) Injection-safe outputs.

  @Test
  void namesFromDataAreNeitherFormulasInCsvNorMarkupInMarkdown() throws IOException {
    var data = dataCopy("hostile-data");
    var formula = "=cmd|' /C calc'!A0";
    Files.writeString(data.resolve("scenarios/scenarios.csv"), "\"" + formula + "\",<script>alert(1)</script>,10,test,2025-01-01\n",
        java.nio.file.StandardOpenOption.APPEND);
    Files.writeString(data.resolve("scenarios/scenario-items.csv"), "\"" + formula + "\",s-2vcpu-4gb,1,all-in-one,test,2025-01-01\n",
        java.nio.file.StandardOpenOption.APPEND);
    var env = Map.of("SIZING_DATA", data.toString());
    var csv = jbang(env, null, "size", "--format", "csv");
    assertThat(csv.exit()).as(csv.err()).isZero();
    assertThat(csv.out().lines()).anyMatch(l -> l.startsWith("'=cmd")).noneMatch(l -> l.startsWith("=") || l.startsWith("\"="));
    var md = jbang(env, null, "size", "--format", "md");
    assertThat(md.exit()).as(md.err()).isZero();
    assertThat(md.out()).doesNotContain("<script>").contains("&lt;script&gt;");
  }

  // (7) Input limits and encodings.

  @Test
  void anEndlessOrHugeInputIsRefusedBySize() {
    Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")));
    var limit = "holds more than 50 MB; the limit for an input file is 50 MB (52,428,800 bytes)";
    assertOneLine(jbang("size", "--prices", "/dev/zero"), "size: /dev/zero: " + limit);
    assertOneLine(jbang("prices", "import", "/dev/zero"), "prices import: /dev/zero: " + limit);
  }

  @Test
  void aFileThatIsNotUtf8NamesTheFirstBadByteAndAByteOrderMarkIsFine() throws IOException {
    var text = Files.readString(REPO.resolve("data/prices/guide-catalog.csv"));
    var bytes = text.getBytes(StandardCharsets.UTF_8);
    // one Latin-1 byte in the middle of a UTF-8 file: "Premium" typed as "Premi\u00e9m" by an ISO-8859-1 editor
    int offset = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("Premium") + 5;
    bytes[offset] = (byte) 0xE9;
    var latin1 = Files.write(files.resolve("latin1.csv"), bytes);
    assertOneLine(jbang("size", "--prices", latin1.toString()),
        "size: " + latin1 + ": is not UTF-8 text: byte 0xE9 at byte offset " + offset + " (line ");
    var bom = files.resolve("bom.csv");
    Files.write(bom, ("\uFEFF# my prices\n" + text).getBytes(StandardCharsets.UTF_8));
    var run = jbang("size", "--prices", bom.toString());
    assertThat(run.exit()).as(run.err()).isZero();
  }

  @Test
  void anImportedCatalogIsReadBackByTheWorkbook() throws IOException {
    var catalog = files.resolve("imported.csv");
    var imported = jbang("prices", "import", "src/test/resources/sizing/do-sizes/doctl-sizes.fixture.json", "--out",
        catalog.toString(), "--as-of", "2025-11-07");
    assertThat(imported.exit()).as(imported.err()).isZero();
    var run = jbang("prices", "diff", "data/prices/guide-catalog.csv", catalog.toString(), "--overlay");
    assertThat(run.exit()).as(run.err()).isZero();
  }

  // (8) Errors name what the user gave.

  @Test
  void aModelsFileWithoutGpt4BlamesTheFileNotAnOptionNobodyGave() throws IOException {
    var data = dataCopy("no-gpt4");
    var models = data.resolve("llm/models.csv");
    Files.write(models, Files.readAllLines(models).stream().filter(l -> !l.startsWith("gpt-4,")).toList());
    var run = jbang(Map.of("SIZING_DATA", data.toString()), null, "size");
    assertOneLine(run, "size: " + models + ": field 'model': has no row for 'gpt-4'");
    assertThat(run.line()).doesNotContain("--llm");
  }

  @Test
  void aReportWithTheDataFolderElsewhereStillFindsTheClonesNotebooks() throws IOException {
    // the data folder may be anywhere; the notebooks are the clone's (a bad --notebook keeps the run short)
    var data = dataCopy("data-elsewhere");
    var run = jbang(Map.of("SIZING_DATA", data.toString()), null, "report", "--no-setup", "--notebook", "42",
        "--out", files.resolve("r").toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.line()).startsWith("report: --notebook: no notebook '42' (valid: 01-").doesNotContain("\n")
        .doesNotContain("NoSuchFileException").doesNotContain("internal error");
    assertThat(files.resolve("r")).doesNotExist();
  }
}
