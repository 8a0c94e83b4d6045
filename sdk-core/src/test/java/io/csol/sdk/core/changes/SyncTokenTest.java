package io.csol.sdk.core.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SyncTokenTest {

  @Test
  void syncToken_blank_fails() {
    assertThatThrownBy(() -> SyncToken.of(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("value");
    assertThat(SyncToken.of("abc")).isEqualTo(SyncToken.of("abc")).hasToString("abc");
  }
}
