package io.csol.sdk.core.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csol.sdk.core.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class FilterTest {

  enum Status { OPEN, PARTIALLY_PAID, OVERDUE, UNKNOWN }

  static final TextField<Object> NUMBER = TextField.<Object>of("number").asSortable();
  static final TextField<Object> CURRENCY = TextField.<Object>of("currency").asSortable();
  static final TextField<Object> SERIAL = TextField.<Object>of("lines.serialNumber");
  static final NumberField<Object> QUANTITY = NumberField.<Object>of("quantity");
  static final MoneyField<Object> TOTAL = MoneyField.<Object>of("total", "currency").asSortable();
  static final DateField<Object> DUE = DateField.<Object>of("dueDate").asSortable();
  static final DateTimeField<Object> UPDATED = DateTimeField.<Object>of("updatedAt").asSortable();
  static final EnumField<Object, Status> STATUS = EnumField.<Object, Status>of("status", Status.class).asSortable();
  static final BooleanField<Object> ACTIVE = BooleanField.<Object>of("active");

  @Test
  void textField_everyOperator_emitsGrammar() {
    assertThat(NUMBER.eq("9100000001").toExpression()).isEqualTo("number eq '9100000001'");
    assertThat(NUMBER.ne("a").toExpression()).isEqualTo("number ne 'a'");
    assertThat(NUMBER.gt("a").toExpression()).isEqualTo("number gt 'a'");
    assertThat(NUMBER.ge("a").toExpression()).isEqualTo("number ge 'a'");
    assertThat(NUMBER.lt("a").toExpression()).isEqualTo("number lt 'a'");
    assertThat(NUMBER.le("a").toExpression()).isEqualTo("number le 'a'");
    assertThat(NUMBER.in("a", "b").toExpression()).isEqualTo("number in ('a', 'b')");
    assertThat(NUMBER.in(List.of("a")).toExpression()).isEqualTo("number in ('a')");
    assertThat(NUMBER.startsWith("10").toExpression()).isEqualTo("number startswith '10'");
    assertThat(SERIAL.contains("78AB").toExpression()).isEqualTo("lines.serialNumber contains '78AB'");
  }

  @Test
  void numberAndMoneyFields_emitPlainDecimals() {
    assertThat(QUANTITY.eq(new BigDecimal("1E+3")).toExpression()).isEqualTo("quantity eq 1000");
    assertThat(QUANTITY.lt(new BigDecimal("-0.000001")).toExpression()).isEqualTo("quantity lt -0.000001");
    assertThat(QUANTITY.ge(5).toExpression()).isEqualTo("quantity ge 5");
    assertThat(QUANTITY.in(BigDecimal.ONE, new BigDecimal("2.50")).toExpression())
        .isEqualTo("quantity in (1, 2.50)");
    assertThat(TOTAL.lt(Money.of("10.5", "EUR")).toExpression())
        .isEqualTo("(total lt 10.5 and currency eq 'EUR')");
  }

  @Test
  void moneyField_everyComparison_checksTheCurrency() {
    assertThat(TOTAL.ge(Money.of("1000.00", "EUR")).toExpression())
        .isEqualTo("(total ge 1000.00 and currency eq 'EUR')");
    assertThat(TOTAL.eq(Money.of("5", "KRW")).toExpression())
        .isEqualTo("(total eq 5 and currency eq 'KRW')");
    assertThat(TOTAL.gt(Money.of("1", "SEK")).toExpression()).endsWith("and currency eq 'SEK')");
    assertThat(TOTAL.le(Money.of("1", "SEK")).toExpression()).endsWith("and currency eq 'SEK')");
    // "not 5 KRW": another amount, or the same amount in another currency
    assertThat(TOTAL.ne(Money.of("5", "KRW")).toExpression())
        .isEqualTo("(total ne 5 or currency ne 'KRW')");
    // the pair stays one operand inside and/or/not, so no precedence can split it
    Filter<Object> combined = Filter.or(STATUS.eq(Status.OPEN), TOTAL.ge(Money.of("1000.00", "EUR")));
    assertThat(combined.toExpression())
        .isEqualTo("status eq OPEN or (total ge 1000.00 and currency eq 'EUR')");
    assertThat(ReferenceGrammar.parse(combined.toExpression())).isEqualTo(
        "(or (eq status OPEN) (and (ge total 1000.00) (eq currency 'EUR')))");
    assertThat(TOTAL.ge(Money.of("1", "EUR")).not().toExpression())
        .isEqualTo("not (total ge 1 and currency eq 'EUR')");
    assertThat(MoneyField.<Object>of("openAmount", "curr").lt(Money.of("0", "USD")).toExpression())
        .isEqualTo("(openAmount lt 0 and curr eq 'USD')");
  }

  @Test
  void dateAndDateTimeFields_emitIsoLiteralsInUtc() {
    assertThat(DUE.lt(LocalDate.of(2026, 12, 1)).toExpression()).isEqualTo("dueDate lt 2026-12-01");
    assertThat(DUE.in(LocalDate.of(2026, 1, 2), LocalDate.of(999, 1, 1)).toExpression())
        .isEqualTo("dueDate in (2026-01-02, 0999-01-01)");
    assertThat(UPDATED.ge(Instant.parse("2026-11-01T00:00:00Z")).toExpression())
        .isEqualTo("updatedAt ge 2026-11-01T00:00:00Z");
    assertThat(UPDATED.gt(OffsetDateTime.of(2026, 11, 1, 2, 0, 0, 0, ZoneOffset.ofHours(2))).toExpression())
        .isEqualTo("updatedAt gt 2026-11-01T00:00:00Z");
    assertThat(UPDATED.le(Instant.parse("2026-11-01T00:00:00.120Z")).toExpression())
        .isEqualTo("updatedAt le 2026-11-01T00:00:00.120Z");
    assertThatThrownBy(() -> DUE.eq(LocalDate.of(10000, 1, 1))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dueDate.eq(value)");
    assertThatThrownBy(() -> UPDATED.eq(Instant.parse("+10000-01-01T00:00:00Z")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("updatedAt.eq(value)");
  }

  @Test
  void enumAndBooleanFields_emitBareNames() {
    assertThat(STATUS.eq(Status.OPEN).toExpression()).isEqualTo("status eq OPEN");
    assertThat(STATUS.ne(Status.PARTIALLY_PAID).toExpression()).isEqualTo("status ne PARTIALLY_PAID");
    assertThat(STATUS.in(Status.OPEN, Status.OVERDUE).toExpression()).isEqualTo("status in (OPEN, OVERDUE)");
    assertThat(ACTIVE.eq(true).toExpression()).isEqualTo("active eq true");
    assertThat(ACTIVE.ne(false).toExpression()).isEqualTo("active ne false");
    assertThatThrownBy(() -> STATUS.eq(Status.UNKNOWN)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("status.eq(value)").hasMessageContaining("UNKNOWN");
    assertThatThrownBy(() -> STATUS.in(Status.OPEN, Status.UNKNOWN)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("status.in(values)");
  }

  @Test
  void combinators_emitParenthesesOnlyWherePrecedenceNeedsThem() {
    Filter<Object> a = STATUS.eq(Status.OPEN);
    Filter<Object> b = DUE.lt(LocalDate.of(2026, 12, 1));
    Filter<Object> c = CURRENCY.eq("EUR");

    assertThat(Filter.and(a, b).toExpression()).isEqualTo("status eq OPEN and dueDate lt 2026-12-01");
    assertThat(Filter.and(Filter.or(a, b), c).toExpression())
        .isEqualTo("(status eq OPEN or dueDate lt 2026-12-01) and currency eq 'EUR'");
    assertThat(Filter.or(Filter.and(a, b), c).toExpression())
        .isEqualTo("status eq OPEN and dueDate lt 2026-12-01 or currency eq 'EUR'");
    assertThat(Filter.and(a, b).not().toExpression())
        .isEqualTo("not (status eq OPEN and dueDate lt 2026-12-01)");
    assertThat(a.not().not().toExpression()).isEqualTo("not not status eq OPEN");
    assertThat(Filter.and(a.not(), c).toExpression()).isEqualTo("not status eq OPEN and currency eq 'EUR'");
    assertThat(Filter.and(Filter.and(a, b), c).toExpression())
        .isEqualTo("status eq OPEN and dueDate lt 2026-12-01 and currency eq 'EUR'");
    assertThat(Filter.or(a)).isSameAs(a);
  }

  @Test
  void combinators_nestedAnyWay_parseBackToTheSameTree() {
    Filter<Object> a = STATUS.eq(Status.OPEN);
    Filter<Object> b = NUMBER.startsWith("9");
    Filter<Object> c = QUANTITY.ge(BigDecimal.TEN);
    Filter<Object> d = ACTIVE.eq(true);
    Filter<Object> f = Filter.or(Filter.and(Filter.or(a, b).not(), c), Filter.and(d, Filter.or(b, c)).not(), a);

    assertThat(ReferenceGrammar.parse(f.toExpression())).isEqualTo(
        "(or (and (not (or (eq status OPEN) (startswith number '9'))) (ge quantity 10))"
            + " (not (and (eq active true) (or (startswith number '9') (ge quantity 10))))"
            + " (eq status OPEN))");
  }

  @Test
  void docsExamples_areProducedAndParse() {
    Filter<Object> f = Filter.and(STATUS.in(Status.OPEN, Status.OVERDUE), DUE.lt(LocalDate.of(2026, 12, 1)));
    assertThat(f.toExpression()).isEqualTo("status in (OPEN, OVERDUE) and dueDate lt 2026-12-01");
    assertThat(TextField.<Object>of("name").eq("O'Brien & Sons").toExpression()).isEqualTo("name eq 'O''Brien & Sons'");
    assertThat(ReferenceGrammar.parse(f.toExpression()))
        .isEqualTo("(and (in status OPEN OVERDUE) (lt dueDate 2026-12-01))");
  }

  @Test
  void depth_upTo32_isAcceptedAndBeyondRejected() {
    Filter<Object> f = STATUS.eq(Status.OPEN);
    for (int i = 0; i < Filter.MAX_DEPTH; i++) {
      f = f.not();
    }
    assertThat(ReferenceGrammar.parse(f.toExpression())).startsWith("(not (not");
    Filter<Object> deepest = f;
    assertThatThrownBy(deepest::not).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32");

    Filter<Object> g = STATUS.eq(Status.OPEN);
    Filter<Object> other = ACTIVE.eq(true);
    for (int i = 0; i < Filter.MAX_DEPTH; i++) {
      g = i % 2 == 0 ? Filter.and(Filter.or(g, other), other) : Filter.or(g, other);
    }
    assertThat(g.toExpression()).contains("(");
    Filter<Object> alternating = g;
    assertThatThrownBy(() -> {
      Filter<Object> h = alternating;
      for (int i = 0; i < 2 * Filter.MAX_DEPTH; i++) {
        h = Filter.and(Filter.or(h, other), other);
      }
    }).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 32");
  }

  @Test
  void filter_equalsByExpression() {
    assertThat(STATUS.eq(Status.OPEN)).isEqualTo(STATUS.eq(Status.OPEN)).hasSameHashCodeAs(STATUS.eq(Status.OPEN));
    assertThat(STATUS.eq(Status.OPEN)).hasToString("status eq OPEN").isNotEqualTo(STATUS.ne(Status.OPEN));
  }
}
