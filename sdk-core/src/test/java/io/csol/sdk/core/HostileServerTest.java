package io.csol.sdk.core;

import static io.csol.sdk.core.HostileServer.ascii;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.csol.sdk.core.error.InvalidRequestException;
import io.csol.sdk.core.error.TransportException;
import io.csol.sdk.core.spi.tool.ToolOperations;
import io.csol.sdk.core.spi.ApiCaller;
import io.csol.sdk.core.spi.ApiRequest;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server cannot make the SDK work past the call's deadline or read without end. These tests
 * use real time on purpose (the watchdog and the socket are real); they assert generous upper
 * bounds only.
 */
class HostileServerTest {
  private static final Duration DEADLINE = Duration.ofSeconds(3);
  private static final long MARGIN_MS = 2_000;

  private static HostileServer trickling(String head) throws Exception {
    return new HostileServer(out -> {
      out.write(ascii(head));
      for (int i = 0; i < 60; i++) {
        out.write('x');
        Thread.sleep(1_000);
      }
    });
  }

  private static CsolClient client(HostileServer server) {
    return CsolClient.builder().baseUri("http://127.0.0.1:" + server.port()).build();
  }

  private static ApiRequest get(String path) {
    return ApiRequest.get(path).options(RequestOptions.builder().timeout(DEADLINE).build()).build();
  }

  @Test
  void call_bodyTricklingOneBytePerSecond_failsAtTheDeadline() throws Exception {
    try (HostileServer server = trickling("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
        + "Content-Length: 100\r\n\r\n{\"userId\":\"");
        CsolClient c = client(server)) {
      long start = System.nanoTime();
      assertThatThrownBy(() -> ToolOperations.caller(c).call(get("/v1/me"), Me.class))
          .isInstanceOf(TransportException.class).hasMessageContaining("deadline");
      assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start))
          .isLessThan(DEADLINE.toMillis() + MARGIN_MS);
      assertThat(c.leasedConnections()).isZero();
    }
  }

  @Test
  void download_bodyTricklingOneBytePerSecond_failsAtTheDeadlineAndLeavesNoFile(@TempDir Path dir)
      throws Exception {
    try (HostileServer server = trickling("HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\n"
        + "Content-Length: 100\r\n\r\n");
        CsolClient c = client(server)) {
      long start = System.nanoTime();
      Path target = dir.resolve("doc.pdf");
      assertThatThrownBy(() -> ToolOperations.caller(c).download(get("/v1/doc"), target))
          .isInstanceOf(TransportException.class).hasMessageContaining("deadline");
      assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start))
          .isLessThan(DEADLINE.toMillis() + MARGIN_MS);
      try (var files = Files.list(dir)) {
        assertThat(files).isEmpty();
      }
      ByteArrayOutputStream sink = new ByteArrayOutputStream();
      long start2 = System.nanoTime();
      assertThatThrownBy(() -> ToolOperations.caller(c).download(get("/v1/doc"), sink))
          .isInstanceOf(TransportException.class).hasMessageContaining("deadline");
      assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start2))
          .isLessThan(DEADLINE.toMillis() + MARGIN_MS);
    }
  }

  @Test
  void call_endlessErrorBody_returnsQuicklyAndClosesTheConnection() throws Exception {
    byte[] chunk = new byte[64 * 1024];
    Arrays.fill(chunk, (byte) ' ');
    try (HostileServer server = new HostileServer(out -> {
      out.write(ascii("HTTP/1.1 400 Bad Request\r\nContent-Type: application/problem+json\r\n"
          + "Transfer-Encoding: chunked\r\n\r\n"));
      byte[] size = ascii(Integer.toHexString(chunk.length) + "\r\n");
      while (true) { // never ends
        out.write(size);
        out.write(chunk);
        out.write(ascii("\r\n"));
      }
    });
        CsolClient c = CsolClient.builder().baseUri("http://127.0.0.1:" + server.port()).build()) {
      assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
        assertThatThrownBy(() -> ToolOperations.caller(c).call(ApiRequest.get("/v1/me").build(), Me.class))
            .isInstanceOf(InvalidRequestException.class);
        assertThat(server.clientClosed.await(10, TimeUnit.SECONDS)).isTrue();
      });
      assertThat(c.leasedConnections()).isZero();
      // 1 MiB read by the SDK, the rest is what socket buffers held
      assertThat(server.written.get()).isLessThan(64L << 20);
    }
  }
}
