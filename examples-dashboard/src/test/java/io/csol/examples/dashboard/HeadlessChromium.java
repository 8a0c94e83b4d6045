package io.csol.examples.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A real headless Chromium driven through the DevTools protocol over the JDK's own WebSocket
 * client: no Selenium, no chromedriver. One browser process with a fresh profile per instance;
 * pages are attached targets on the browser's single socket ({@code flatten} sessions).
 */
final class HeadlessChromium implements AutoCloseable {

  /** Where Debian (and most distributions) install the browser; {@code CHROMIUM_BIN} comes first. */
  static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
      "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable");
  private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(30);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<Consumer<JsonNode>> listeners = new CopyOnWriteArrayList<>();

  private HeadlessChromium(Process process, Path profile, URI browserEndpoint) {
    this.process = process;
    this.profile = profile;
    this.socket = HttpClient.newHttpClient().newWebSocketBuilder()
        .buildAsync(browserEndpoint, new Receiver()).join();
  }

  /**
   * Returns the browser binary: {@code $CHROMIUM_BIN} when set (only it, so a build can point
   * elsewhere or opt out), else the first of {@link #CANDIDATES} that is executable.
   */
  static Optional<Path> find() {
    String configured = System.getenv("CHROMIUM_BIN");
    List<String> candidates = configured == null || configured.isBlank() ? CANDIDATES : List.of(configured);
    return candidates.stream().map(Path::of).filter(Files::isExecutable).findFirst();
  }

  /** Starts the browser with a fresh profile and connects to it. */
  static HeadlessChromium launch(Path binary) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("dashboard-chromium-");
    Path log = profile.resolve("chromium.log");
    // the flags keep a browser on a closed network from trying (and logging) its background connections
    Process process = new ProcessBuilder(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-default-apps", "--disable-extensions", "--hide-scrollbars",
        "--user-data-dir=" + profile, "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
        "about:blank")
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    Path portFile = profile.resolve("DevToolsActivePort");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!(Files.exists(portFile) && Files.readAllLines(portFile).size() >= 2)) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        process.destroyForcibly();
        throw new IllegalStateException("Chromium did not open its DevTools port; its output:\n"
            + Files.readString(log, StandardCharsets.UTF_8));
      }
      Thread.sleep(25);
    }
    List<String> lines = Files.readAllLines(portFile);
    return new HeadlessChromium(process, profile,
        URI.create("ws://127.0.0.1:" + lines.get(0).trim() + lines.get(1).trim()));
  }

  /** Opens a new tab of the given size with console, log and page events enabled. */
  Page newPage(int width, int height) {
    String targetId = send(null, "Target.createTarget", Map.of("url", "about:blank")).get("targetId").asText();
    String session = send(null, "Target.attachToTarget", Map.of("targetId", targetId, "flatten", true))
        .get("sessionId").asText();
    Page page = new Page(session);
    listeners.add(page::onEvent);
    send(session, "Page.enable", Map.of());
    send(session, "Runtime.enable", Map.of());
    send(session, "Log.enable", Map.of());
    send(session, "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    return page;
  }

  JsonNode send(String session, String method, Map<String, Object> params) {
    int id = ids.incrementAndGet();
    ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
    message.set("params", JSON.valueToTree(params));
    if (session != null) {
      message.put("sessionId", session);
    }
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    pending.put(id, answer);
    synchronized (socket) { // one outstanding send at a time, as WebSocket requires
      socket.sendText(message.toString(), true).join();
    }
    try {
      JsonNode response = answer.get(COMMAND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      if (response.has("error")) {
        throw new IllegalStateException(method + " failed: " + response.get("error"));
      }
      return response.get("result");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(method + " interrupted", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException(method + " got no answer within " + COMMAND_TIMEOUT, e);
    } finally {
      pending.remove(id);
    }
  }

  @Override
  public void close() throws IOException, InterruptedException {
    try {
      send(null, "Browser.close", Map.of());
    } catch (RuntimeException e) {
      // the browser may close the socket before it answers; the process is ended below in any case
    }
    if (!process.waitFor(5, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
    }
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  /** Receives whole messages (the JDK hands text over in parts) and routes answers and events. */
  private final class Receiver implements WebSocket.Listener {
    private final StringBuilder text = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      text.append(data);
      if (last) {
        JsonNode message;
        try {
          message = JSON.readTree(text.toString());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        text.setLength(0);
        if (message.has("id")) {
          CompletableFuture<JsonNode> answer = pending.get(message.get("id").asInt());
          if (answer != null) {
            answer.complete(message);
          }
        } else {
          listeners.forEach(l -> l.accept(message));
        }
      }
      webSocket.request(1);
      return null;
    }
  }

  /** One tab: navigation, script evaluation, screenshots and what went to its console. */
  final class Page {
    private final String session;
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private volatile CompletableFuture<Void> loaded = new CompletableFuture<>();

    private Page(String session) {
      this.session = session;
    }

    private void onEvent(JsonNode event) {
      if (!session.equals(event.path("sessionId").asText())) {
        return;
      }
      JsonNode params = event.path("params");
      switch (event.path("method").asText()) {
        case "Page.loadEventFired" -> loaded.complete(null);
        case "Runtime.consoleAPICalled" -> {
          String type = params.path("type").asText();
          if (type.equals("error") || type.equals("assert")) {
            problems.add("console." + type + ": " + params.path("args"));
          }
        }
        case "Runtime.exceptionThrown" -> problems.add("uncaught: " + params.path("exceptionDetails"));
        case "Log.entryAdded" -> {
          if (params.path("entry").path("level").asText().equals("error")) {
            problems.add("log: " + params.path("entry").path("text").asText() + " "
                + params.path("entry").path("url").asText());
          }
        }
        default -> {
        }
      }
    }

    /** Loads a URL and waits for its load event; problems are collected afresh for the new document. */
    void navigate(String url) throws Exception {
      loaded = new CompletableFuture<>();
      problems.clear();
      JsonNode result = send(session, "Page.navigate", Map.of("url", url));
      if (result.hasNonNull("errorText")) {
        throw new IllegalStateException("navigation to " + url + " failed: " + result.get("errorText"));
      }
      loaded.get(COMMAND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Evaluates a JavaScript expression (promises awaited) and returns its value as JSON. */
    JsonNode evaluate(String expression) {
      JsonNode result = send(session, "Runtime.evaluate",
          Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
      if (result.has("exceptionDetails")) {
        throw new IllegalStateException("script failed: " + result.get("exceptionDetails"));
      }
      return result.path("result").path("value");
    }

    /** Waits until a JavaScript condition is true; fails after {@code timeout} naming the condition. */
    void waitUntil(String condition, Duration timeout) throws InterruptedException {
      long deadline = System.nanoTime() + timeout.toNanos();
      while (!evaluate("Boolean(" + condition + ")").asBoolean()) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError("the page did not reach '" + condition + "' within " + timeout);
        }
        Thread.sleep(20);
      }
    }

    /** Saves a PNG of the viewport. */
    void screenshot(Path file) throws IOException {
      String data = send(session, "Page.captureScreenshot", Map.of("format", "png")).get("data").asText();
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.write(file, Base64.getDecoder().decode(data));
    }

    /** Console errors, failed assertions, uncaught exceptions and error log entries (failed loads) so far. */
    List<String> problems() {
      return new ArrayList<>(problems);
    }
  }
}
