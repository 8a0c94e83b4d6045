package io.csol.sdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The client builder's checks at each limit and one past, and what build() refuses. */
class CsolClientBuilderLimitsTest {
  private static final Credentials CREDS = Credentials.clientCredentials("recon-job",
      "builder-secret-1".toCharArray());

  private static CsolClient.Builder local() {
    return CsolClient.builder().baseUri("http://127.0.0.1:1").credentials(CREDS);
  }

  @Test
  void maxConnections_1And1000Accepted_0And1001Refused() {
    try (CsolClient c = local().maxConnections(1).build()) {
      assertThat(c.toString()).contains("maxConnections=1");
    }
    try (CsolClient c = local().maxConnections(1000).build()) {
      assertThat(c.toString()).contains("maxConnections=1000");
    }
    for (int bad : new int[] {0, 1001}) {
      assertThatThrownBy(() -> CsolClient.builder().maxConnections(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("maxConnections must be 1..1000, was " + bad);
    }
  }

  @Test
  void proxyPort_1And65535Accepted_0And65536Refused() {
    try (CsolClient c = local().proxy("proxy.local", 1).build()) {
      assertThat(c.toString()).contains("proxy.local:1");
    }
    try (CsolClient c = local().proxy("proxy.local", 65535).build()) {
      assertThat(c.toString()).contains("proxy.local:65535");
    }
    for (int bad : new int[] {0, 65536}) {
      assertThatThrownBy(() -> CsolClient.builder().proxy("proxy.local", bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("port must be 1..65535, was " + bad);
    }
  }

  @Test
  void proxyHost_blank_refused() {
    assertThatThrownBy(() -> CsolClient.builder().proxy(" ", 3128))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("host must be a host name or address");
    assertThatThrownBy(() -> CsolClient.builder().proxy("", 3128))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("host must be a host name or address");
  }

  @Test
  void baseUri_userInfo_refusedWithoutEchoingIt() {
    assertThatThrownBy(() -> CsolClient.builder().baseUri(URI.create("https://u:pw-9@api.csol.io")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("baseUri must not contain user info (user:password@); sign in with"
            + " credentials(...) instead");
  }

  @Test
  void baseUriString_unparsable_echoedOnlyWithoutAnAt() {
    assertThatThrownBy(() -> CsolClient.builder().baseUri("https://api csol.io"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("baseUri must be an absolute http(s) URI: https://api csol.io");
    assertThatThrownBy(() -> CsolClient.builder().baseUri("https://u:p w@api.csol.io"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("baseUri must be an absolute http(s) URI");
    // an '@' at index 0 is still not echoed
    assertThatThrownBy(() -> CsolClient.builder().baseUri("@ x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("baseUri must be an absolute http(s) URI");
  }

  @Test
  void build_withoutBaseUri_refused() {
    assertThatThrownBy(() -> CsolClient.builder().credentials(CREDS).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("baseUri must be set, e.g. https://api.csol.io");
  }

  @Test
  void build_plainHttpToAnotherHost_refusedUnlessAllowed() {
    assertThatThrownBy(() -> CsolClient.builder().baseUri("http://api.csol.io")
        .credentials(CREDS).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("baseUri http://api.csol.io uses plain http to a host that is not"
            + " loopback");
    assertThatThrownBy(() -> CsolClient.builder().baseUri("HTTP://api.csol.io")
        .credentials(CREDS).build())
        .isInstanceOf(IllegalStateException.class);
    try (CsolClient c = CsolClient.builder().baseUri("http://api.csol.io").credentials(CREDS)
        .allowInsecureHttp(true).build()) {
      assertThat(c.toString()).contains("http://api.csol.io");
    }
    try (CsolClient c = CsolClient.builder().baseUri("https://api.csol.io").credentials(CREDS)
        .build()) {
      assertThat(c.toString()).contains("https://api.csol.io");
    }
  }

  @Test
  void build_proxyCredentialsWithoutProxy_refused() {
    assertThatThrownBy(() -> local().proxyCredentials("u", "p".toCharArray()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("proxyCredentials(...) needs proxy(...) as well");
  }

  @Test
  void settersChain_everyOptionReachesTheClient() {
    try (CsolClient c = local().connectTimeout(Duration.ofSeconds(3))
        .responseTimeout(Duration.ofSeconds(4)).defaultTimeout(Duration.ofSeconds(5))
        .userAgentSuffix("recon/1.0").allowWireLogging(false).allowInsecureHttp(false)
        .maxConnections(7).build()) {
      assertThat(c.toString()).contains("PT3S", "PT4S", "defaultTimeout=PT5S", "recon/1.0",
          "maxConnections=7");
      assertThat(c.statistics()).isNotNull();
      assertThat(c.circuitState(Tool.INVOICES)).isEqualTo(CircuitState.CLOSED);
      assertThat(c.leasedConnections()).isZero();
    }
  }

  @Test
  void toString_closedClientSaysSo() {
    CsolClient c = local().build();
    assertThat(c.toString()).startsWith("CsolClient[").doesNotContain(", closed");
    c.close();
    assertThat(c.toString()).endsWith(", closed]");
  }

  @Test
  void builderToString_proxyUserShownPasswordMasked() {
    CsolClient.Builder b = local().proxy("proxy.local", 3128)
        .proxyCredentials("job-proxy", "proxy-pw-77".toCharArray());
    assertThat(b.toString()).startsWith("CsolClient.Builder[baseUri=http://127.0.0.1:1")
        .contains(", proxyUser=job-proxy, proxyPassword=****")
        .doesNotContain("proxy-pw-77");
    assertThat(local().toString()).doesNotContain("proxyUser");
  }
}
