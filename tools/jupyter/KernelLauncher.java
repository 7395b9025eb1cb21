package sizing.jupyter;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.logging.LogManager;
import org.rapaio.jupyter.kernel.MainApp;
import org.rapaio.jupyter.kernel.channels.Channels;
import org.rapaio.jupyter.kernel.core.ConnectionProperties;
import org.rapaio.jupyter.kernel.core.Transform;

/**
 * Starts rapaio-jupyter-kernel 3.0.1 like its own {@code MainApp} does, minus a start-up race.
 *
 * <p>{@code Channels.connect} binds the sockets and starts the shell thread before it creates its
 * message-handler map. A {@code kernel_info_request} that the client queued before the kernel was
 * up is read at once; the shell thread then dies on a {@code NullPointerException} and the kernel
 * never answers ("Kernel didn't respond"). Here the map field is set beforehand to a stand-in whose
 * lookups wait until {@code connect} has returned and then read the real map.
 *
 * <p>Compiled against the kernel jar by tools/setup-jupyter.sh; if the kernel's internals differ,
 * it falls back to {@code MainApp.main}.
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
  }

  /**
   * The shell and control loop threads sometimes stop right after start-up without a trace (no
   * exception; their loop also ends quietly when interrupted), leaving a kernel that never answers.
   * Exit instead, so the client sees a dead kernel and can start a new one (the notebook server
   * restarts it; tools/run-notebooks.sh retries) rather than waiting for a reply that never comes.
   */
  private static void watch(Channels channels) {
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true);
    Thread.setDefaultUncaughtExceptionHandler(
        (t, e) -> {
          err.println("KernelLauncher: uncaught exception in thread " + t.getName());
          e.printStackTrace(err);
        });
    Map<String, Thread> loops = new LinkedHashMap<>();
    for (String name : new String[] {"shell", "control"}) {
      try {
        Field channelField = Channels.class.getDeclaredField(name);
        channelField.setAccessible(true);
        Object channel = channelField.get(channels);
        Field loopField = channel.getClass().getDeclaredField("loopThread");
        loopField.setAccessible(true);
        loops.put(name, (Thread) loopField.get(channel));
      } catch (ReflectiveOperationException | RuntimeException e) {
        err.println("KernelLauncher: not watching the " + name + " thread (" + e + ")");
      }
    }
    Thread watchdog =
        new Thread(
            () -> {
              while (true) {
                try {
                  Thread.sleep(250);
                } catch (InterruptedException e) {
                  return;
                }
                if (channels.isMarkedForShutdown()) {
                  return;
                }
                for (Map.Entry<String, Thread> loop : loops.entrySet()) {
                  if (loop.getValue() != null && !loop.getValue().isAlive() && !channels.isMarkedForShutdown()) {
                    err.println("KernelLauncher: the kernel's " + loop.getKey()
                        + " thread stopped unexpectedly; exiting so that a new kernel can be started");
                    Runtime.getRuntime().halt(70);
                  }
                }
              }
            },
            "kernel-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
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
