package io.csol.sdk.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csol.sdk.core.Credentials;
import io.csol.sdk.core.error.TransportException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class TokenManagerTest {
  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final Credentials dana = Credentials.password("dana", "pw".toCharArray());

  @Test
  void token_fresh_cachedWithoutSecondRequest() {
    AtomicInteger calls = new AtomicInteger();
    TokenManager tm = new TokenManager(dana, (form, budget) -> {
      calls.incrementAndGet();
      return new AccessToken("a" + calls.get(), "r", NOW.plusSeconds(60), NOW.plusSeconds(90));
    }, clock);
    assertThat(tm.token(Duration.ofSeconds(5)).value()).isEqualTo("a1");
    assertThat(tm.token(Duration.ofSeconds(5)).value()).isEqualTo("a1");
    assertThat(calls).hasValue(1);
  }

  @Test
  void invalidate_thenToken_usesRefreshGrant() {
    AtomicInteger calls = new AtomicInteger();
    AtomicReference<Map<String, String>> last = new AtomicReference<>();
    TokenManager tm = new TokenManager(dana, (form, budget) -> {
      last.set(form);
      calls.incrementAndGet();
      return new AccessToken("a" + calls.get(), "r1", NOW.plusSeconds(60), NOW.plusSeconds(90));
    }, clock);
    AccessToken first = tm.token(Duration.ofSeconds(5));
    tm.invalidate(first);
    assertThat(tm.token(Duration.ofSeconds(5)).value()).isEqualTo("a2");
    assertThat(last.get()).containsEntry("grant_type", "refresh_token").containsEntry("refresh_token", "r1");
    assertThat(first.toString()).doesNotContain("a1").doesNotContain("r1");
  }

  @Test
  void token_othersRenewing_waitersGiveUpAtTheirBudget() throws Exception {
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    TokenManager tm = new TokenManager(dana, (form, budget) -> {
      inside.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return new AccessToken("a", null, NOW.plusSeconds(60), NOW.plusSeconds(90));
    }, clock);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<AccessToken> renewing = pool.submit(() -> tm.token(Duration.ofSeconds(30)));
      inside.await();
      assertThatThrownBy(() -> tm.token(Duration.ofMillis(50)))
          .isInstanceOf(TransportException.class).hasMessageContaining("timeout");
      release.countDown();
      assertThat(renewing.get().value()).isEqualTo("a");
    } finally {
      pool.shutdownNow();
    }
  }
}
