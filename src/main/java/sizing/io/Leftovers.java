package sizing.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Clean-ups to run if the JVM is stopped (Ctrl-C, {@code kill}) while an output is half built:
 * temporary files and staging folders are removed, a folder moved aside is put back. A run killed
 * outright ({@code kill -9}) cannot run them; {@link OutputDir} cleans up after such a run the
 * next time.
 */
final class Leftovers {
  private static final Set<Runnable> PENDING = new LinkedHashSet<>();
  private static boolean hooked;

  private Leftovers() {}

  static synchronized void add(Runnable cleanup) {
    if (!hooked) {
      Runtime.getRuntime().addShutdownHook(new Thread(Leftovers::runAll, "sizing-cleanup"));
      hooked = true;
    }
    PENDING.add(cleanup);
  }

  static synchronized void remove(Runnable cleanup) {
    PENDING.remove(cleanup);
  }

  private static void runAll() {
    Runnable[] all;
    synchronized (Leftovers.class) {
      all = PENDING.toArray(new Runnable[0]);
      PENDING.clear();
    }
    for (var r : all) {
      try {
        r.run();
      } catch (RuntimeException e) {
        // the JVM is stopping: nothing more can be done, and the next run cleans up
      }
    }
  }

  /** Deletes {@code path} and, if it is a folder, everything in it (symbolic links are removed, never followed). */
  static void deleteTree(Path path) throws IOException {
    if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    IOException failure = null;
    for (int attempt = 0; attempt < 3; attempt++) {
      try (Stream<Path> s = Files.walk(path)) {
        for (var p : s.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
        return;
      } catch (java.nio.file.NoSuchFileException e) {
        failure = null; // removed meanwhile: walk again
      } catch (IOException e) {
        failure = e; // e.g. a file appeared while deleting: try again
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
