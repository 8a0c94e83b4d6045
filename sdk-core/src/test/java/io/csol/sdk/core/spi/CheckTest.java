package io.csol.sdk.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CheckTest {

  @Test
  void id_reservedRouteOrDotSegment_failsNamingParameter() {
    assertThat(Check.id("number", "9100000001", Set.of("export"))).isEqualTo("9100000001");
    assertThatThrownBy(() -> Check.id("number", "export", Set.of("export")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("number")
        .hasMessageContaining("'export'");
    assertThatThrownBy(() -> Check.id("lineId", ".."))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lineId");
    assertThatThrownBy(() -> Check.id("lineId", null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("lineId");
  }

  @Test
  void range_textEmailCountryCurrency_nameWhatIsAccepted() {
    assertThat(Check.range("size", 500, 1, 500)).isEqualTo(500);
    assertThatThrownBy(() -> Check.range("size", 0, 1, 500))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("size must be 1..500");
    assertThatThrownBy(() -> Check.text("comment", " ", 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1..10");
    assertThat(Check.email("to", "ap@example.com")).isEqualTo("ap@example.com");
    assertThatThrownBy(() -> Check.email("recipients[2]", "ap@localhost"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("recipients[2]");
    assertThatThrownBy(() -> Check.country("country", "se"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ISO 3166-1");
    assertThatThrownBy(() -> Check.currency("currency", "EURO"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ISO 4217");
  }
}
