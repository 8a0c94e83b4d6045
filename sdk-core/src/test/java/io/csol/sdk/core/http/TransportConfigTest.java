package io.csol.sdk.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;

class TransportConfigTest {

  private static final Duration ONE = Duration.ofSeconds(1);

  @Test
  void new_maxConnections1And1000Accepted_0And1001Rejected() {
    assertThat(new TransportConfig(ONE, ONE, 1, null).maxConnections()).isEqualTo(1);
    assertThat(new TransportConfig(ONE, ONE, 1000, null).maxConnections()).isEqualTo(1000);
    for (int bad : new int[] {0, 1001}) {
      assertThatThrownBy(() -> new TransportConfig(ONE, ONE, bad, null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("maxConnections must be 1..1000, was " + bad);
    }
  }

  @Test
  void new_zeroOrNegativeOrNullTimeouts_rejectedNamingTheTimeout() {
    for (Duration bad : new Duration[] {Duration.ZERO, Duration.ofNanos(-1)}) {
      assertThatThrownBy(() -> new TransportConfig(bad, ONE, 10, null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("connectTimeout must be positive, was " + bad);
      assertThatThrownBy(() -> new TransportConfig(ONE, bad, 10, null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("responseTimeout must be positive, was " + bad);
    }
    assertThatThrownBy(() -> new TransportConfig(null, ONE, 10, null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("connectTimeout");
    assertThatThrownBy(() -> new TransportConfig(ONE, null, 10, null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("responseTimeout");
    assertThat(new TransportConfig(Duration.ofNanos(1), Duration.ofNanos(1), 10, null).connectTimeout())
        .isEqualTo(Duration.ofNanos(1));
  }

  @Test
  void new_proxyWithoutHostOrScheme_rejected() {
    for (String bad : new String[] {"proxy.example:3128", "/relative", "http:///nohost", "//proxy:3128"}) {
      assertThatThrownBy(() -> new TransportConfig(ONE, ONE, 10, URI.create(bad)))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("proxy must be an absolute URI");
    }
    assertThat(new TransportConfig(ONE, ONE, 10, URI.create("http://proxy:3128")).proxy().getHost())
        .isEqualTo("proxy");
  }

  @Test
  void new_proxyUserWithoutProxyOrPassword_rejected() {
    URI proxy = URI.create("http://proxy:3128");
    assertThatThrownBy(() -> new TransportConfig(ONE, ONE, 10, null, null, "u", "p".toCharArray()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("proxy credentials");
    assertThatThrownBy(() -> new TransportConfig(ONE, ONE, 10, proxy, null, "u", null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("proxy credentials");
    assertThat(new TransportConfig(ONE, ONE, 10, proxy, null, "u", "p".toCharArray()).proxyUser())
        .isEqualTo("u");
  }

  @Test
  void new_proxyPassword_copiedSoCallerCanWipeTheirs() {
    char[] password = "secret".toCharArray();
    TransportConfig config = new TransportConfig(ONE, ONE, 10, URI.create("http://proxy:3128"), null, "u", password);
    password[0] = 'X';
    assertThat(config.proxyPassword()).containsExactly('s', 'e', 'c', 'r', 'e', 't');
  }

  @Test
  void toString_proxyWithCredentials_showsHostAndPortOnlyAndMasksPassword() throws Exception {
    TransportConfig config = new TransportConfig(ONE, Duration.ofSeconds(2), 7,
        URI.create("http://user:pw@proxy:3128/path"), null, "alice", "secret".toCharArray());
    assertThat(config.toString())
        .isEqualTo("TransportConfig[connectTimeout=PT1S, responseTimeout=PT2S, maxConnections=7, "
            + "proxy=http://proxy:3128, proxyUser=alice, proxyPassword=****]")
        .doesNotContain("secret").doesNotContain("pw");
    assertThat(new TransportConfig(ONE, ONE, 1, URI.create("http://proxy")).toString())
        .contains("proxy=http://proxy]");
    assertThat(new TransportConfig(ONE, ONE, 1, null).toString()).contains("proxy=none]");
    assertThat(new TransportConfig(ONE, ONE, 1, null, SSLContext.getDefault(), null, null).toString())
        .endsWith("proxy=none, sslContext=custom]");
  }

  @Test
  void toString_proxyPortZero_shown() {
    assertThat(new TransportConfig(ONE, ONE, 1, URI.create("http://proxy:0")).toString())
        .contains("proxy=http://proxy:0]");
  }
}
