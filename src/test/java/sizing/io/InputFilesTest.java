package sizing.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input files are read within a size limit, as UTF-8 only, with a byte-order mark allowed. */
class InputFilesTest {
  @TempDir Path dir;

  @Test
  void aFileOverTheLimitIsRefusedByItsSizeBeforeReading() throws IOException {
    var big = dir.resolve("big.csv");
    try (var f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(InputFiles.MAX_BYTES + 1); // sparse: no 50 MB written
    }
    assertThatThrownBy(() -> InputFiles.text(big)).isInstanceOf(InputFiles.Unreadable.class)
        .hasMessage(big + ": is 52,428,801 bytes; the limit for an input file is 50 MB (52,428,800 bytes)");
  }

  @Test
  void anEndlessDeviceIsCutOffAtTheLimit() {
    var zero = Path.of("/dev/zero");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(zero));
    assertThatThrownBy(() -> InputFiles.bytes(zero)).isInstanceOf(BadInput.class)
        .hasMessage("/dev/zero: holds more than 50 MB; the limit for an input file is 50 MB (52,428,800 bytes)");
  }

  @Test
  void aFileThatIsNotUtf8NamesTheByteOffsetAndLineOfTheFirstBadByte() throws IOException {
    var latin1 = dir.resolve("latin1.csv");
    Files.write(latin1, "item,description\ncafe,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> InputFiles.text(latin1)).hasMessage(latin1
        + ": is not UTF-8 text: byte 0xE9 at byte offset 25 (line 2) is not valid UTF-8; save the file as UTF-8");
  }

  @Test
  void aNulByteMeansABinaryFile() throws IOException {
    var bin = dir.resolve("bin.csv");
    Files.write(bin, new byte[] {'a', ',', 'b', '\n', 0, 1});
    assertThatThrownBy(() -> InputFiles.text(bin)).hasMessage(bin + ": is not a text file: a NUL byte at byte offset 4 (line 2)");
  }

  @Test
  void aByteOrderMarkIsDroppedAndUtf8IsKept() throws IOException {
    var bom = dir.resolve("bom.csv");
    Files.write(bom, "\uFEFF# comment\nname\ncaf\u00e9\n".getBytes(StandardCharsets.UTF_8));
    assertThat(InputFiles.text(bom)).isEqualTo("# comment\nname\ncaf\u00e9\n");
  }

  @Test
  void aFolderOrAMissingFileIsOneLine() {
    assertThatThrownBy(() -> InputFiles.text(dir)).hasMessage(dir + ": is a directory, not a file");
    assertThatThrownBy(() -> InputFiles.text(dir.resolve("nope"))).hasMessage(dir.resolve("nope") + ": no such file");
  }
}
