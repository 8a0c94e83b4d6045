package io.csol.sdk.core.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryMisuseTest {

  enum Status { OPEN, PAID, UNKNOWN }

  private static final TextField<Object> PO = TextField.<Object>of("purchaseOrderNumber");
  private static final EnumField<Object, Status> STATUS = EnumField.<Object, Status>of("status", Status.class).asSortable();

  @Test
  void asc_nonSortableField_throwsNamingTheField() {
    assertThatThrownBy(PO::asc).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("purchaseOrderNumber").hasMessageContaining("not sortable");
    assertThatThrownBy(PO::desc).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("purchaseOrderNumber");
    assertThat(STATUS.desc().toExpression()).isEqualTo("-status");
    assertThat(PO.asSortable().asc().toExpression()).isEqualTo("purchaseOrderNumber");
  }

  @Test
  void in_emptyOrTooMany_throwsNamingFieldAndRange() {
    assertThatThrownBy(() -> PO.in()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("purchaseOrderNumber.in(values)").hasMessageContaining("1 to 500");
    assertThatThrownBy(() -> STATUS.in(List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("status.in(values)");
    List<String> many = new ArrayList<>(Collections.nCopies(501, "x"));
    assertThatThrownBy(() -> PO.in(many)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("was 501");
    assertThat(PO.in(many.subList(0, 500)).toExpression()).startsWith("purchaseOrderNumber in ('x', ");
  }

  @Test
  void nullValues_throwNullPointerNamingFieldAndOperator() {
    assertThatThrownBy(() -> STATUS.in(Status.OPEN, null)).isInstanceOf(NullPointerException.class)
        .hasMessage("status.in(values): values must not contain null");
    assertThatThrownBy(() -> PO.in(Arrays.asList("a", null))).isInstanceOf(NullPointerException.class)
        .hasMessage("purchaseOrderNumber.in(values): values must not contain null");
    assertThatThrownBy(() -> PO.in((String[]) null)).isInstanceOf(NullPointerException.class)
        .hasMessage("purchaseOrderNumber.in(values): values must not be null");
    assertThatThrownBy(() -> PO.eq(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("purchaseOrderNumber.eq(value): value must not be null");
    assertThatThrownBy(() -> PO.startsWith(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("purchaseOrderNumber.startsWith(value): value must not be null");
    assertThatThrownBy(() -> STATUS.ne(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("status.ne(value)");
    assertThatThrownBy(() -> NumberField.<Object>of("n").gt((BigDecimal) null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("n.gt(value)");
    assertThatThrownBy(() -> MoneyField.<Object>of("total", "currency").ge((io.csol.sdk.core.Money) null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("total.ge(value)");
    assertThatThrownBy(() -> DateField.<Object>of("d").le((LocalDate) null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("d.le(value)");
    assertThatThrownBy(() -> DateTimeField.<Object>of("t").lt((OffsetDateTime) null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("t.lt(value)");
    assertThatThrownBy(() -> DateTimeField.<Object>of("t").lt((Instant) null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("t.lt(value)");
  }

  @Test
  void combinators_misuse_throw() {
    assertThatThrownBy(() -> Filter.and()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one");
    assertThatThrownBy(() -> Filter.or(STATUS.eq(Status.OPEN), null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("Filter.or(filters)");
    assertThatThrownBy(() -> Filter.and((Filter[]) null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void fieldNames_offGrammarOrKeyword_areRejected() {
    for (String bad : List.of("", "Status", "due date", "a..b", "1abc", "x'", "and", "lines.in", "a_b")) {
      assertThatThrownBy(() -> TextField.<Object>of(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("name");
    }
    assertThatThrownBy(() -> TextField.<Object>of(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> EnumField.of("status", null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("type");
    assertThat(TextField.<Object>of("lines.serialNumber").name()).isEqualTo("lines.serialNumber");
  }

  @Test
  void notFilterableField_refusesFiltersButSorts() {
    TextField<Object> lines = TextField.<Object>of("lines").asNotFilterable().asSortable();
    assertThat(lines.filterable()).isFalse();
    assertThat(lines.sortable()).isTrue();
    assertThatThrownBy(() -> lines.eq("x")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'lines' is not filterable");
    assertThat(lines.asc().toExpression()).isEqualTo("lines");
  }

  @Test
  void fieldDeclarations_areImmutableValues() {
    TextField<Object> plain = TextField.<Object>of("number");
    TextField<Object> sortable = plain.asSortable();
    assertThat(plain.sortable()).isFalse();
    assertThat(sortable.sortable()).isTrue();
    assertThat(sortable).isEqualTo(TextField.<Object>of("number").asSortable()).isNotEqualTo(plain);
    assertThat(STATUS.type()).isEqualTo(Status.class);
    assertThat(sortable.toString()).contains("number").contains("sortable");
  }
}
