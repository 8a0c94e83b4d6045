package io.csol.sandbox.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.csol.sandbox.SandboxClock;
import io.csol.sandbox.SandboxOptions;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Tokens nobody uses again must not pile up in a sandbox that runs for days. */
class TokenStoreTest {

  private final SandboxClock clock = new SandboxClock(SandboxOptions.DEFAULT_START);
  private final TokenStore store = new TokenStore(clock, Duration.ofHours(1));

  @Test
  void issue_afterOthersExpiredUnused_purgesThem() {
    clock.freeze();
    for (int i = 0; i < 10; i++) {
      store.issueAccess("dana");
      store.issueRefresh("dana");
    }
    clock.advance(TokenStore.REFRESH_TTL.plusSeconds(1));

    String fresh = store.issueAccess("dana");

    assertThat(store.size()).isEqualTo(1);
    assertThat(store.subjectOfAccess(fresh)).contains("dana");
  }

  @Test
  void issue_othersStillValid_keepsThem() {
    clock.freeze();
    String early = store.issueAccess("dana");
    String refresh = store.issueRefresh("dana");
    clock.advance(Duration.ofMinutes(59));

    store.issueAccess("lars");

    assertThat(store.size()).isEqualTo(3);
    assertThat(store.subjectOfAccess(early)).contains("dana");
    assertThat(store.redeemRefresh(refresh)).contains("dana");
  }

  @Test
  void issue_accessExpiredButRefreshNot_purgesOnlyTheAccessToken() {
    clock.freeze();
    store.issueAccess("dana");
    String refresh = store.issueRefresh("dana");
    clock.advance(Duration.ofHours(2));

    store.issueAccess("lars");

    assertThat(store.size()).isEqualTo(2);
    assertThat(store.redeemRefresh(refresh)).contains("dana");
  }

  @Test
  void issue_beyondTheCapWithNothingExpired_staysBoundedAndKeepsTheNewest() {
    clock.freeze();
    String last = null;
    for (int i = 0; i < TokenStore.MAX_TOKENS + 10; i++) {
      if (i % 1000 == 0) {
        clock.advance(Duration.ofMillis(1)); // later tokens expire later
      }
      last = store.issueAccess("dana");
    }

    assertThat(store.size()).isLessThanOrEqualTo(TokenStore.MAX_TOKENS);
    assertThat(store.subjectOfAccess(last)).contains("dana");
  }

  @Test
  void sameSecret_equalLengthDifferentSecret_false() {
    assertThat(AccessToolModule.sameSecret("demo-password-1", "demo-password-2")).isFalse();
    assertThat(AccessToolModule.sameSecret("demo-password-1", "demo-password-1")).isTrue();
    assertThat(AccessToolModule.sameSecret("demo-password-1", "demo-password-")).isFalse();
    assertThat(AccessToolModule.sameSecret("pässword", "pässword")).isTrue();
    assertThat(AccessToolModule.sameSecret("demo", null)).isFalse();
  }
}
