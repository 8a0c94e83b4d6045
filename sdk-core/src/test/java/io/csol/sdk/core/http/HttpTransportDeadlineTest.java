package io.csol.sdk.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The per-attempt deadline: a body that trickles in (each gap far below the socket timeout) is
 * cut off by the watchdog, and the response timeout is capped by neither a larger budget nor its
 * absence. Gaps and delays are several times apart so the outcome does not depend on the load.
 */
class HttpTransportDeadlineTest {
  private static final String TIMEOUT_MESSAGE = "timeout: the call's deadline (1000 ms left for"
      + " this attempt) was reached before the response was complete";

  private WireMockServer server;
  private HttpTransport transport;

  @BeforeEach
  void start() {
    server = new WireMockServer(wireMockConfig().dynamicPort());
    server.start();
    // the body trickles in 40 chunks over 8 s: 200 ms gaps, far below the 5 s socket timeout
    server.stubFor(get(urlEqualTo("/slow")).willReturn(aResponse().withStatus(200)
        .withBody(new byte[4000]).withChunkedDribbleDelay(40, 8000)));
    server.stubFor(get(urlEqualTo("/late")).willReturn(aResponse().withStatus(200)
        .withBody("late").withFixedDelay(3000)));
  }

  @AfterEach
  void stop() {
    if (transport != null) {
      transport.close();
    }
    server.stop();
  }

  private HttpTransport transport(Duration responseTimeout) {
    transport = new HttpTransport(new TransportConfig(Duration.ofSeconds(5), responseTimeout, 4,
        null));
    return transport;
  }

  private OutgoingRequest request(String path) {
    return new OutgoingRequest("GET", URI.create(server.baseUrl() + path), List.of(), null, null);
  }

  @Test
  void send_bodyOutlastsTheBudget_socketTimeoutNamingTheBudgetWithTheReadFailureAsCause() {
    HttpTransport t = transport(Duration.ofSeconds(5));
    assertThatThrownBy(() -> t.send(request("/slow"), Duration.ofMillis(1000),
        (head, body) -> body.readAllBytes().length))
        .isExactlyInstanceOf(SocketTimeoutException.class)
        .hasMessage(TIMEOUT_MESSAGE)
        .cause().isNotNull();
    assertThat(t.leasedConnections()).isZero();
    assertThat(t.availableConnections()).isZero(); // a cut-off connection is never reused
  }

  @Test
  void send_bodyOutlastsTheBudgetAfterBytesReachedASinkThatCannotRestart_notRetryable() {
    HttpTransport t = transport(Duration.ofSeconds(5));
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    assertThatThrownBy(() -> t.send(request("/slow"), Duration.ofMillis(1000),
        // the first bytes are already in the sink when the trickling body is cut off
        (head, body) -> DocumentCopier.copy(head, new SequenceInputStream(
            new ByteArrayInputStream(new byte[3]), body), sink, false, "req-1")))
        .isExactlyInstanceOf(NotRetryableIOException.class)
        .hasMessage(TIMEOUT_MESSAGE)
        .cause().isInstanceOf(NotRetryableIOException.class)
        .hasMessageStartingWith("document body failed after ");
    assertThat(sink.size()).isEqualTo(3);
  }

  @Test
  void send_budgetLargerThanTheResponseTimeout_responseTimeoutStillApplies() {
    HttpTransport t = transport(Duration.ofMillis(500));
    assertThatThrownBy(() -> t.send(request("/late"), Duration.ofSeconds(20),
        (head, body) -> head.status()))
        .isInstanceOf(SocketTimeoutException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotStartWith("timeout: the call's deadline"));
  }

  @Test
  void send_noBudget_responseTimeoutApplies() {
    HttpTransport t = transport(Duration.ofMillis(500));
    assertThatThrownBy(() -> t.send(request("/late"), null, (head, body) -> head.status()))
        .isInstanceOf(SocketTimeoutException.class);
  }

  @Test
  void send_answeredWithinTheBudget_watchdogThreadIsADaemonThatNeverCuts() throws IOException {
    server.stubFor(get(urlEqualTo("/fast")).willReturn(aResponse().withStatus(200).withBody("ok")));
    Set<Thread> before = watchdogs();
    HttpTransport t = transport(Duration.ofSeconds(5));
    String body = t.send(request("/fast"), Duration.ofSeconds(20),
        (head, in) -> new String(in.readAllBytes()));
    assertThat(body).isEqualTo("ok");
    Set<Thread> mine = watchdogs();
    mine.removeAll(before);
    assertThat(mine).hasSize(1);
    // a daemon: a caller that forgets close() does not keep the JVM alive
    assertThat(mine.iterator().next().isDaemon()).isTrue();
    assertThat(t.availableConnections()).isEqualTo(1);
  }

  private static Set<Thread> watchdogs() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(th -> th.getName().equals("csol-deadline-watchdog"))
        .collect(Collectors.toSet());
  }

  @Test
  void send_sinkFailsWithinTheBudget_notRetryableAsIs() {
    server.stubFor(get(urlEqualTo("/fast")).willReturn(aResponse().withStatus(200).withBody("ok")));
    HttpTransport t = transport(Duration.ofSeconds(5));
    OutputStream broken = OutputStream.nullOutputStream();
    assertThatThrownBy(() -> t.send(request("/fast"), Duration.ofSeconds(20), (head, body) -> {
      throw new NotRetryableIOException("sink", new IOException("disk full"));
    }))
        .isExactlyInstanceOf(NotRetryableIOException.class)
        .hasMessage("sink");
    assertThat(broken).isNotNull();
  }

  @Test
  void send_poolExhausted_waitForAConnectionEndsWithTheResponseTimeout() {
    server.stubFor(get(urlEqualTo("/fast")).willReturn(aResponse().withStatus(200).withBody("ok")));
    transport = new HttpTransport(new TransportConfig(Duration.ofSeconds(5), Duration.ofMillis(500),
        1, null));
    HttpTransport t = transport;
    // the only connection is held by the outer call while the inner one waits for it
    assertThatThrownBy(() -> t.send(request("/fast"), null, (head, body) -> {
      assertThat(t.leasedConnections()).isEqualTo(1);
      return t.send(request("/fast"), null, (h, b) -> h.status());
    })).isInstanceOf(IOException.class);
    assertThat(t.leasedConnections()).isZero();
  }
}
