package io.csol.sdk.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every limit of Check at the limit and one past it. */
class CheckLimitsTest {

  @Test
  void id_64CharactersAccepted_65Rejected() {
    assertThat(Check.id("p", "x".repeat(64))).hasSize(64);
    assertThatThrownBy(() -> Check.id("p", "x".repeat(65)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("p must be 1..64 characters without leading or trailing spaces");
  }

  @Test
  void id_leadingOrTrailingSpace_rejected() {
    assertThatThrownBy(() -> Check.id("p", " a")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("leading or trailing spaces");
    assertThatThrownBy(() -> Check.id("p", "a ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("leading or trailing spaces");
    assertThatThrownBy(() -> Check.id("p", "   ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("p must be a non-blank id, was blank");
    assertThatThrownBy(() -> Check.id("p", null)).isInstanceOf(NullPointerException.class)
        .hasMessage("p must not be null");
  }

  @Test
  void id_dotsOnlyRejected_dotsInsideAccepted() {
    assertThatThrownBy(() -> Check.id("p", ".")).hasMessage("p must not be '.' or '..'");
    assertThatThrownBy(() -> Check.id("p", "..")).hasMessage("p must not be '.' or '..'");
    assertThat(Check.id("p", "...")).isEqualTo("...");
    assertThat(Check.id("p", "a.b")).isEqualTo("a.b");
  }

  @Test
  void id_forbiddenCharacterAtFirstAndLastPosition_namesThePosition() {
    assertThatThrownBy(() -> Check.id("p", "/ab")).hasMessageContaining("(position 0)");
    assertThatThrownBy(() -> Check.id("p", "ab\\")).hasMessageContaining("(position 2)");
    assertThatThrownBy(() -> Check.id("p", "a\u007Fb")).hasMessageContaining("(position 1)");
  }

  @Test
  void idReserved_routeNameRejected_otherAccepted() {
    assertThatThrownBy(() -> Check.id("number", "export", Set.of("export")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("number must be a record id, not the route name 'export'");
    assertThat(Check.id("number", "exports", Set.of("export"))).isEqualTo("exports");
  }

  @Test
  void text_maxAccepted_maxPlusOneRejectedWithLength() {
    assertThat(Check.text("t", "abc", 3)).isEqualTo("abc");
    assertThatThrownBy(() -> Check.text("t", "abcd", 3)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("t must be 1..3 characters and not blank, was 4");
    assertThatThrownBy(() -> Check.text("t", " ", 3)).hasMessage("t must be 1..3 characters and not blank, was blank");
    assertThatThrownBy(() -> Check.text("t", null, 3)).isInstanceOf(NullPointerException.class)
        .hasMessage("t must not be null");
  }

  @Test
  void email_254CharactersAccepted_255Rejected() {
    String domain = "@example.com";
    String at = "a".repeat(254 - domain.length()) + domain;
    assertThat(Check.email("e", at)).hasSize(254);
    assertThatThrownBy(() -> Check.email("e", "a" + at)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("e must be an e-mail address such as name@example.com");
    assertThatThrownBy(() -> Check.email("e", null)).isInstanceOf(NullPointerException.class)
        .hasMessage("e must not be null");
  }

  @Test
  void range_minAndMaxAccepted_oneOutsideRejected() {
    assertThat(Check.range("n", 1, 1, 500)).isEqualTo(1);
    assertThat(Check.range("n", 500, 1, 500)).isEqualTo(500);
    assertThatThrownBy(() -> Check.range("n", 0, 1, 500)).hasMessage("n must be 1..500, was 0");
    assertThatThrownBy(() -> Check.range("n", 501, 1, 500)).hasMessage("n must be 1..500, was 501");
  }

  @Test
  void countryAndCurrency_upperCaseLettersAZAccepted_neighboursRejected() {
    assertThat(Check.country("c", "AZ")).isEqualTo("AZ");
    assertThat(Check.currency("c", "ZZA")).isEqualTo("ZZA");
    for (String bad : new String[] {"@A", "A[", "Aa", "A", "ABC"}) {
      assertThatThrownBy(() -> Check.country("c", bad)).as(bad)
          .hasMessage("c must be an ISO 3166-1 alpha-2 code such as SE (upper case)");
    }
    for (String bad : new String[] {"EU", "EURO", "EU`", "EU{"}) {
      assertThatThrownBy(() -> Check.currency("c", bad)).as(bad)
          .hasMessage("c must be an ISO 4217 code such as EUR (upper case)");
    }
    assertThatThrownBy(() -> Check.currency("c", null)).isInstanceOf(NullPointerException.class)
        .hasMessage("c must not be null");
  }
}
