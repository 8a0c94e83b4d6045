package io.csol.sdk.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csol.sdk.core.Credentials;
import io.csol.sdk.core.error.AuthenticationException;
import io.csol.sdk.core.error.Problem;
import io.csol.sdk.core.error.TransportException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The renewal lock is released and interrupts are kept; the grant chosen for each renewal. */
class TokenManagerLockTest {
  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final Credentials dana = Credentials.password("dana", "pw-secret-3".toCharArray());

  private static AccessToken token(String value, String refresh) {
    return new AccessToken(value, refresh, NOW.plusSeconds(60), NOW.plusSeconds(90));
  }

  @Test
  void invalidate_releasesTheLock_anotherThreadRenewsAtOnce() throws Exception {
    List<String> grants = new ArrayList<>();
    TokenManager tm = new TokenManager(dana, (form, budget) -> {
      synchronized (grants) {
        grants.add(form.get("grant_type"));
      }
      return token("a" + grants.size(), "r");
    }, clock);
    tm.invalidate(tm.token(Duration.ofSeconds(5)));
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      // a held lock would make this wait out its budget and fail with a timeout
      Future<AccessToken> other = pool.submit(() -> tm.token(Duration.ofSeconds(30)));
      assertThat(other.get().value()).isEqualTo("a2");
    } finally {
      pool.shutdownNow();
    }
    assertThat(grants).containsExactly("password", "refresh_token");
  }

  @Test
  void token_invalidatedWithoutRefreshToken_signsInAgainWithTheCredentials() {
    List<Map<String, String>> forms = new ArrayList<>();
    TokenManager tm = new TokenManager(dana, (form, budget) -> {
      forms.add(form);
      return token("a" + forms.size(), null);
    }, clock);
    tm.invalidate(tm.token(Duration.ofSeconds(5)));
    assertThat(tm.token(Duration.ofSeconds(5)).value()).isEqualTo("a2");
    assertThat(forms).hasSize(2);
    assertThat(forms.get(1)).containsEntry("grant_type", "password")
        .containsEntry("username", "dana").containsEntry("password", "pw-secret-3");
  }

  @Test
  void token_refreshTokenRejected_signsInAgainWithTheCredentials() {
    List<String> grants = new ArrayList<>();
    TokenManager tm = new TokenManager(dana, (form, budget) -> {
      grants.add(form.get("grant_type"));
      if (form.get("grant_type").equals("refresh_token")) {
        throw new AuthenticationException(401,
            new Problem(null, null, 401, null, null, null, null, null), "r");
      }
      return token("a" + grants.size(), "r");
    }, clock);
    tm.invalidate(tm.token(Duration.ofSeconds(5)));
    assertThat(tm.token(Duration.ofSeconds(5)).value()).isEqualTo("a3");
    assertThat(grants).containsExactly("password", "refresh_token", "password");
  }

  @Test
  void token_interruptedWhileAnotherThreadRenews_failsAndKeepsTheInterrupt() throws Exception {
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    TokenManager tm = new TokenManager(dana, (form, budget) -> {
      inside.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return token("a", null);
    }, clock);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<AccessToken> renewing = pool.submit(() -> tm.token(Duration.ofSeconds(30)));
      inside.await();
      Thread.currentThread().interrupt();
      try {
        assertThatThrownBy(() -> tm.token(Duration.ofSeconds(30)))
            .isInstanceOf(TransportException.class)
            .hasMessageContaining("interrupted while waiting for sign-in");
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
      } finally {
        Thread.interrupted(); // clear it for the next test
      }
      release.countDown();
      assertThat(renewing.get().value()).isEqualTo("a");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void toString_namesTheUserNotTheSecret() {
    TokenManager tm = new TokenManager(dana, (form, budget) -> token("a", null), clock);
    assertThat(tm.toString()).startsWith("TokenManager[").contains("dana")
        .doesNotContain("pw-secret-3");
  }

  @Test
  void token_waitedWhileAnotherThreadRenewed_takesThatTokenWithoutASecondSignIn()
      throws Exception {
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    List<String> grants = new ArrayList<>();
    TokenManager tm = new TokenManager(dana, (form, budget) -> {
      synchronized (grants) {
        grants.add(form.get("grant_type"));
      }
      inside.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return token("a1", null);
    }, clock);
    AccessToken[] got = new AccessToken[2];
    Thread renewing = new Thread(() -> got[0] = tm.token(Duration.ofSeconds(30)));
    renewing.start();
    inside.await();
    Thread waiting = new Thread(() -> got[1] = tm.token(Duration.ofSeconds(30)));
    waiting.start();
    // the waiter is parked on the renewal lock (tryLock with a timeout) before the renewal ends
    while (waiting.getState() != Thread.State.TIMED_WAITING) {
      Thread.onSpinWait();
    }
    release.countDown();
    renewing.join();
    waiting.join();
    assertThat(got[0].value()).isEqualTo("a1");
    assertThat(got[1]).isSameAs(got[0]);
    assertThat(grants).containsExactly("password");
  }

  @Test
  void token_tokenProviderCredentials_exchangedWithAnEmptyForm() {
    List<Map<String, String>> forms = new ArrayList<>();
    Credentials provided = Credentials.tokenProvider(() -> {
      throw new AssertionError("the endpoint, not the manager, asks the provider");
    });
    TokenManager tm = new TokenManager(provided, (form, budget) -> {
      forms.add(form);
      return token("p1", null);
    }, clock);
    assertThat(tm.token(Duration.ofSeconds(5)).value()).isEqualTo("p1");
    assertThat(forms).containsExactly(Map.of());
  }
}
