package io.csol.sdk.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The token value object: its checks, its instants and a toString without secrets. */
class AccessTokenTest {
  private static final Instant REFRESH = Instant.parse("2026-01-01T10:00:00Z");
  private static final Instant EXPIRES = Instant.parse("2026-01-01T10:05:00Z");

  @Test
  void new_emptyValue_refused() {
    assertThatThrownBy(() -> new AccessToken("", null, REFRESH, EXPIRES))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("value must be non-empty");
  }

  @Test
  void new_emptyRefreshToken_treatedAsNone() {
    AccessToken t = new AccessToken("tok-secret-1", "", REFRESH, EXPIRES);
    assertThat(t.refreshToken()).isEmpty();
    assertThat(t.toString()).isEqualTo(
        "AccessToken[value=****, refreshToken=none, expiresAt=2026-01-01T10:05:00Z]");
  }

  @Test
  void new_refreshToken_keptAndMasked() {
    AccessToken t = new AccessToken("tok-secret-1", "refresh-secret-2", REFRESH, EXPIRES);
    assertThat(t.refreshToken()).contains("refresh-secret-2");
    assertThat(t.refreshAt()).isEqualTo(REFRESH);
    assertThat(t.expiresAt()).isEqualTo(EXPIRES);
    assertThat(t.toString()).isEqualTo(
        "AccessToken[value=****, refreshToken=****, expiresAt=2026-01-01T10:05:00Z]");
  }

  @Test
  void freshAt_beforeRefreshOnly() {
    AccessToken t = new AccessToken("v", null, REFRESH, EXPIRES);
    assertThat(t.freshAt(REFRESH.minusMillis(1))).isTrue();
    assertThat(t.freshAt(REFRESH)).isFalse();
    assertThat(t.invalidated().freshAt(Instant.MIN.plusSeconds(1))).isFalse();
  }
}
