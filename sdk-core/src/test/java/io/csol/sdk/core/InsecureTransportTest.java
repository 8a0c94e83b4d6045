package io.csol.sdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csol.sdk.core.error.TransportException;
import io.csol.sdk.core.spi.tool.ToolOperations;
import io.csol.sdk.core.spi.ApiCaller;
import io.csol.sdk.core.spi.ApiRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plain http only to loopback unless opted in; no password in the base URI; no retry of protocol violations. */
class InsecureTransportTest {

  @Test
  void build_plainHttpToRemoteHost_refusedNamingTheOption() {
    for (String uri : List.of("http://api.example.com", "http://10.0.0.7:8080", "http://[2001:db8::1]",
        "http://128.0.0.1", "http://localhost.example.com", "http://127.0.0.1.nip.io")) {
      assertThatThrownBy(() -> CsolClient.builder().baseUri(uri)
          .credentials(Credentials.clientCredentials("job", "s3cret-xyz".toCharArray())).build())
          .as(uri).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("allowInsecureHttp(true)").hasMessageContaining("plain http");
    }
  }

  @Test
  void build_plainHttpToLoopbackOrHttpsOrOptedIn_builds() {
    for (String uri : List.of("http://127.0.0.1:8080", "http://127.4.5.6", "http://[::1]:8080",
        "http://[0:0:0:0:0:0:0:1]", "http://localhost:9", "HTTP://LOCALHOST", "https://api.example.com")) {
      try (CsolClient c = CsolClient.builder().baseUri(uri).build()) {
        assertThat(c.toString()).as(uri).contains("baseUri=");
      }
    }
    try (CsolClient c = CsolClient.builder().baseUri("http://api.example.com")
        .allowInsecureHttp(true).build()) {
      assertThat(c.toString()).contains("http://api.example.com");
    }
  }

  @Test
  void baseUri_withUserInfo_refusedWithoutEchoingThePassword() {
    for (String uri : List.of("http://user:pa55word@127.0.0.1:8080", "https://user:pa55word@api.example.com")) {
      assertThatThrownBy(() -> CsolClient.builder().baseUri(uri))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("user info")
          .message().doesNotContain("pa55word");
    }
    assertThatThrownBy(() -> CsolClient.builder().baseUri("http://user:pa55word@bad host/"))
        .isInstanceOf(IllegalArgumentException.class).message().doesNotContain("pa55word");
  }

  @Test
  void call_protocolViolation_notRetried() throws Exception {
    try (RawServer raw = new RawServer("HTTP/1.1 200 OK\r\nContent-Length: -5\r\n\r\n");
        CsolClient c = CsolClient.builder().baseUri("http://127.0.0.1:" + raw.port())
            .hooks(h -> h.sleeper = d -> { }).build()) {
      assertThatThrownBy(() -> ToolOperations.caller(c).call(ApiRequest.get("/v1/me").build(), Me.class))
          .isInstanceOf(TransportException.class).hasMessageContaining("attempt 1 of 4")
          .satisfies(e -> assertThat(((TransportException) e).retryable()).isFalse());
      assertThat(raw.requests).hasValue(1);
    }
  }
}
