package io.csol.sdk.core;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.csol.sdk.core.Stubs.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.csol.sdk.core.error.TransportException;
import io.csol.sdk.core.raw.RawClient;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Custom trust material and proxy credentials on the client builder. */
class TransportOptionsTest {
  private static final String STORE_PASSWORD = "changeit-store";
  private static final String PROXY_PASSWORD = "pr0xy-Secret!";
  private static final String ME = "{\"userId\":\"dana\",\"name\":\"Dana\"}";

  @TempDir
  Path dir;

  /** A fresh self-signed certificate for 127.0.0.1, made with the JDK's keytool. */
  private Path selfSignedKeystore() throws Exception {
    Path store = dir.resolve("server.p12");
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    Process p = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "server",
        "-keyalg", "RSA", "-keysize", "2048", "-validity", "2", "-dname", "CN=127.0.0.1",
        "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-storetype", "PKCS12",
        "-keystore", store.toString(), "-storepass", STORE_PASSWORD, "-keypass", STORE_PASSWORD)
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return store;
  }

  private static SSLContext trusting(Path store) throws Exception {
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(store)) {
      ks.load(in, STORE_PASSWORD.toCharArray());
    }
    TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(ks);
    SSLContext ctx = SSLContext.getInstance("TLS");
    ctx.init(null, tmf.getTrustManagers(), null);
    return ctx;
  }

  private static CsolClient.Builder https(int port) {
    return CsolClient.builder().baseUri("https://127.0.0.1:" + port)
        .retry(RetryOptions.disabled()).circuitBreaker(CircuitBreakerOptions.disabled());
  }

  @Test
  void sslContext_trustingTheSelfSignedServer_connectsAndWithoutItFails() throws Exception {
    Path store = selfSignedKeystore();
    WireMockServer server = new WireMockServer(WireMockConfiguration.options()
        .bindAddress("127.0.0.1").dynamicPort().dynamicHttpsPort()
        .keystorePath(store.toString()).keystoreType("PKCS12")
        .keystorePassword(STORE_PASSWORD).keyManagerPassword(STORE_PASSWORD));
    server.start();
    try {
      server.stubFor(get("/v1/contracts/C-1").willReturn(json(200, ME)));
      try (CsolClient trusting = https(server.httpsPort()).sslContext(trusting(store)).build()) {
        assertThat(RawClient.of(trusting).get("/v1/contracts/C-1").status()).isEqualTo(200);
      }
      try (CsolClient defaults = https(server.httpsPort()).build()) {
        assertThatThrownBy(() -> RawClient.of(defaults).get("/v1/contracts/C-1"))
            .isInstanceOf(TransportException.class).hasMessageContaining("SSL");
      }
    } finally {
      server.stop();
    }
  }

  @Test
  void proxyCredentials_proxyAsksWith407_answeredWithBasicCredentials() {
    WireMockServer proxy = Stubs.server();
    try {
      String basic = "Basic " + Base64.getEncoder().encodeToString(("job-proxy:" + PROXY_PASSWORD)
          .getBytes(StandardCharsets.UTF_8));
      proxy.stubFor(get(urlPathEqualTo("/v1/contracts/C-1"))
          .withHeader("Proxy-Authorization", absent())
          .willReturn(aResponse().withStatus(407)
              .withHeader("Proxy-Authenticate", "Basic realm=\"corp\"")));
      proxy.stubFor(get(urlPathEqualTo("/v1/contracts/C-1"))
          .withHeader("Proxy-Authorization", equalTo(basic)).willReturn(json(200, ME)));
      char[] password = PROXY_PASSWORD.toCharArray();
      CsolClient.Builder builder = CsolClient.builder().baseUri("http://127.0.0.1:9")
          .proxy("127.0.0.1", proxy.port()).proxyCredentials("job-proxy", password)
          .retry(RetryOptions.disabled()).circuitBreaker(CircuitBreakerOptions.disabled());
      java.util.Arrays.fill(password, '\0'); // the builder keeps its own copy
      try (CsolClient client = builder.build()) {
        assertThat(RawClient.of(client).get("/v1/contracts/C-1").status()).isEqualTo(200);
        assertThat(client.toString()).contains("job-proxy").doesNotContain(PROXY_PASSWORD);
      }
      assertThat(builder.toString()).doesNotContain(PROXY_PASSWORD);
    } finally {
      proxy.stop();
    }
  }

  @Test
  void proxyCredentials_withoutProxyOrBadInput_rejected() {
    assertThatThrownBy(() -> CsolClient.builder().baseUri("https://api.csol.io")
        .proxyCredentials("u", "p".toCharArray()).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("proxy(...)");
    assertThatThrownBy(() -> CsolClient.builder().proxyCredentials(" ", "p".toCharArray()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("user");
    assertThatThrownBy(() -> CsolClient.builder().proxyCredentials("u", new char[0]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("password");
    assertThatThrownBy(() -> CsolClient.builder().proxy("proxy.example", 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("port must be 1..65535");
  }
}
