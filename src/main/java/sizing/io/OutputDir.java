package sizing.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * A folder of outputs that a command writes as a set: complete or absent, never half new and half
 * old, and never a folder the workbook did not write.
 *
 * <ul>
 *   <li><b>Whose folder.</b> {@link #open} accepts a target that does not exist, is empty, or
 *       carries the marker file {@value #MARKER} written by an earlier run of the same command.
 *       Anything else is refused with one line naming the folder and some of what it holds;
 *       {@code force} overrides that, except for {@code /}, the home directory, a folder holding
 *       a {@code .git} (a repository) and the current folder or any folder holding it, which are
 *       never replaced.
 *   <li><b>As a set.</b> The files go into a staging folder beside the target ({@code
 *       .NAME.stage-*}, with the marker); {@link #commit} moves the old folder aside, renames the
 *       staging folder into place and removes the old one. If the run fails or is stopped before
 *       that, the staging folder is removed and the old outputs stay as they were. A run killed
 *       outright leaves its staging folder behind; the next {@link #open} removes it, and puts a
 *       folder moved aside back if the kill came between the two renames.
 *   <li><b>One run at a time.</b> A lock file beside the target ({@code .NAME.lock}) is held from
 *       {@link #open} to {@link #close}; a second run into the same folder is refused while it is
 *       held.
 *   <li>Folders are created with the process's normal permissions (its umask); a target that
 *       already exists keeps its permissions. A target that is a symbolic link to a folder is
 *       written through (the folder it points to is replaced, the link stays).
 * </ul>
 *
 * <p>Use: {@code try (var dir = OutputDir.open("--out", path, "sweep", false)) { write into
 * dir.stage(); dir.commit(); }}.
 */
public final class OutputDir implements AutoCloseable {
  /** The marker file each output folder carries; it names the command that wrote the folder. */
  public static final String MARKER = ".sizing-workbook";

  private final String option;
  private final Path target;
  private final String command;
  private final Path lockFile;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private final Path stage;
  private final Runnable onSignal = this::abandon;
  private Path movedAside;
  private boolean done;

  private OutputDir(String option, Path target, String command, Path lockFile, FileChannel channel, FileLock lock,
      Path stage) {
    this.option = option;
    this.target = target;
    this.command = command;
    this.lockFile = lockFile;
    this.lockChannel = channel;
    this.lock = lock;
    this.stage = stage;
  }

  /**
   * Checks {@code target} and prepares to write it.
   *
   * @param option the command-line option that named the folder, e.g. {@code --out}: every
   *     message starts with it
   * @param command the command writing the folder, e.g. {@code sweep}; recorded in the marker
   * @param force replace a folder that holds other files (never {@code /}, a home directory, a
   *     repository or a folder holding the current one)
   * @throws BadInput when the folder is not the workbook's to replace, is being written by another
   *     run, or cannot be written
   */
  public static OutputDir open(String option, Path target, String command, boolean force) {
    Objects.requireNonNull(command, "command");
    var dir = resolve(option, target);
    var parent = dir.getParent();
    if (parent == null) {
      throw new BadInput(option + ": " + target + " is the root folder; the workbook never replaces it");
    }
    refuseCurrentFolder(option, dir);
    try {
      Files.createDirectories(parent);
    } catch (java.nio.file.FileAlreadyExistsException e) {
      throw new BadInput(option + ": cannot write " + dir + ": " + e.getFile() + " is a file, not a folder");
    } catch (IOException e) {
      throw new BadInput(option + ": cannot write " + dir + ": cannot create " + parent + ": " + reason(e));
    }
    if (!Files.isDirectory(parent)) {
      throw new BadInput(option + ": cannot write " + dir + ": " + parent + " is a file, not a folder");
    }
    var name = dir.getFileName().toString();
    var lockFile = parent.resolve("." + name + ".lock");
    FileChannel channel = null;
    FileLock lock = null;
    try {
      for (int attempt = 0; lock == null; attempt++) {
        channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        Object key = fileKey(lockFile);
        try {
          lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
          lock = null;
        }
        if (lock == null) {
          channel.close();
          throw new BadInput(option + ": " + dir + " is being written by another run (it holds " + lockFile
              + "); wait for it to finish");
        }
        // The lock file may have been removed by the run that held it just before we locked it.
        if (key == null || !key.equals(fileKey(lockFile))) {
          lock.release();
          channel.close();
          lock = null;
          if (attempt > 10) {
            throw new BadInput(option + ": cannot lock " + lockFile + ": it keeps changing");
          }
        }
      }
    } catch (IOException e) {
      closeQuietly(channel);
      throw new BadInput(option + ": cannot write " + dir + ": cannot create the lock file " + lockFile + ": " + reason(e));
    }
    try {
      cleanLeftovers(dir, name, command);
      check(option, dir, command, force);
      var stage = createStage(parent, name);
      var marker = "# This folder was written by the hosting sizing workbook (jbang " + command + ").\n"
          + "# The next run of the same command replaces the whole folder; other commands refuse it.\n"
          + "command=" + command + "\n";
      Files.writeString(stage.resolve(MARKER), marker, StandardCharsets.UTF_8);
      if (Files.isDirectory(dir)) {
        copyPermissions(dir, stage);
      }
      var out = new OutputDir(option, dir, command, lockFile, channel, lock, stage);
      Leftovers.add(out.onSignal);
      return out;
    } catch (IOException e) {
      unlock(lockFile, channel, lock);
      throw new BadInput(option + ": cannot write " + dir + ": " + reason(e));
    } catch (RuntimeException e) {
      unlock(lockFile, channel, lock);
      throw e;
    }
  }

  /** The folder to write the outputs into; it becomes {@link #target()} on {@link #commit()}. */
  public Path stage() {
    return stage;
  }

  /** The folder the outputs are for (absolute, symbolic links resolved). */
  public Path target() {
    return target;
  }

  /** Where {@code file} in {@link #stage()} will be once committed. */
  public Path published(Path file) {
    return target.resolve(stage.relativize(file.toAbsolutePath()));
  }

  /**
   * Swaps the staging folder in for the target: the old target (if any) is renamed aside, the
   * staging folder renamed into its place, and the old one removed. Returns the target.
   */
  public synchronized Path commit() {
    if (done) {
      throw new IllegalStateException("already committed or closed");
    }
    try {
      if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        movedAside = target.resolveSibling("." + target.getFileName() + ".old-" + suffix());
        Files.move(target, movedAside, StandardCopyOption.ATOMIC_MOVE);
      }
      try {
        Files.move(stage, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        if (movedAside != null) {
          Files.move(movedAside, target, StandardCopyOption.ATOMIC_MOVE);
          movedAside = null;
        }
        throw e;
      }
      done = true;
      var old = movedAside;
      movedAside = null;
      if (old != null) {
        Leftovers.deleteTree(old);
      }
      return target;
    } catch (IOException e) {
      throw new BadInput(option + ": cannot write " + target + ": " + reason(e) + "; the previous contents are unchanged");
    } finally {
      release();
    }
  }

  /** Removes the staging folder unless committed, and releases the lock. */
  @Override
  public synchronized void close() {
    if (!done) {
      abandonStage();
      done = true;
    }
    release();
  }

  /** What a stopping JVM does: the old folder back if it was moved aside, the staging folder gone. */
  private synchronized void abandon() {
    if (movedAside != null && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      try {
        Files.move(movedAside, target, StandardCopyOption.ATOMIC_MOVE);
        movedAside = null;
      } catch (IOException e) {
        // the next run puts it back
      }
    }
    if (!done) {
      abandonStage();
    }
    unlock(lockFile, lockChannel, lock);
  }

  private void abandonStage() {
    try {
      Leftovers.deleteTree(stage);
    } catch (IOException e) {
      // the next run removes it
    }
  }

  private void release() {
    Leftovers.remove(onSignal);
    unlock(lockFile, lockChannel, lock);
  }

  private static void unlock(Path lockFile, FileChannel channel, FileLock lock) {
    if (channel == null || !channel.isOpen()) {
      return;
    }
    try {
      // removed while still held, so no other run can lock the old file and then find it gone
      Files.deleteIfExists(lockFile);
    } catch (IOException e) {
      // an empty lock file left behind is harmless
    }
    try {
      if (lock != null && lock.isValid()) {
        lock.release();
      }
    } catch (IOException e) {
      // closing the channel releases it too
    }
    closeQuietly(channel);
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException e) {
        // nothing to do
      }
    }
  }

  private static Object fileKey(Path p) {
    try {
      return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
    } catch (IOException e) {
      return null;
    }
  }

  /** The absolute target, through a symbolic link to a folder; a link to nothing or to a file is refused. */
  private static Path resolve(String option, Path target) {
    var dir = target.toAbsolutePath().normalize();
    if (Files.isSymbolicLink(dir)) {
      if (!Files.exists(dir)) {
        throw new BadInput(option + ": " + target + " is a symbolic link to something that does not exist");
      }
      try {
        dir = dir.toRealPath();
      } catch (IOException e) {
        throw new BadInput(option + ": cannot follow the symbolic link " + target + ": " + reason(e));
      }
    }
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new BadInput(option + ": " + target + " is a file, not a folder");
    }
    return dir;
  }

  /** Refuses a folder the workbook may not replace; see the class comment. */
  /** Refuses the current folder and every folder above it, before anything is created beside them. */
  private static void refuseCurrentFolder(String option, Path dir) {
    var cwd = Path.of("").toAbsolutePath().normalize();
    var realCwd = realOrSelf(cwd);
    if (cwd.startsWith(dir) || realCwd.startsWith(dir)) {
      throw new BadInput(option + ": " + dir + (cwd.equals(dir) || realCwd.equals(dir) ? " is the current folder" : " holds the current folder")
          + "; the workbook never replaces it (give a new folder, e.g. build/out)");
    }
  }

  private static void check(String option, Path dir, String command, boolean force) throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    List<String> foreign = new ArrayList<>();
    boolean marked = false;
    String otherCommand = null;
    try (Stream<Path> s = Files.list(dir)) {
      for (var p : s.sorted().toList()) {
        var n = p.getFileName().toString();
        if (n.equals(MARKER) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          var writer = markerCommand(p);
          if (command.equals(writer)) {
            marked = true;
          } else {
            otherCommand = writer == null ? "?" : writer;
          }
        } else {
          foreign.add(n);
        }
      }
    }
    if (marked || (foreign.isEmpty() && otherCommand == null)) {
      return;
    }
    var what = otherCommand != null
        ? "was written by jbang " + otherCommand + ", not jbang " + command
        : "holds files the workbook did not write (" + sample(foreign) + ")";
    var home = System.getProperty("user.home");
    String never = null;
    if (home != null && !home.isBlank() && realOrSelf(Path.of(home).toAbsolutePath().normalize()).equals(realOrSelf(dir))) {
      never = "it is the home directory";
    } else if (Files.exists(dir.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
      never = "it is a repository (it holds .git)";
    }
    if (!force) {
      throw new BadInput(option + ": " + dir + " " + what + "; give an empty or new folder"
          + (never == null ? ", or --force to replace it" : "; " + never + ", so --force does not apply"));
    }
    if (never != null) {
      throw new BadInput(option + ": " + dir + " " + what + "; " + never + ", so the workbook never replaces it, even with --force");
    }
  }

  private static String markerCommand(Path marker) {
    try {
      for (var line : Files.readAllLines(marker, StandardCharsets.UTF_8)) {
        if (line.startsWith("command=")) {
          return line.substring("command=".length()).strip();
        }
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      return null;
    }
    return null;
  }

  private static String sample(List<String> names) {
    var shown = names.subList(0, Math.min(3, names.size()));
    return String.join(", ", shown) + (names.size() > shown.size() ? " and " + (names.size() - shown.size()) + " more" : "");
  }

  /**
   * Removes what killed runs left beside {@code dir}: staging folders, and folders moved aside
   * (put back first when the kill came after the old folder was moved and before the new one
   * arrived). Only folders carrying the marker (or empty) are touched; the lock is held.
   */
  private static void cleanLeftovers(Path dir, String name, String command) throws IOException {
    var parent = dir.getParent();
    List<Path> stages = new ArrayList<>();
    List<Path> olds = new ArrayList<>();
    try (Stream<Path> s = Files.list(parent)) {
      for (var p : s.toList()) {
        var n = p.getFileName().toString();
        if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          continue;
        }
        if (n.startsWith("." + name + ".stage-")) {
          stages.add(p);
        } else if (n.startsWith("." + name + ".old-")) {
          olds.add(p);
        }
      }
    }
    for (var old : olds) {
      if (!ours(old)) {
        continue;
      }
      if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
        Files.move(old, dir, StandardCopyOption.ATOMIC_MOVE);
      } else {
        Leftovers.deleteTree(old);
      }
    }
    for (var st : stages) {
      if (ours(st)) {
        Leftovers.deleteTree(st);
      }
    }
  }

  private static boolean ours(Path folder) throws IOException {
    if (Files.isRegularFile(folder.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
      return true;
    }
    try (Stream<Path> s = Files.list(folder)) {
      return s.findAny().isEmpty();
    }
  }

  private static Path createStage(Path parent, String name) throws IOException {
    for (int i = 0; ; i++) {
      var stage = parent.resolve("." + name + ".stage-" + suffix());
      try {
        return Files.createDirectory(stage); // the umask's permissions, unlike a temporary directory's
      } catch (java.nio.file.FileAlreadyExistsException e) {
        if (i > 100) {
          throw e;
        }
      }
    }
  }

  private static void copyPermissions(Path from, Path to) {
    try {
      if (Files.getFileStore(to).supportsFileAttributeView(PosixFileAttributeView.class)) {
        Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
      }
    } catch (IOException | UnsupportedOperationException e) {
      // the umask's permissions stay
    }
  }

  private static Path realOrSelf(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      return p;
    }
  }

  private static String suffix() {
    return Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
  }

  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.FileAlreadyExistsException f) {
      return f.getFile() + " exists and is not a folder";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
