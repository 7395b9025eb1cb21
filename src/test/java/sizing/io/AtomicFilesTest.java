package sizing.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A single output file: replaced whole, written through a link or a device, never replacing a folder. */
class AtomicFilesTest {
  @TempDir Path dir;

  @Test
  void aSymbolicLinkIsWrittenThroughAndStaysALink() throws IOException {
    var real = Files.writeString(dir.resolve("catalog.csv"), "old");
    var link = Files.createSymbolicLink(dir.resolve("link.csv"), real);
    AtomicFiles.write(link, "new");
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).isEqualTo("new");
  }

  @Test
  void aLinkToNothingAndAFolderAreRefused() throws IOException {
    var dangling = Files.createSymbolicLink(dir.resolve("dangling"), dir.resolve("nothing"));
    assertThatThrownBy(() -> AtomicFiles.write(dangling, "x")).isInstanceOf(BadInput.class)
        .hasMessage("cannot write " + dangling + ": it is a symbolic link to something that does not exist");
    assertThatThrownBy(() -> AtomicFiles.write(dir, "x")).hasMessage("cannot write " + dir + ": it is a folder");
    assertThat(dir.resolve("nothing")).doesNotExist();
  }

  @Test
  void aDeviceIsWrittenToNotReplaced() {
    var devNull = Path.of("/dev/null");
    Assumptions.assumeTrue(Files.exists(devNull));
    AtomicFiles.write(devNull, "discarded");
    assertThat(Files.isRegularFile(devNull)).isFalse();
  }

  @Test
  void aFullDiskIsOneLineNamingTheTarget() {
    var full = Path.of("/dev/full");
    Assumptions.assumeTrue(Files.exists(full));
    assertThatThrownBy(() -> AtomicFiles.write(full, "x".repeat(10_000))).isInstanceOf(BadInput.class)
        .hasMessage("cannot write /dev/full: No space left on device");
  }

  @Test
  void aReplacedFileKeepsItsPermissionsAndANewOneGetsTheUmasks() throws IOException {
    var kept = Files.writeString(dir.resolve("kept.csv"), "old");
    Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rw-rw----"));
    AtomicFiles.write(kept, "new");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kept))).isEqualTo("rw-rw----");

    var probe = Files.createFile(dir.resolve("probe")); // what this process's umask gives a new file
    var fresh = dir.resolve("fresh.csv");
    AtomicFiles.write(fresh, "x");
    assertThat(Files.getPosixFilePermissions(fresh)).isEqualTo(Files.getPosixFilePermissions(probe));
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("kept.csv", "probe", "fresh.csv");
    }
  }
}
