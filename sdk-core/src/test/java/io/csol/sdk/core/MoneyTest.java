package io.csol.sdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csol.sdk.core.json.Json;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {

  private static final Currency EUR = Currency.getInstance("EUR");

  @Test
  void of_validStringAndCode_keepsExactAmount() {
    Money m = Money.of("1234.50", "EUR");
    assertThat(m.amount()).isEqualByComparingTo("1234.50");
    assertThat(m.amount().scale()).isEqualTo(2);
    assertThat(m.currency()).isEqualTo(EUR);
  }

  @Test
  void of_nullBlankOrBadArguments_throwsNamingParameter() {
    assertThatThrownBy(() -> Money.of((String) null, "EUR"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("amount");
    assertThatThrownBy(() -> Money.of("  ", "EUR"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("amount");
    assertThatThrownBy(() -> Money.of("12,50", "EUR"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("amount");
    assertThatThrownBy(() -> Money.of("1", (String) null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("currency");
    assertThatThrownBy(() -> Money.of("1", ""))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("currency");
    assertThatThrownBy(() -> Money.of("1", "XYZ"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("currency").hasMessageContaining("XYZ");
    assertThatThrownBy(() -> Money.of("1", "eur"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("currency");
    assertThatThrownBy(() -> Money.of((BigDecimal) null, EUR))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("amount");
    assertThatThrownBy(() -> Money.of(BigDecimal.ONE, (Currency) null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("currency");
  }

  @Test
  void of_absurdExponent_throwsInsteadOfExhaustingMemory() {
    assertThatThrownBy(() -> Money.of("1E+999999999", "EUR"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("amount");
  }

  @Test
  void plusMinusNegate_sameCurrency_areExact() {
    Money a = Money.of("0.10", "EUR");
    Money b = Money.of("0.20", "EUR");
    assertThat(a.plus(b)).isEqualTo(Money.of("0.3", "EUR"));
    assertThat(a.minus(b)).isEqualTo(Money.of("-0.10", "EUR"));
    assertThat(a.negate().signum()).isEqualTo(-1);
    assertThat(a.minus(a).isZero()).isTrue();
    assertThat(Money.zero(EUR).isZero()).isTrue();
    assertThat(Money.zero(EUR).signum()).isZero();
  }

  @Test
  void plus_differentCurrency_throwsNamingBoth() {
    Money eur = Money.of("1", "EUR");
    Money sek = Money.of("1", "SEK");
    assertThatThrownBy(() -> eur.plus(sek))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("EUR").hasMessageContaining("SEK");
    assertThatThrownBy(() -> eur.minus(sek))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("EUR").hasMessageContaining("SEK");
    assertThatThrownBy(() -> eur.compareTo(sek))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("EUR").hasMessageContaining("SEK");
    assertThatThrownBy(() -> eur.plus(null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("other");
  }

  @Test
  void equals_sameValueDifferentScale_equalWithSameHash() {
    Money a = Money.of("10.5", "EUR");
    Money b = Money.of("10.500", "EUR");
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(Money.of("0.00", "EUR")).isEqualTo(Money.zero(EUR)).hasSameHashCodeAs(Money.zero(EUR));
    assertThat(a).isNotEqualTo(Money.of("10.5", "USD"));
    assertThat(a).isNotEqualTo(Money.of("10.51", "EUR"));
    assertThat(a.compareTo(Money.of("10.51", "EUR"))).isNegative();
  }

  @Test
  void toString_paddedToMinorDigits() {
    assertThat(Money.of("1234.5", "EUR")).hasToString("1234.50 EUR");
    assertThat(Money.of("1000", "KRW")).hasToString("1000 KRW");
    assertThat(Money.of("0.125", "EUR")).hasToString("0.125 EUR");
  }

  @Test
  void scaled_roundsHalfEvenToCurrencyDigits() {
    assertThat(Money.of("0.125", "EUR").scaled().amount()).isEqualByComparingTo("0.12");
    assertThat(Money.of("0.135", "EUR").scaled().amount().toPlainString()).isEqualTo("0.14");
    assertThat(Money.of("1500.5", "KRW").scaled().amount().toPlainString()).isEqualTo("1500");
    assertThat(Money.of("7", "EUR").scaled().amount().toPlainString()).isEqualTo("7.00");
  }

  @Test
  void json_write_amountAsStringWithMinorDigits() {
    String json = new String(Json.write(Money.of("1234.5", "EUR")), StandardCharsets.UTF_8);
    assertThat(json).isEqualTo("{\"amount\":\"1234.50\",\"currency\":\"EUR\"}");
    assertThat(new String(Json.write(Money.of("5000", "KRW")), StandardCharsets.UTF_8))
        .isEqualTo("{\"amount\":\"5000\",\"currency\":\"KRW\"}");
  }

  @Test
  void json_read_stringAndNumberForms_exact() {
    Money fromString = read("{\"amount\":\"1234.50\",\"currency\":\"EUR\"}");
    Money fromNumber = read("{\"currency\":\"EUR\",\"amount\":1234.50,\"extra\":[1,{\"a\":2}]}");
    assertThat(fromString).isEqualTo(fromNumber).isEqualTo(Money.of("1234.50", "EUR"));
    assertThat(fromNumber.amount().toPlainString()).isEqualTo("1234.50");
    assertThat(read("{\"amount\":0.1,\"currency\":\"USD\"}").amount()).isEqualTo(new BigDecimal("0.1"));
  }

  @Test
  void json_hugeAmount_roundTripsExactly() {
    String huge = "123456789012345678901234567890.123456789012345678901";
    Money m = read("{\"amount\":" + huge + ",\"currency\":\"EUR\"}");
    assertThat(m.amount().toPlainString()).isEqualTo(huge);
    Money again = read(new String(Json.write(m), StandardCharsets.UTF_8));
    assertThat(again.amount().toPlainString()).isEqualTo(huge);
  }

  @Test
  void json_krwZeroDecimals_readAndWritten() {
    Money m = read("{\"amount\":\"1500000\",\"currency\":\"KRW\"}");
    assertThat(m.currency().getDefaultFractionDigits()).isZero();
    assertThat(m).hasToString("1500000 KRW");
  }

  private static Money read(String json) {
    return Json.read(json.getBytes(StandardCharsets.UTF_8), Money.class, "req-1", 200);
  }
}
