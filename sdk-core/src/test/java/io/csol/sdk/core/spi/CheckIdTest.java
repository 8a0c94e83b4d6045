package io.csol.sdk.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CheckIdTest {
  @Test
  void id_slashBackslashOrControlCharacter_refused() {
    for (String id : List.of("a/b", "../../escaped", "a\\b", "..\\x", "a\nb", "a\u0000b", "a\u007fb")) {
      assertThatThrownBy(() -> Check.id("number", id)).as(id)
          .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("number must");
    }
  }

  @Test
  void id_ordinaryIds_accepted() {
    for (String id : List.of("9100000001", "CN-2026.01", "a..b", "INV 7", "Ä-1")) {
      assertThat(Check.id("number", id)).isEqualTo(id);
    }
  }
}
