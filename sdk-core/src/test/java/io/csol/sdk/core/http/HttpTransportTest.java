package io.csol.sdk.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The transport on its own: connection reuse, the drain limit, headers and closing. */
class HttpTransportTest {

  private WireMockServer server;
  private HttpTransport transport;

  @BeforeEach
  void start() {
    server = new WireMockServer(wireMockConfig().dynamicPort());
    server.start();
    transport = new HttpTransport(new TransportConfig(Duration.ofSeconds(5), Duration.ofSeconds(30), 4, null));
  }

  @AfterEach
  void stop() {
    transport.close();
    server.stop();
  }

  private OutgoingRequest request(String path) {
    return new OutgoingRequest("GET", URI.create(server.baseUrl() + path), List.of(), null, null);
  }

  private int statusIgnoringBody(String path) throws IOException {
    return transport.send(request(path), null, (head, body) -> head.status());
  }

  private void body(String path, int bytes) {
    server.stubFor(get(urlEqualTo(path)).willReturn(aResponse().withStatus(200).withBody(new byte[bytes])));
  }

  @Test
  void send_unreadBodyOfExactlyTheDrainLimit_connectionReused() throws IOException {
    body("/limit", HttpTransport.DRAIN_LIMIT);
    assertThat(statusIgnoringBody("/limit")).isEqualTo(200);
    assertThat(transport.availableConnections()).isEqualTo(1);
    assertThat(transport.leasedConnections()).isZero();
  }

  @Test
  void send_unreadBodyOneByteOverTheDrainLimit_connectionDropped() throws IOException {
    body("/over", HttpTransport.DRAIN_LIMIT + 1);
    assertThat(statusIgnoringBody("/over")).isEqualTo(200);
    assertThat(transport.availableConnections()).isZero();
    assertThat(transport.leasedConnections()).isZero();
  }

  @Test
  void send_noBody_connectionReusedAndReaderGetsEmptyStream() throws IOException {
    server.stubFor(get(urlEqualTo("/none")).willReturn(aResponse().withStatus(204)));
    int read = transport.send(request("/none"), Duration.ofSeconds(5), (head, body) -> body.read());
    assertThat(read).isEqualTo(-1);
    assertThat(transport.availableConnections()).isEqualTo(1);
  }

  @Test
  void send_readerThrows_connectionDroppedAndErrorPassedOn() {
    body("/boom", 10);
    assertThatThrownBy(() -> transport.send(request("/boom"), Duration.ofSeconds(5), (head, body) -> {
      throw new IOException("reader failed");
    })).isInstanceOf(IOException.class).hasMessage("reader failed");
    assertThat(transport.availableConnections()).isZero();
    assertThat(transport.leasedConnections()).isZero();
  }

  @Test
  void send_headersAndBody_sentAndFirstResponseHeaderOfANameKept() throws IOException {
    server.stubFor(post(urlEqualTo("/echo")).willReturn(aResponse().withStatus(201)
        .withHeader("X-Twice", "first").withHeader("X-Twice", "second").withBody("ok")));
    OutgoingRequest request = new OutgoingRequest("POST", URI.create(server.baseUrl() + "/echo"),
        List.of(Map.entry("X-A", "1"), Map.entry("X-B", "2")), "{\"a\":1}".getBytes(StandardCharsets.UTF_8),
        "application/json");
    String result = transport.send(request, null, (head, body) -> head.status() + " "
        + head.header("X-Twice").orElse("") + " " + new String(body.readAllBytes(), StandardCharsets.UTF_8));
    assertThat(result).isEqualTo("201 first ok");
    server.verify(postRequestedFor(urlEqualTo("/echo")).withHeader("X-A", equalTo("1"))
        .withHeader("X-B", equalTo("2")).withHeader("Content-Type", equalTo("application/json"))
        .withRequestBody(equalTo("{\"a\":1}")));
  }

  @Test
  void send_nullArguments_throwNamingThem() {
    assertThatThrownBy(() -> transport.send(null, null, (head, body) -> null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("request");
    assertThatThrownBy(() -> transport.send(request("/x"), null, null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("reader");
    assertThatThrownBy(() -> new HttpTransport(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("config");
  }

  @Test
  void close_thenSend_throwsClosedAndPoolEmptied() throws IOException {
    body("/x", 1);
    statusIgnoringBody("/x");
    assertThat(transport.availableConnections()).isEqualTo(1);
    transport.close();
    assertThat(transport.availableConnections()).isZero();
    assertThatThrownBy(() -> statusIgnoringBody("/x"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the CsolClient was closed; create a new one");
  }

  @Test
  void close_stopsTheDeadlineWatchdogThread() throws Exception {
    Set<Thread> before = watchdogs();
    body("/x", 1);
    transport.send(request("/x"), Duration.ofSeconds(5), (head, body) -> head.status());
    Set<Thread> mine = watchdogs();
    mine.removeAll(before);
    assertThat(mine).hasSize(1);
    transport.close();
    Thread watchdog = mine.iterator().next();
    watchdog.join(10_000); // a bound, not a measurement: shutdown ends the idle thread at once
    assertThat(watchdog.isAlive()).isFalse();
  }

  private static Set<Thread> watchdogs() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals("csol-deadline-watchdog") && t.isAlive())
        .collect(Collectors.toSet());
  }
}
