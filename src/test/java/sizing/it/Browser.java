package sizing.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Headless Chromium driven through its DevTools protocol (a WebSocket on a loopback port): open a
 * page, evaluate JavaScript in it, wait for a condition. Enough to check what a reader sees.
 */
final class Browser implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Process chromium;
  private final Path profile;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

  private Browser(Process chromium, Path profile, WebSocket socket) {
    this.chromium = chromium;
    this.profile = profile;
    this.socket = socket;
  }

  static int freePort() {
    try (var s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** Starts Chromium on {@code url} and connects to the page. */
  static Browser open(String url) throws Exception {
    var profile = Files.createTempDirectory("chromium-it");
    int port = freePort();
    var p = new ProcessBuilder(List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-quic", "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=" + port,
        "--remote-allow-origins=*", "--window-size=1280,1600", "--user-data-dir=" + profile, url))
        .redirectErrorStream(true).redirectOutput(profile.resolve("chromium.log").toFile()).start();
    var http = HttpClient.newHttpClient();
    String ws = null;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (ws == null && System.nanoTime() < deadline) {
      try {
        var list = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
            HttpResponse.BodyHandlers.ofString()).body());
        for (var t : list) {
          if (t.path("type").asText().equals("page")) {
            ws = t.path("webSocketDebuggerUrl").asText();
          }
        }
      } catch (IOException e) {
        // not listening yet
      }
      if (ws == null) {
        Thread.sleep(200);
      }
    }
    if (ws == null) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not open a page: " + Files.readString(profile.resolve("chromium.log")));
    }
    var holder = new Browser[1];
    var listener = new WebSocket.Listener() {
      final StringBuilder text = new StringBuilder();

      @Override
      public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
        text.append(data);
        if (last) {
          try {
            var msg = JSON.readTree(text.toString());
            var f = holder[0] == null ? null : holder[0].pending.remove(msg.path("id").asInt(-1));
            if (f != null) {
              f.complete(msg);
            }
          } catch (IOException e) {
            // not a message of ours
          }
          text.setLength(0);
        }
        w.request(1);
        return null;
      }
    };
    var socket = http.newWebSocketBuilder().buildAsync(URI.create(ws), listener).get(30, TimeUnit.SECONDS);
    holder[0] = new Browser(p, profile, socket);
    return holder[0];
  }

  private JsonNode call(String method, Map<String, Object> params) throws Exception {
    int id = ids.incrementAndGet();
    var f = new CompletableFuture<JsonNode>();
    pending.put(id, f);
    socket.sendText(JSON.writeValueAsString(Map.of("id", id, "method", method, "params", params)), true).get(30, TimeUnit.SECONDS);
    var reply = f.get(180, TimeUnit.SECONDS);
    if (reply.has("error")) {
      throw new AssertionError(method + ": " + reply.get("error"));
    }
    return reply.path("result");
  }

  /** The value of a JavaScript expression (a promise is awaited). */
  JsonNode eval(String expression) throws Exception {
    var r = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
    if (r.has("exceptionDetails")) {
      throw new AssertionError("JavaScript failed: " + r.get("exceptionDetails"));
    }
    return r.path("result").path("value");
  }

  void navigate(String url) throws Exception {
    call("Page.navigate", Map.of("url", url));
    Thread.sleep(100);
    await("document.readyState === 'complete' && location.href === " + JSON.writeValueAsString(url), Duration.ofSeconds(60));
  }

  /** Waits until {@code condition} (JavaScript) is true. */
  void await(String condition, Duration timeout) throws Exception {
    awaitValue(condition, JsonNode::asBoolean, timeout);
  }

  JsonNode awaitValue(String expression, Predicate<JsonNode> done, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    JsonNode v = null;
    while (System.nanoTime() < deadline) {
      try {
        v = eval(expression);
        if (done.test(v)) {
          return v;
        }
      } catch (AssertionError e) {
        // the page is still loading its scripts
      }
      Thread.sleep(250);
    }
    throw new AssertionError("timed out after " + timeout + " waiting for: " + expression + " (last: " + v + ")");
  }

  @Override
  public void close() throws Exception {
    socket.abort();
    // /usr/bin/chromium is a wrapper that may not exec the browser: end the browser it started too.
    chromium.descendants().forEach(ProcessHandle::destroy);
    chromium.destroy();
    if (!chromium.waitFor(10, TimeUnit.SECONDS)) {
      chromium.destroyForcibly();
    }
    try (var s = Files.walk(profile)) {
      for (var f : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(f);
      }
    } catch (IOException e) {
      // Chromium may still be writing its profile; it is a temporary folder
    }
  }
}
