package io.csol.sdk.core.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Field flags and their copies, literal limits (years, surrogates, UNKNOWN). */
class FieldEdgesTest {
  enum Status { OPEN, UNKNOWN }

  @Test
  void flags_defaultsAndEachCopy() {
    TextField<Object> f = TextField.of("number");
    assertThat(f.filterable()).isTrue();
    assertThat(f.sortable()).isFalse();
    assertThat(f.list()).isFalse();
    assertThat(f.toString()).isEqualTo("TextField[number]");

    TextField<Object> all = f.asSortable().asList();
    assertThat(all.list()).isTrue();
    assertThat(all.sortable()).isTrue();
    assertThat(all.toString()).isEqualTo("TextField[number, sortable, list]");
    assertThat(all).isEqualTo(TextField.of("number").asList().asSortable())
        .hasSameHashCodeAs(TextField.of("number").asList().asSortable()).isNotEqualTo(f);

    TextField<Object> hidden = f.asNotFilterable();
    assertThat(hidden.filterable()).isFalse();
    assertThat(hidden.toString()).isEqualTo("TextField[number, not filterable]");
    assertThatThrownBy(() -> hidden.in("a", "b")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("number.in(values): field 'number' is not filterable");
    assertThatThrownBy(() -> hidden.eq("a")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("number.eq(value): field 'number' is not filterable");
  }

  @Test
  void copies_keepTheirKind() {
    assertThat(BooleanField.of("paid").asSortable()).isInstanceOf(BooleanField.class)
        .extracting(Field::sortable).isEqualTo(true);
    assertThat(DateField.of("due").asSortable().lt(LocalDate.of(2026, 1, 2)).toExpression())
        .isEqualTo("due lt 2026-01-02");
    assertThat(EnumField.of("status", Status.class).asSortable().eq(Status.OPEN).toExpression())
        .isEqualTo("status eq OPEN");
    assertThat(NumberField.of("qty").asList().list()).isTrue();
    assertThat(DateTimeField.of("at").asList().list()).isTrue();
    assertThat(MoneyField.of("total", "currency").asList().list()).isTrue();
    assertThat(BooleanField.of("paid").eq(true).toExpression()).isEqualTo("paid eq true");
  }

  @Test
  void dateLiteral_years0And9999Accepted_oneBeyondRejected() {
    DateField<Object> due = DateField.of("due");
    assertThat(due.eq(LocalDate.of(0, 1, 1)).toExpression()).isEqualTo("due eq 0000-01-01");
    assertThat(due.eq(LocalDate.of(9999, 12, 31)).toExpression()).isEqualTo("due eq 9999-12-31");
    assertThatThrownBy(() -> due.eq(LocalDate.of(-1, 12, 31)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("due.eq(value): year must be 0000 to 9999, was -0001-12-31");
    assertThatThrownBy(() -> due.eq(LocalDate.of(10000, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("due.eq(value): year must be 0000 to 9999, was +10000-01-01");
  }

  @Test
  void stringLiteral_pairedSurrogatesAccepted_unpairedAtTheEndRejected() {
    TextField<Object> note = TextField.of("note");
    assertThat(note.contains("\uD83D\uDE00").toExpression()).isEqualTo("note contains '\uD83D\uDE00'");
    assertThat(note.contains("a\uD83D\uDE00b").toExpression())
        .isEqualTo("note contains 'a\uD83D\uDE00b'");
    assertThatThrownBy(() -> note.contains("ab\uD83D"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("note.contains(value): value holds an unpaired UTF-16 surrogate at index 2");
  }

  @Test
  void enumLiteral_unknownRejected() {
    EnumField<Object, Status> status = EnumField.of("status", Status.class);
    assertThatThrownBy(() -> status.eq(Status.UNKNOWN)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("status.eq(value): UNKNOWN stands for values this SDK does not know and cannot"
            + " be used in a filter");
    assertThat(status.in(List.of(Status.OPEN)).toExpression()).isEqualTo("status in (OPEN)");
  }
}
