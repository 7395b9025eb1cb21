package sizing.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An output folder is replaced only whole, only if the workbook wrote it, and by one run at a time. */
class OutputDirTest {
  @TempDir Path dir;

  static Path write(OutputDir out, String name, String text) throws IOException {
    return Files.writeString(out.stage().resolve(name), text);
  }

  static String[] listing(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
    }
  }

  @Test
  void aNewFolderAppearsWholeWithItsMarkerOnlyOnCommit() throws IOException {
    var target = dir.resolve("out");
    try (var out = OutputDir.open("--out", target, "sweep", false)) {
      write(out, "a.csv", "1");
      assertThat(target).doesNotExist();
      out.commit();
    }
    assertThat(listing(target)).containsExactly(OutputDir.MARKER, "a.csv");
    assertThat(listing(dir)).containsExactly("out"); // no staging folder, no lock file left
  }

  @Test
  void anEarlierRunOfTheSameCommandIsReplacedWhole() throws IOException {
    var target = dir.resolve("out");
    try (var out = OutputDir.open("--out", target, "sweep", false)) {
      write(out, "old.csv", "1");
      out.commit();
    }
    try (var out = OutputDir.open("--out", target, "sweep", false)) {
      write(out, "new.csv", "2");
      out.commit();
    }
    assertThat(listing(target)).containsExactly(OutputDir.MARKER, "new.csv");
  }

  @Test
  void aRunThatFailsBeforeCommitLeavesTheOldFolderAsItWas() throws IOException {
    var target = dir.resolve("out");
    try (var out = OutputDir.open("--out", target, "sweep", false)) {
      write(out, "old.csv", "1");
      out.commit();
    }
    try (var out = OutputDir.open("--out", target, "sweep", false)) {
      write(out, "half.csv", "2"); // then an error: no commit
    }
    assertThat(listing(target)).containsExactly(OutputDir.MARKER, "old.csv");
    assertThat(listing(dir)).containsExactly("out");
  }

  @Test
  void aFolderHoldingSomeoneElsesFilesIsRefusedAndKept() throws IOException {
    var target = Files.createDirectory(dir.resolve("notes"));
    Files.writeString(target.resolve("todo.txt"), "mine");
    assertThatThrownBy(() -> OutputDir.open("--out", target, "report", false)).isInstanceOf(BadInput.class)
        .hasMessage("--out: " + target + " holds files the workbook did not write (todo.txt); give an empty or new folder,"
            + " or --force to replace it");
    assertThat(Files.readString(target.resolve("todo.txt"))).isEqualTo("mine");
    assertThat(listing(dir)).containsExactly("notes");
  }

  @Test
  void forceReplacesAnOrdinaryFolder() throws IOException {
    var target = Files.createDirectory(dir.resolve("notes"));
    Files.writeString(target.resolve("todo.txt"), "mine");
    try (var out = OutputDir.open("--out", target, "charts", true)) {
      write(out, "a.png", "x");
      out.commit();
    }
    assertThat(listing(target)).containsExactly(OutputDir.MARKER, "a.png");
  }

  @Test
  void anotherCommandsFolderIsRefused() throws IOException {
    var target = dir.resolve("out");
    try (var out = OutputDir.open("--out", target, "sweep", false)) {
      out.commit();
    }
    assertThatThrownBy(() -> OutputDir.open("--out", target, "charts", false))
        .hasMessageStartingWith("--out: " + target + " was written by jbang sweep, not jbang charts");
  }

  @Test
  void aRepositoryIsNeverReplacedEvenWithForce() throws IOException {
    var repo = Files.createDirectory(dir.resolve("clone"));
    Files.createDirectory(repo.resolve(".git"));
    Files.writeString(repo.resolve("README.md"), "x");
    assertThatThrownBy(() -> OutputDir.open("--out", repo, "report", true))
        .hasMessageEndingWith("it is a repository (it holds .git), so the workbook never replaces it, even with --force");
    assertThat(repo.resolve(".git")).isDirectory();
  }

  @Test
  void theCurrentFolderAndItsParentsAndTheRootAreNeverReplaced() {
    var cwd = Path.of("").toAbsolutePath();
    assertThatThrownBy(() -> OutputDir.open("--out", Path.of("."), "report", true)).hasMessageContaining("is the current folder");
    assertThatThrownBy(() -> OutputDir.open("--out", cwd.getParent(), "report", true)).hasMessageContaining("holds the current folder");
    assertThatThrownBy(() -> OutputDir.open("--out", Path.of("/"), "report", true)).hasMessageContaining("is the root folder");
  }

  @Test
  void theHomeDirectoryIsNeverReplacedEvenWithForce() throws IOException {
    var home = Files.createDirectory(dir.resolve("home"));
    Files.writeString(home.resolve(".profile"), "x");
    var saved = System.getProperty("user.home");
    System.setProperty("user.home", home.toString());
    try {
      assertThatThrownBy(() -> OutputDir.open("--out", home, "report", true)).hasMessageContaining("it is the home directory");
    } finally {
      System.setProperty("user.home", saved);
    }
  }

  @Test
  void aSecondRunIntoTheSameFolderIsRefusedWhileTheFirstHoldsTheLock() throws IOException {
    var target = dir.resolve("out");
    try (var first = OutputDir.open("--out", target, "sweep", false)) {
      assertThatThrownBy(() -> OutputDir.open("--out", target, "sweep", false))
          .hasMessageStartingWith("--out: " + target + " is being written by another run");
      first.commit();
    }
    try (var again = OutputDir.open("--out", target, "sweep", false)) {
      again.commit(); // free once the first is done
    }
  }

  @Test
  void leftoversOfAKilledRunAreCleanedAndAFolderMovedAsideIsPutBack() throws IOException {
    var target = dir.resolve("out");
    try (var out = OutputDir.open("--out", target, "sweep", false)) {
      write(out, "old.csv", "1");
      out.commit();
    }
    // a run killed after moving the old folder aside, before renaming its staging folder in
    Files.move(target, dir.resolve(".out.old-dead"));
    var stage = Files.createDirectory(dir.resolve(".out.stage-dead"));
    Files.writeString(stage.resolve(OutputDir.MARKER), "command=sweep\n");
    Files.writeString(stage.resolve("half.csv"), "2");
    var foreign = Files.createDirectory(dir.resolve(".out.stage-not-ours"));
    Files.writeString(foreign.resolve("keep.txt"), "not the workbook's");
    try (var out = OutputDir.open("--out", target, "sweep", false)) {
      assertThat(listing(target)).containsExactly(OutputDir.MARKER, "old.csv");
      assertThat(dir.resolve(".out.stage-dead")).doesNotExist();
      out.close();
    }
    assertThat(foreign.resolve("keep.txt")).exists();
  }

  @Test
  void aSymbolicLinkToAFolderIsWrittenThroughAndKept() throws IOException {
    var real = Files.createDirectory(dir.resolve("real"));
    var link = Files.createSymbolicLink(dir.resolve("link"), real);
    try (var out = OutputDir.open("--out", link, "sweep", false)) {
      write(out, "a.csv", "1");
      out.commit();
    }
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(listing(real)).containsExactly(OutputDir.MARKER, "a.csv");
  }

  @Test
  void aFileInTheWayIsRefused() throws IOException {
    var file = Files.writeString(dir.resolve("file"), "x");
    assertThatThrownBy(() -> OutputDir.open("--out", file, "sweep", false)).hasMessage("--out: " + file + " is a file, not a folder");
    assertThatThrownBy(() -> OutputDir.open("--out", file.resolve("sub"), "sweep", false))
        .hasMessage("--out: cannot write " + file.resolve("sub") + ": " + file + " is a file, not a folder");
    assertThat(Files.readString(file)).isEqualTo("x");
  }

  @Test
  void aNewFolderGetsTheUmasksPermissionsNotATemporaryFoldersOwnerOnlyOnes() throws IOException {
    var probe = Files.createDirectory(dir.resolve("probe")); // what this process's umask gives a new folder
    var target = dir.resolve("out");
    try (var out = OutputDir.open("--out", target, "sweep", false)) {
      out.commit();
    }
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
        .isEqualTo(PosixFilePermissions.toString(Files.getPosixFilePermissions(probe)));
  }
}
