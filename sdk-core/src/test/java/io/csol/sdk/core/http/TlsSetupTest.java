package io.csol.sdk.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManagerFactory;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Both ways of installing an SSLContext work on the pinned HttpClient, so the one HttpClient 5.2
 * and 5.3 take (the floor, Spring Boot 3.2/3.3) is tested here too, not only by the floor build.
 */
class TlsSetupTest {
  private static final String PASSWORD = "changeit-store";

  @TempDir
  Path dir;
  private WireMockServer server;
  private SSLContext trusting;

  @BeforeEach
  void start() throws Exception {
    Path store = dir.resolve("server.p12");
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    Process p = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "server",
        "-keyalg", "RSA", "-keysize", "2048", "-validity", "2", "-dname", "CN=127.0.0.1",
        "-ext", "SAN=ip:127.0.0.1", "-storetype", "PKCS12", "-keystore", store.toString(),
        "-storepass", PASSWORD, "-keypass", PASSWORD).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1")
        .dynamicPort().dynamicHttpsPort().keystorePath(store.toString()).keystoreType("PKCS12")
        .keystorePassword(PASSWORD).keyManagerPassword(PASSWORD));
    server.start();
    server.stubFor(get("/ping").willReturn(ok("pong")));
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(store)) {
      ks.load(in, PASSWORD.toCharArray());
    }
    TrustManagerFactory tmf = TrustManagerFactory.getInstance(
        TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(ks);
    trusting = SSLContext.getInstance("TLS");
    trusting.init(null, tmf.getTrustManagers(), null);
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private int ping(String host, boolean strategyApi) throws Exception {
    PoolingHttpClientConnectionManagerBuilder pool =
        PoolingHttpClientConnectionManagerBuilder.create();
    TlsSetup.apply(pool, trusting, strategyApi);
    try (CloseableHttpClient client = HttpClients.custom().setConnectionManager(pool.build())
        .build()) {
      return client.execute(new HttpGet("https://" + host + ":" + server.httpsPort() + "/ping"),
          response -> response.getCode());
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void apply_eitherWay_trustsTheContextsCertificate(boolean strategyApi) throws Exception {
    assertThat(ping("127.0.0.1", strategyApi)).isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void apply_eitherWay_stillVerifiesTheHostName(boolean strategyApi) {
    // the certificate names 127.0.0.1 only
    assertThatThrownBy(() -> ping("localhost", strategyApi)).isInstanceOf(SSLException.class);
  }

  @Test
  void strategyApi_detected_exactlyFromHttpClient54On() {
    String release = org.apache.hc.core5.util.VersionInfo.loadVersionInfo("org.apache.hc.client5",
        HttpClients.class.getClassLoader()).getRelease();
    String[] parts = release.split("[.-]");
    boolean from54 = Integer.parseInt(parts[0]) > 5
        || Integer.parseInt(parts[0]) == 5 && Integer.parseInt(parts[1]) >= 4;
    assertThat(TlsSetup.STRATEGY_API).as("HttpClient " + release).isEqualTo(from54);
  }
}
