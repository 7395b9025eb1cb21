package sizing.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reads an input file (a data file, a catalog, a size list) as text, within limits: at most {@link
 * #MAX_BYTES}, UTF-8 only, no NUL bytes, a leading byte-order mark dropped. Each problem is one
 * {@link Unreadable} whose message starts with the file and says what is wrong: its size, or the
 * byte offset (and line) of the first byte that is not UTF-8 text.
 */
public final class InputFiles {
  /** An input file that cannot be read as text: {@code FILE: PROBLEM}. */
  public static final class Unreadable extends BadInput {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final String problem;

    Unreadable(Path file, String problem) {
      super(file + ": " + problem);
      this.file = file;
      this.problem = problem;
    }

    public Path file() {
      return file;
    }

    /** What is wrong, without the file. */
    public String problem() {
      return problem;
    }
  }

  /**
   * The largest input file read: 50 MB (52,428,800 bytes). The bundled data files are a few kB
   * each and DigitalOcean's size list is under 100 kB, so a larger file is a wrong file (e.g.
   * {@code /dev/zero}), not a large catalog.
   */
  public static final long MAX_BYTES = 50L * 1024 * 1024;

  private static final int CHUNK = 64 * 1024;

  private InputFiles() {}

  /** The text of {@code file}, checked as the class says. */
  public static String text(Path file) {
    return text(file, bytes(file));
  }

  /** {@code bytes} read from {@code file} as UTF-8 text, checked as the class says. */
  public static String text(Path file, byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new Unreadable(file, "is not a text file: a NUL byte at byte offset " + i + " (line " + line(bytes, i) + ")");
      }
    }
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    var in = ByteBuffer.wrap(bytes);
    var out = CharBuffer.allocate(bytes.length);
    var result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int at = in.position();
      throw new Unreadable(file, String.format(Locale.ROOT,
          "is not UTF-8 text: byte 0x%02X at byte offset %d (line %d) is not valid UTF-8; save the file as UTF-8",
          bytes[at] & 0xff, at, line(bytes, at)));
    }
    out.flip();
    var text = out.toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** The bytes of {@code file}: at most {@link #MAX_BYTES}, read without trusting its stated size (devices, pipes). */
  public static byte[] bytes(Path file) {
    if (Files.isDirectory(file)) {
      throw new Unreadable(file, "is a directory, not a file");
    }
    try {
      if (Files.isRegularFile(file) && Files.size(file) > MAX_BYTES) {
        throw tooLarge(file, Files.size(file));
      }
      try (InputStream in = Files.newInputStream(file)) {
        var buf = new byte[CHUNK];
        int n = 0;
        while (true) {
          if (n == buf.length) {
            if (n > MAX_BYTES) {
              throw tooLarge(file, -1);
            }
            buf = Arrays.copyOf(buf, (int) Math.min((long) buf.length * 2, MAX_BYTES + CHUNK));
          }
          int r = in.read(buf, n, buf.length - n);
          if (r < 0) {
            break;
          }
          n += r;
          if (n > MAX_BYTES) {
            throw tooLarge(file, -1);
          }
        }
        return Arrays.copyOf(buf, n);
      }
    } catch (NoSuchFileException e) {
      throw new Unreadable(file, "no such file");
    } catch (AccessDeniedException e) {
      throw new Unreadable(file, "cannot read: permission denied");
    } catch (IOException e) {
      throw new Unreadable(file, "cannot read: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    }
  }

  private static Unreadable tooLarge(Path file, long size) {
    var limit = String.format(Locale.ROOT, "the limit for an input file is 50 MB (%,d bytes)", MAX_BYTES);
    return new Unreadable(file, size < 0
        ? "holds more than 50 MB; " + limit
        : String.format(Locale.ROOT, "is %,d bytes; %s", size, limit));
  }

  private static int line(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }
}
