package io.csol.sdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csol.sdk.core.retry.Backoff;
import io.github.resilience4j.core.functions.Either;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class OptionsTest {

  @Test
  void credentials_toString_redactsSecret() {
    Credentials c = Credentials.password("dana", "demo-password-1".toCharArray());
    assertThat(c.toString()).contains("dana").doesNotContain("demo-password-1");
    char[] secret = "s3cr3t".toCharArray();
    Credentials m = Credentials.clientCredentials("recon-job", secret);
    secret[0] = 'X'; // the caller wiping its array does not change the credentials
    assertThat(new String(m.secret())).isEqualTo("s3cr3t");
  }

  @Test
  void credentials_blankOrEmpty_rejectedNamingParameter() {
    assertThatThrownBy(() -> Credentials.password(" ", "p".toCharArray()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("username");
    assertThatThrownBy(() -> Credentials.clientCredentials("c", new char[0]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("clientSecret");
    assertThatThrownBy(() -> Credentials.password("u", null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("password");
  }

  @Test
  void requestOptions_reservedHeaderOrBadKey_rejected() {
    assertThatThrownBy(() -> RequestOptions.builder().header("Authorization", "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Authorization");
    assertThatThrownBy(() -> RequestOptions.builder().idempotencyKey("has space"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("idempotencyKey");
    assertThatThrownBy(() -> RequestOptions.builder().timeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeout");
  }

  @Test
  void requestOptions_toString_hidesHeaderValues() {
    RequestOptions o = RequestOptions.builder().header("X-Tenant", "very-private").build();
    assertThat(o.toString()).contains("X-Tenant").doesNotContain("very-private");
    assertThat(o.toBuilder().build().headers()).containsEntry("X-Tenant", "very-private");
  }

  @Test
  void retryOptions_defaultsAndValidation() {
    assertThat(RetryOptions.defaults().maxAttempts()).isEqualTo(4);
    assertThat(RetryOptions.defaults().initialBackoff()).isEqualTo(Duration.ofMillis(500));
    assertThat(RetryOptions.defaults().maxBackoff()).isEqualTo(Duration.ofSeconds(30));
    assertThat(RetryOptions.disabled().maxAttempts()).isEqualTo(1);
    assertThatThrownBy(() -> RetryOptions.builder().maxAttempts(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxAttempts");
    assertThatThrownBy(() -> RetryOptions.builder().initialBackoff(Duration.ofSeconds(5))
        .maxBackoff(Duration.ofSeconds(1)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxBackoff");
  }

  @Test
  void circuitBreakerOptions_validation() {
    assertThat(CircuitBreakerOptions.disabled().enabled()).isFalse();
    assertThatThrownBy(() -> CircuitBreakerOptions.builder().failureRateThreshold(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("failureRateThreshold");
  }

  @Test
  void backoff_fullJitter_boundedByExponentialCeilingAndCap() {
    Backoff max = new Backoff(RetryOptions.defaults(), () -> 0.999_999);
    Backoff min = new Backoff(RetryOptions.defaults(), () -> 0.0);
    Either<Throwable, Backoff.Outcome> io = Either.left(new java.io.IOException("reset"));
    assertThat(max.apply(1, io)).isEqualTo(499L);
    assertThat(max.apply(3, io)).isEqualTo(1999L);
    assertThat(max.apply(20, io)).isEqualTo(29_999L); // capped at 30 s
    assertThat(min.apply(3, io)).isZero();
  }

  @Test
  void backoff_retryAfter_overridesJitter() {
    Backoff b = new Backoff(RetryOptions.defaults(), () -> 0.5);
    Backoff.Outcome serverSays = () -> Optional.of(Duration.ofSeconds(42));
    assertThat(b.apply(1, Either.right(serverSays))).isEqualTo(42_000L);
  }

  @Test
  void builder_missingBaseUriOrBadValues_rejected() {
    assertThatThrownBy(() -> CsolClient.builder().build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("baseUri");
    assertThatThrownBy(() -> CsolClient.builder().baseUri("ftp://x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baseUri");
    assertThatThrownBy(() -> CsolClient.builder().maxConnections(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxConnections");
  }

  @Test
  void userAgent_suffix_appended() {
    assertThat(UserAgent.of(CsolClient.VERSION, "recon-job/2.1"))
        .matches("csol-sdk-java/" + Pattern.quote(CsolClient.VERSION)
            + " \\(Java \\d+; [^)]+\\) recon-job/2\\.1");
  }

  @Test
  void version_comesFromTheBuild_equalsProjectVersion() {
    // csol.projectVersion is ${project.version}, passed by surefire (sdk-core/pom.xml): the
    // filtered resource must carry the same version, never a literal or an unfiltered placeholder
    String projectVersion = System.getProperty("csol.projectVersion");
    assertThat(projectVersion).as("run through Maven (surefire sets csol.projectVersion)").isNotBlank();
    assertThat(CsolClient.VERSION).isEqualTo(projectVersion);
  }

  @Test
  void version_unfilteredOrMissingResource_unknown() throws Exception {
    assertThat(SdkVersion.parse(null)).isEqualTo("unknown");
    assertThat(SdkVersion.parse(new java.io.ByteArrayInputStream(
        "version=${project.version}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))))
        .isEqualTo("unknown");
    assertThat(SdkVersion.parse(new java.io.ByteArrayInputStream(
        "version=1.2.3".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))))
        .isEqualTo("1.2.3");
  }

  @Test
  void client_toString_showsNoSecret() {
    try (CsolClient c = CsolClient.builder().baseUri("http://127.0.0.1:9")
        .credentials(Credentials.clientCredentials("recon-job", "recon-secret-1".toCharArray()))
        .proxy(java.net.URI.create("http://proxyuser:proxy-pass@proxy.local:3128")).build()) {
      assertThat(c.toString()).contains("recon-job", "proxy.local:3128")
          .doesNotContain("recon-secret-1", "proxy-pass");
    }
  }

  @Test
  void call_afterClose_illegalStateException() {
    CsolClient c = CsolClient.builder().baseUri("http://127.0.0.1:9").build();
    c.close();
    c.close(); // idempotent
    assertThatThrownBy(() -> io.csol.sdk.core.spi.tool.ToolOperations.caller(c)
        .call(io.csol.sdk.core.spi.ApiRequest.get("/v1/me").build(), Me.class))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
  }
}
