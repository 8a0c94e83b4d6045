package io.csol.sdk.core.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csol.sdk.core.RetryOptions;
import io.csol.sdk.core.http.NotRetryableIOException;
import io.github.resilience4j.core.functions.Either;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import org.apache.hc.client5.http.ClientProtocolException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.junit.jupiter.api.Test;

/** Backoff ceilings and jitter exactly, and every branch of the retry classification. */
class BackoffAndClassifierTest {

  private static final RetryOptions OPTIONS = RetryOptions.builder().initialBackoff(Duration.ofMillis(100))
      .maxBackoff(Duration.ofMillis(1000)).build();

  @Test
  void ceiling_doublesPerAttemptUpToTheCap() {
    Backoff b = new Backoff(OPTIONS, () -> 1.0);
    assertThat(b.ceiling(0)).isEqualTo(100);
    assertThat(b.ceiling(1)).isEqualTo(100);
    assertThat(b.ceiling(2)).isEqualTo(200);
    assertThat(b.ceiling(4)).isEqualTo(800);
    assertThat(b.ceiling(5)).isEqualTo(1000);
    assertThat(b.ceiling(1000)).isEqualTo(1000);
  }

  @Test
  void ceiling_shiftOverflowingALong_isTheCap() {
    RetryOptions huge = RetryOptions.builder().initialBackoff(Duration.ofDays(365 * 100))
        .maxBackoff(Duration.ofDays(365 * 200)).build();
    Backoff b = new Backoff(huge, () -> 1.0);
    assertThat(b.ceiling(31)).isEqualTo(Duration.ofDays(365 * 200).toMillis());
  }

  @Test
  void apply_fullJitterOfTheCeiling_orTheServersWait() {
    Backoff b = new Backoff(OPTIONS, () -> 0.5);
    assertThat(b.apply(3, Either.left(new IOException()))).isEqualTo(200L);
    assertThat(b.apply(null, null)).isEqualTo(50L);
    Backoff.Outcome paced = () -> Optional.of(Duration.ofSeconds(7));
    assertThat(b.apply(1, Either.right(paced))).isEqualTo(7000L);
    Backoff.Outcome unpaced = Optional::empty;
    assertThat(b.apply(2, Either.right(unpaced))).isEqualTo(100L);
  }

  @Test
  void new_nullArguments_throwNamingThem() {
    assertThatThrownBy(() -> new Backoff(null, () -> 0.5)).hasMessageContaining("options");
    assertThatThrownBy(() -> new Backoff(OPTIONS, null)).hasMessageContaining("random");
  }

  @Test
  void retryableStatus_exactlyTheTransientOnes() {
    for (int s : new int[] {408, 429, 500, 502, 503, 504}) {
      assertThat(RetryClassifier.retryableStatus(s)).as("%d", s).isTrue();
    }
    for (int s : new int[] {400, 401, 404, 409, 422, 501, 505}) {
      assertThat(RetryClassifier.retryableStatus(s)).as("%d", s).isFalse();
    }
  }

  @Test
  void retryableIo_eachKind() {
    assertThat(RetryClassifier.retryableIo(new SocketTimeoutException())).isTrue();
    assertThat(RetryClassifier.retryableIo(new SocketException("reset"))).isTrue();
    assertThat(RetryClassifier.retryableIo(new ConnectTimeoutException("slow"))).isTrue();
    assertThat(RetryClassifier.retryableIo(new NotRetryableIOException("no", new IOException()))).isFalse();
    assertThat(RetryClassifier.retryableIo(new ClientProtocolException("bad"))).isFalse();
    assertThat(RetryClassifier.retryableIo(new InterruptedIOException())).isFalse();
    assertThat(RetryClassifier.retryableIo(new SSLException("cert"))).isFalse();
  }

  @Test
  void retryableIo_interruptedThread_false() {
    Thread.currentThread().interrupt();
    try {
      assertThat(RetryClassifier.retryableIo(new SocketException("reset"))).isFalse();
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void beforeSending_connectionPhaseFailuresOnly() {
    assertThat(RetryClassifier.beforeSending(new ConnectException())).isTrue();
    assertThat(RetryClassifier.beforeSending(new UnknownHostException())).isTrue();
    assertThat(RetryClassifier.beforeSending(new NoRouteToHostException())).isTrue();
    assertThat(RetryClassifier.beforeSending(new SSLHandshakeException("x"))).isTrue();
    assertThat(RetryClassifier.beforeSending(new ConnectTimeoutException("x"))).isTrue();
    assertThat(RetryClassifier.beforeSending(new ConnectionRequestTimeoutException("x"))).isTrue();
    assertThat(RetryClassifier.beforeSending(new SocketTimeoutException())).isFalse();
    assertThat(RetryClassifier.beforeSending(new SocketException("reset"))).isFalse();
    assertThatThrownBy(() -> RetryClassifier.beforeSending(null)).hasMessageContaining("e must not be null");
  }

  @Test
  void retryableMethod_knownMethodsOnly() {
    for (String m : new String[] {"GET", "HEAD", "PUT", "DELETE", "POST"}) {
      assertThat(RetryClassifier.retryableMethod(m)).as(m).isTrue();
    }
    assertThat(RetryClassifier.retryableMethod("PATCH")).isFalse();
  }

  @Test
  void retryableIo_socketTimeoutWhileInterrupted_stillRetryable() {
    Thread.currentThread().interrupt();
    try {
      assertThat(RetryClassifier.retryableIo(new SocketTimeoutException())).isTrue();
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void ceiling_subMillisecondInitialBackoff_zeroNotTheCap() {
    Backoff b = new Backoff(RetryOptions.builder().initialBackoff(Duration.ofNanos(1))
        .maxBackoff(Duration.ofSeconds(1)).build(), () -> 1.0);
    assertThat(b.ceiling(1)).isZero();
  }
}
