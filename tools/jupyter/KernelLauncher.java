package sizing.jupyter;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.logging.LogManager;
import org.rapaio.jupyter.kernel.MainApp;
import org.rapaio.jupyter.kernel.channels.Channels;
import org.rapaio.jupyter.kernel.channels.LoopThread;
import org.rapaio.jupyter.kernel.core.ConnectionProperties;
import org.rapaio.jupyter.kernel.core.Transform;

/**
 * Starts rapaio-jupyter-kernel 3.0.1 like its own {@code MainApp} does, minus two start-up faults
 * that leave a kernel which never answers ("Kernel didn't respond in N seconds"); without this,
 * over a third of kernel starts failed on a busy 2-core machine.
 *
 * <ol>
 *   <li>{@code Channels.connect} binds the sockets and starts the shell thread before it creates
 *       its message-handler map. A {@code kernel_info_request} that the client queued before the
 *       kernel was up is read at once, and the shell thread dies on a {@code NullPointerException}.
 *       Here the map field is set beforehand to a stand-in whose lookups wait until {@code connect}
 *       has returned and then read the real map.
 *   <li>The shell or control loop thread sometimes ends quietly just after start-up (its loop exits
 *       when the thread is interrupted). A watchdog starts such a loop again; see {@link #watch}.
 * </ol>
 *
 * <p>Compiled against the kernel jar by tools/setup-jupyter.sh and run in place of {@code MainApp};
 * if the kernel's internals differ, it falls back to {@code MainApp.main}.
 */
public final class KernelLauncher {

  private KernelLauncher() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 1 || args[0].startsWith("-")) {
      MainApp.main(args);
      return;
    }
    Field handlers;
    try {
      handlers = Channels.class.getDeclaredField("handlers");
      handlers.setAccessible(true);
    } catch (ReflectiveOperationException | RuntimeException e) {
      System.err.println("KernelLauncher: cannot patch Channels (" + e + "); starting MainApp");
      MainApp.main(args);
      return;
    }

    LogManager.getLogManager()
        .readConfiguration(MainApp.class.getClassLoader().getResourceAsStream("logging.properties"));
    Path connectionFile = Path.of(args[0]);
    if (!Files.isRegularFile(connectionFile)) {
      throw new IllegalArgumentException("Connection file '" + connectionFile + "' isn't a file.");
    }
    ConnectionProperties props =
        Transform.fromJson(Files.readString(connectionFile), ConnectionProperties.class);

    Channels channels = new Channels(props);
    CountDownLatch connected = new CountDownLatch(1);
    handlers.set(channels, new AwaitConnect(channels, handlers, connected));
    channels.connect(MainApp.kernel);
    connected.countDown();
    watch(channels);
    channels.joinUntilClose();
    // Shut down: exit even if a library left a non-daemon thread behind, so the JVM ends normally
    // (and writes its class-data-sharing archive when asked to, see tools/setup-jupyter.sh).
    System.exit(0);
  }

  /**
   * The shell and control loop threads sometimes stop right after start-up without a trace: their
   * loop ends quietly when the thread is interrupted while sleeping between polls. A kernel whose
   * shell loop stopped never answers again. Each loop body is a stateless "poll once, handle at
   * most one message" step, so a stopped loop is simply started again on a new thread (messages
   * that arrived meanwhile are still queued on the socket). After too many restarts the kernel
   * exits, so that the client sees a dead kernel instead of waiting forever.
   */
  private static void watch(Channels channels) {
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true);
    Thread.setDefaultUncaughtExceptionHandler(
        (t, e) -> {
          err.println("KernelLauncher: uncaught exception in thread " + t.getName());
          e.printStackTrace(err);
        });
    List<Loop> loops = new ArrayList<>();
    for (String name : new String[] {"shell", "control"}) {
      try {
        loops.add(new Loop(name, channels));
      } catch (ReflectiveOperationException | RuntimeException e) {
        err.println("KernelLauncher: not watching the " + name + " loop (" + e + ")");
      }
    }
    Thread watchdog =
        new Thread(
            () -> {
              int restarts = 0;
              while (!channels.isMarkedForShutdown()) {
                try {
                  Thread.sleep(100);
                } catch (InterruptedException e) {
                  return;
                }
                for (Loop loop : loops) {
                  if (loop.stopped() && !channels.isMarkedForShutdown()) {
                    if (++restarts > MAX_RESTARTS) {
                      err.println("KernelLauncher: the " + loop.name + " loop keeps stopping; exiting");
                      Runtime.getRuntime().halt(70);
                    }
                    err.println("KernelLauncher: the " + loop.name + " loop stopped; restarting it");
                    try {
                      loop.restart();
                    } catch (ReflectiveOperationException | RuntimeException e) {
                      err.println("KernelLauncher: cannot restart the " + loop.name + " loop (" + e + "); exiting");
                      Runtime.getRuntime().halt(70);
                    }
                  }
                }
              }
            },
            "kernel-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
  }

  private static final int MAX_RESTARTS = 20;

  /** One channel's {@code loopThread} (a {@code LoopThread}: name, sleep and loop body). */
  private static final class Loop {
    final String name;
    private final Object channel;
    private final Field loopThread;

    Loop(String name, Channels channels) throws ReflectiveOperationException {
      this.name = name;
      Field channelField = Channels.class.getDeclaredField(name);
      channelField.setAccessible(true);
      this.channel = channelField.get(channels);
      this.loopThread = channel.getClass().getDeclaredField("loopThread");
      loopThread.setAccessible(true);
      if (!(loopThread.get(channel) instanceof LoopThread)) {
        throw new IllegalStateException("no loop thread");
      }
    }

    boolean stopped() {
      try {
        Thread t = (Thread) loopThread.get(channel);
        return t != null && !t.isAlive();
      } catch (IllegalAccessException e) {
        return false;
      }
    }

    void restart() throws ReflectiveOperationException {
      LoopThread old = (LoopThread) loopThread.get(channel);
      LoopThread fresh =
          new LoopThread(old.getName(), (long) field(old, "sleep"), (Runnable) field(old, "loopBody"));
      loopThread.set(channel, fresh);
      fresh.start();
    }

    private static Object field(Object target, String name) throws ReflectiveOperationException {
      Field f = LoopThread.class.getDeclaredField(name);
      f.setAccessible(true);
      return f.get(target);
    }
  }

  /** Stand-in handler map: a lookup blocks until connect() is done, then uses the real map. */
  private static final class AwaitConnect extends AbstractMap<Object, Object> {
    private final Channels channels;
    private final Field field;
    private final CountDownLatch connected;

    AwaitConnect(Channels channels, Field field, CountDownLatch connected) {
      this.channels = channels;
      this.field = field;
      this.connected = connected;
    }

    private Map<?, ?> real() {
      try {
        connected.await();
        Object map = field.get(channels);
        return map == this ? Map.of() : (Map<?, ?>) map;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Map.of();
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public Object get(Object key) {
      return real().get(key);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Set<Entry<Object, Object>> entrySet() {
      return (Set<Entry<Object, Object>>) (Set<?>) real().entrySet();
    }
  }
}
