package io.csol.sdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The options' limits at the limit and one past it, and the loopback rule for plain http. */
class OptionsLimitsTest {

  @Test
  void maxAttempts_1And20Accepted_0And21Rejected() {
    assertThat(RetryOptions.builder().maxAttempts(1).build().maxAttempts()).isEqualTo(1);
    assertThat(RetryOptions.builder().maxAttempts(20).build().maxAttempts()).isEqualTo(20);
    assertThatThrownBy(() -> RetryOptions.builder().maxAttempts(0)).hasMessage("maxAttempts must be 1..20, was 0");
    assertThatThrownBy(() -> RetryOptions.builder().maxAttempts(21)).hasMessage("maxAttempts must be 1..20, was 21");
  }

  @Test
  void maxPacedRetries_0And50Accepted_minus1And51Rejected() {
    assertThat(RetryOptions.builder().maxPacedRetries(0).build().maxPacedRetries()).isZero();
    assertThat(RetryOptions.builder().maxPacedRetries(50).build().maxPacedRetries()).isEqualTo(50);
    assertThatThrownBy(() -> RetryOptions.builder().maxPacedRetries(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0..50, was -1");
    assertThatThrownBy(() -> RetryOptions.builder().maxPacedRetries(51))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0..50, was 51");
  }

  @Test
  void backoffs_maxEqualToInitialAccepted_belowRejected() {
    RetryOptions equal = RetryOptions.builder().initialBackoff(Duration.ofSeconds(2))
        .maxBackoff(Duration.ofSeconds(2)).build();
    assertThat(equal.maxBackoff()).isEqualTo(equal.initialBackoff());
    assertThatThrownBy(() -> RetryOptions.builder().initialBackoff(Duration.ofSeconds(2))
        .maxBackoff(Duration.ofMillis(1999)).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxBackoff");
    assertThatThrownBy(() -> RetryOptions.builder().initialBackoff(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("initialBackoff must be positive, was PT0S");
    assertThatThrownBy(() -> RetryOptions.builder().maxBackoff(Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxBackoff must be positive");
    assertThat(RetryOptions.builder().initialBackoff(Duration.ofNanos(1)).build().initialBackoff())
        .isEqualTo(Duration.ofNanos(1));
  }

  @Test
  void retryOptions_toStringAndToBuilder_keepEveryValue() {
    RetryOptions o = RetryOptions.builder().maxAttempts(3).maxPacedRetries(2)
        .initialBackoff(Duration.ofMillis(100)).maxBackoff(Duration.ofSeconds(1)).build();
    assertThat(o).hasToString("RetryOptions[maxAttempts=3, maxPacedRetries=2, initialBackoff=PT0.1S, maxBackoff=PT1S]");
    assertThat(o.toBuilder().build()).hasToString(o.toString());
  }

  @Test
  void slidingWindowSize_1And1000Accepted_0And1001Rejected() {
    assertThat(CircuitBreakerOptions.builder().slidingWindowSize(1).build().slidingWindowSize()).isEqualTo(1);
    assertThat(CircuitBreakerOptions.builder().slidingWindowSize(1000).build().slidingWindowSize()).isEqualTo(1000);
    assertThatThrownBy(() -> CircuitBreakerOptions.builder().slidingWindowSize(0))
        .hasMessage("slidingWindowSize must be 1..1000, was 0");
    assertThatThrownBy(() -> CircuitBreakerOptions.builder().slidingWindowSize(1001))
        .hasMessage("slidingWindowSize must be 1..1000, was 1001");
  }

  @Test
  void failureRateThreshold_100AndJustAbove0Accepted_0AndAbove100Rejected() {
    assertThat(CircuitBreakerOptions.builder().failureRateThreshold(100f).build().failureRateThreshold()).isEqualTo(100f);
    assertThat(CircuitBreakerOptions.builder().failureRateThreshold(0.01f).build().failureRateThreshold()).isEqualTo(0.01f);
    assertThatThrownBy(() -> CircuitBreakerOptions.builder().failureRateThreshold(0f))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(0, 100]");
    assertThatThrownBy(() -> CircuitBreakerOptions.builder().failureRateThreshold(100.01f))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(0, 100]");
    assertThatThrownBy(() -> CircuitBreakerOptions.builder().failureRateThreshold(Float.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void circuitBreakerOptions_toString_enabledAndDisabled() {
    assertThat(CircuitBreakerOptions.builder().failureRateThreshold(40).slidingWindowSize(10)
        .waitInOpenState(Duration.ofSeconds(5)).build())
        .hasToString("CircuitBreakerOptions[failureRateThreshold=40.0, slidingWindowSize=10, waitInOpenState=PT5S]");
    assertThat(CircuitBreakerOptions.disabled()).hasToString("CircuitBreakerOptions[disabled]");
    assertThat(CircuitBreakerOptions.disabled().enabled()).isFalse();
    assertThat(CircuitBreakerOptions.defaults().enabled()).isTrue();
  }

  @Test
  void loopback_namesAndAddresses() {
    assertThat(Checks.loopback("localhost")).isTrue();
    assertThat(Checks.loopback("LOCALHOST.")).isTrue();
    assertThat(Checks.loopback("127.0.0.1")).isTrue();
    assertThat(Checks.loopback("127.255.255.255")).isTrue();
    assertThat(Checks.loopback("127.0.0.256")).isFalse();
    assertThat(Checks.loopback("128.0.0.1")).isFalse();
    assertThat(Checks.loopback("126.0.0.1")).isFalse();
    assertThat(Checks.loopback("[::1]")).isTrue();
    assertThat(Checks.loopback("[::2]")).isFalse();
    assertThat(Checks.loopback("[]")).isFalse();
    assertThat(Checks.loopback("[x]")).isFalse();
    assertThat(Checks.loopback("::1")).isFalse();
    assertThat(Checks.loopback("localhost.example")).isFalse();
    assertThat(Checks.loopback(null)).isFalse();
  }

  @Test
  void absolute_schemeHostAndHttpOnly() {
    assertThat(Checks.absolute("u", URI.create("HTTPS://h:1"), true)).hasHost("h");
    assertThat(Checks.absolute("u", URI.create("ftp://h"), false)).hasHost("h");
    assertThatThrownBy(() -> Checks.absolute("u", URI.create("ftp://h"), true))
        .hasMessage("u must be an absolute http or https URI such as https://host:443, was ftp://h");
    assertThatThrownBy(() -> Checks.absolute("u", URI.create("/path"), false))
        .hasMessage("u must be an absolute URI such as https://host:443, was /path");
    assertThatThrownBy(() -> Checks.absolute("u", URI.create("http:///x"), true))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Checks.absolute("u", null, true)).isInstanceOf(NullPointerException.class)
        .hasMessage("u must not be null");
  }

  @Test
  void loopback_fullIpv6LiteralWithZeros_true() {
    assertThat(Checks.loopback("[0:0:0:0:0:0:0:1]")).isTrue();
    assertThat(Checks.loopback("[0:0:0:0:0:0:0:0]")).isFalse();
  }
}
