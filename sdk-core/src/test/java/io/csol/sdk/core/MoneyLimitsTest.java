package io.csol.sdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/** Money's limits exactly at the limit and one past it, and the value semantics users compare with. */
class MoneyLimitsTest {

  private static final Currency EUR = Currency.getInstance("EUR");

  private static BigDecimal digits(int count, int scale) {
    return new BigDecimal(new BigInteger("9".repeat(count)), scale);
  }

  @Test
  void of_200DigitsAccepted_201Rejected() {
    assertThat(Money.of(digits(200, 0), EUR).amount().precision()).isEqualTo(200);
    assertThatThrownBy(() -> Money.of(digits(201, 0), EUR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 200 digits");
  }

  @Test
  void of_scale200AndMinus200Accepted_201AndMinus201Rejected() {
    assertThat(Money.of(digits(1, 200), EUR).amount().scale()).isEqualTo(200);
    assertThat(Money.of(digits(1, -200), EUR).amount().scale()).isEqualTo(-200);
    assertThatThrownBy(() -> Money.of(digits(1, 201), EUR))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("decimal places");
    assertThatThrownBy(() -> Money.of(digits(1, -201), EUR))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("decimal places");
  }

  @Test
  void of_text220CharactersAccepted_221Rejected() {
    // the length guard runs before trimming, so padding reaches it without a huge number
    String at = "1" + " ".repeat(219);
    assertThat(Money.of(at, "EUR").amount()).isEqualByComparingTo("1");
    assertThatThrownBy(() -> Money.of(at + " ", "EUR"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 200 digits");
  }

  @Test
  void isZero_nonZeroEitherSign_false() {
    assertThat(Money.of("0.01", "EUR").isZero()).isFalse();
    assertThat(Money.of("-0.01", "EUR").isZero()).isFalse();
    assertThat(Money.of("0.000", "EUR").isZero()).isTrue();
  }

  @Test
  void signum_positiveAndNegative_followAmount() {
    assertThat(Money.of("3", "EUR").signum()).isEqualTo(1);
    assertThat(Money.of("-3", "EUR").signum()).isEqualTo(-1);
  }

  @Test
  void hashCode_differentAmountsOrCurrencies_differ() {
    assertThat(Money.of("1", "EUR").hashCode()).isNotEqualTo(Money.of("2", "EUR").hashCode());
    assertThat(Money.of("1.0", "EUR").hashCode()).isEqualTo(Money.of("1", "EUR").hashCode());
  }

  @Test
  void equals_sameInstanceNullAndOtherType() {
    Money m = Money.of("1", "EUR");
    assertThat(m.equals(m)).isTrue();
    assertThat(m.equals(null)).isFalse();
    assertThat(m.equals("1 EUR")).isFalse();
  }

  @Test
  void compareTo_greaterEqualAndLess_signOfDifference() {
    assertThat(Money.of("2", "EUR").compareTo(Money.of("1.00", "EUR"))).isPositive();
    assertThat(Money.of("1", "EUR").compareTo(Money.of("1.00", "EUR"))).isZero();
    assertThatThrownBy(() -> Money.of("1", "EUR").compareTo(null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("compareTo");
  }

  @Test
  void scaled_zeroDigitCurrency_roundsToWholeUnits() {
    // JPY has 0 minor digits: the limit of the "currency has minor digits" check
    assertThat(Money.of("12.5", "JPY").scaled().amount().toPlainString()).isEqualTo("12");
    assertThat(Money.of("13.5", "JPY").scaled().amount().toPlainString()).isEqualTo("14");
  }

  @Test
  void scaled_currencyWithoutMinorDigits_unchanged() {
    // XAU (gold) has no default fraction digits (-1): the amount is kept as given
    Money gold = Money.of("1.23456", "XAU");
    assertThat(gold.scaled()).isSameAs(gold);
    assertThat(gold.amountText()).isEqualTo("1.23456");
  }

  @Test
  void amountText_scaleEqualToCurrencyDigits_keptAndNegativeScaleExpanded() {
    assertThat(Money.of("1.25", "EUR").amountText()).isEqualTo("1.25");
    assertThat(Money.of(new BigDecimal("1E+2"), EUR).amountText()).isEqualTo("100.00");
    assertThat(Money.of("5", "JPY").amountText()).isEqualTo("5");
  }

  @Test
  void of_unknownOrMalformedCode_messageQuotesIt() {
    assertThatThrownBy(() -> Money.of("1", "EURO"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'EURO'");
    assertThatThrownBy(() -> Money.of("abc", "EUR"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'abc'")
        .hasCauseInstanceOf(NumberFormatException.class);
  }

  @Test
  void of_nullOrBlankTexts_messageSaysWhich() {
    assertThatThrownBy(() -> Money.of((String) null, "EUR")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amount must be a decimal number such as 1234.50, was null");
    assertThatThrownBy(() -> Money.of(" ", "EUR")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amount must be a decimal number such as 1234.50, was blank");
    assertThatThrownBy(() -> Money.of("1", (String) null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("currency must be an ISO 4217 code such as EUR, was null");
    assertThatThrownBy(() -> Money.of("1", " ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("currency must be an ISO 4217 code such as EUR, was blank");
    assertThatThrownBy(() -> Money.of("1", "QQQ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("currency must be a known ISO 4217 code such as EUR, was 'QQQ'");
  }
}
