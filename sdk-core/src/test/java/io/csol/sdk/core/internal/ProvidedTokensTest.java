package io.csol.sdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csol.sdk.core.BearerToken;
import io.csol.sdk.core.auth.AccessToken;
import io.csol.sdk.core.error.CsolException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** When a provided token is renewed: skew before expiry, at most half-way, expired at once. */
class ProvidedTokensTest {
  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  private static final Duration SKEW = Duration.ofSeconds(30);

  private static AccessToken exchange(Instant expires) {
    return new ProvidedTokens(() -> BearerToken.of("tok-1", expires),
        Clock.fixed(NOW, ZoneOffset.UTC), SKEW).exchange(Map.of(), Duration.ofSeconds(5));
  }

  @Test
  void exchange_longLivedToken_renewedSkewBeforeExpiry() {
    AccessToken t = exchange(NOW.plusSeconds(600));
    assertThat(t.value()).isEqualTo("tok-1");
    assertThat(t.expiresAt()).isEqualTo(NOW.plusSeconds(600));
    assertThat(t.refreshAt()).isEqualTo(NOW.plusSeconds(570));
    assertThat(t.refreshToken()).isEmpty();
  }

  @Test
  void exchange_shortLivedToken_renewedHalfWay() {
    assertThat(exchange(NOW.plusSeconds(40)).refreshAt()).isEqualTo(NOW.plusSeconds(20));
  }

  @Test
  void exchange_expiringNowOrExpired_renewedOneMillisecondLater() {
    assertThat(exchange(NOW).refreshAt()).isEqualTo(NOW.plusMillis(1));
    assertThat(exchange(NOW.minusSeconds(10)).refreshAt()).isEqualTo(NOW.plusMillis(1));
    assertThat(exchange(NOW.minusSeconds(10)).expiresAt()).isEqualTo(NOW.minusSeconds(10));
  }

  @Test
  void exchange_providerReturnsNull_clearError() {
    ProvidedTokens p = new ProvidedTokens(() -> null, Clock.fixed(NOW, ZoneOffset.UTC), SKEW);
    assertThatThrownBy(() -> p.exchange(Map.of(), Duration.ofSeconds(5)))
        .isInstanceOf(CsolException.class)
        .hasMessageContaining("the token provider returned null; it must return a BearerToken");
  }

  @Test
  void exchange_providerThrows_onlyTheClassNamed() {
    ProvidedTokens p = new ProvidedTokens(() -> {
      throw new IllegalStateException("vault path secret/csol-prod denied");
    }, Clock.fixed(NOW, ZoneOffset.UTC), SKEW);
    assertThatThrownBy(() -> p.exchange(Map.of(), Duration.ofSeconds(5)))
        .isInstanceOf(CsolException.class)
        .hasMessageContaining("the token provider failed: java.lang.IllegalStateException")
        .hasMessageNotContaining("vault path")
        .hasCauseInstanceOf(IllegalStateException.class);
    assertThat(p.toString()).isEqualTo("ProvidedTokens");
  }
}
