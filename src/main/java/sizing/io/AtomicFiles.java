package sizing.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file whole or not at all: into a temporary file beside the target ({@code
 * .NAME.*.tmp}, created with the process's normal permissions, its umask), flushed to disk, then
 * renamed over the target. A target that already exists keeps its permissions. What the target
 * is decides how it is written, so nothing is ever replaced that the user would not expect:
 *
 * <ul>
 *   <li>a regular file, or nothing yet: replaced whole as above;
 *   <li>a symbolic link: written through, as above, to the file it points to (the link stays);
 *       a link to nothing is refused;
 *   <li>a device, a named pipe or a socket (e.g. {@code /dev/stdout}): written to directly, since
 *       it cannot be replaced;
 *   <li>a folder: refused.
 * </ul>
 *
 * <p>Every failure, a full disk included, is a {@link BadInput} naming the target; a temporary
 * file is removed on failure and when the JVM is stopped mid-write.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  public static void write(Path target, String content) {
    write(target, content.getBytes(StandardCharsets.UTF_8));
  }

  public static void write(Path target, byte[] content) {
    if (Files.isDirectory(target)) {
      throw new BadInput("cannot write " + target + ": it is a folder");
    }
    if (Files.exists(target) && !Files.isRegularFile(target)) {
      writeThrough(target, content); // a device, a pipe, /dev/stdout: opened as it is
      return;
    }
    Path file = target;
    if (Files.isSymbolicLink(target)) {
      if (!Files.exists(target)) {
        throw new BadInput("cannot write " + target + ": it is a symbolic link to something that does not exist");
      }
      try {
        file = target.toRealPath();
      } catch (IOException e) {
        throw new BadInput("cannot write " + target + ": cannot follow the symbolic link: " + OutputDir.reason(e));
      }
    }
    replace(target, file.toAbsolutePath(), content);
  }

  /** A device or pipe: opened for writing as it is, never created or replaced. */
  private static void writeThrough(Path target, byte[] content) {
    try (var ch = FileChannel.open(target, StandardOpenOption.WRITE)) {
      var buf = ByteBuffer.wrap(content);
      while (buf.hasRemaining()) {
        ch.write(buf);
      }
    } catch (IOException e) {
      throw new BadInput("cannot write " + target + ": " + OutputDir.reason(e));
    }
  }

  private static void replace(Path target, Path file, byte[] content) {
    var dir = file.getParent();
    Path tmp = null;
    Runnable cleanup = null;
    try {
      Files.createDirectories(dir);
      tmp = dir.resolve("." + file.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".tmp");
      var t = tmp;
      cleanup = () -> {
        try {
          Files.deleteIfExists(t);
        } catch (IOException e) {
          // the JVM is stopping
        }
      };
      Leftovers.add(cleanup);
      try (var ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        var buf = ByteBuffer.wrap(content);
        while (buf.hasRemaining()) {
          ch.write(buf);
        }
        ch.force(true);
      }
      keepPermissions(file, tmp);
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // the original failure is the one to report
        }
      }
      throw new BadInput("cannot write " + target + ": " + OutputDir.reason(e));
    } finally {
      if (cleanup != null) {
        Leftovers.remove(cleanup);
      }
    }
  }

  private static void keepPermissions(Path file, Path tmp) throws IOException {
    if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)
        && Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
      Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(file));
    }
  }
}
