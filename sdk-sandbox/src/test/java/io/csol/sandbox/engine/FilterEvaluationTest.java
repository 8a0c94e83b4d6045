package io.csol.sandbox.engine;

import static io.csol.sandbox.engine.TestSpecs.inv;
import static org.assertj.core.api.Assertions.assertThat;

import io.csol.sandbox.engine.TestSpecs.Inv;
import io.csol.sandbox.engine.TestSpecs.Status;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class FilterEvaluationTest {
  private static final Inv A = inv("1", "Alpha", "10.50", "2026-11-30", "2026-11-01T10:00:00Z", true,
      Status.OPEN, List.of("ORD-1", "ORD-2"), List.of("SN-1", "SN-2"));
  private static final Inv B = inv("2", "beta", "-3", "2026-12-01", "2026-11-02T00:00:00Z", false,
      Status.PARTIALLY_PAID, List.of(), List.of("SN-3"));
  private static final Inv EMPTY = inv("3", null, null, null, null, null, Status.PAID, null, null);
  private static final List<Inv> ALL = List.of(A, B, EMPTY);

  private static List<String> matching(String filter) {
    Predicate<Inv> p = FilterCompiler.compile(TestSpecs.SPEC, filter);
    return ALL.stream().filter(p).map(Inv::number).toList();
  }

  @Test
  void evaluate_numbers_compareNumericallyNotByScale() {
    assertThat(matching("total eq 10.5")).containsExactly("1");
    assertThat(matching("total eq 10.500")).containsExactly("1");
    assertThat(matching("total gt -3")).containsExactly("1");
    assertThat(matching("total ge -3")).containsExactly("1", "2");
    assertThat(matching("total lt 0")).containsExactly("2");
    assertThat(matching("total le 10.50")).containsExactly("1", "2");
    assertThat(matching("total in (1, -3.00)")).containsExactly("2");
  }

  @Test
  void evaluate_absentValue_neverMatchesNotEvenNe() {
    assertThat(matching("name ne 'x'")).containsExactly("1", "2");
    assertThat(matching("total ne 0")).containsExactly("1", "2");
    assertThat(matching("flagged ne true")).containsExactly("2");
    assertThat(matching("orderNumbers ne 'x'")).containsExactly("1");
    assertThat(matching("not (name eq 'x')")).containsExactly("1", "2", "3");
  }

  @Test
  void evaluate_text_isOrdinalAndCaseSensitive() {
    assertThat(matching("name gt 'Z'")).containsExactly("2"); // 'b' > 'Z' in UTF-16
    assertThat(matching("name startswith 'Al'")).containsExactly("1");
    assertThat(matching("name startswith 'al'")).isEmpty();
    assertThat(matching("name contains 'et'")).containsExactly("2");
    assertThat(matching("name eq 'alpha'")).isEmpty();
  }

  @Test
  void evaluate_listField_matchesWhenAnyElementMatches() {
    assertThat(matching("orderNumbers eq 'ORD-2'")).containsExactly("1");
    assertThat(matching("lines.serialNumber eq 'SN-3'")).containsExactly("2");
    assertThat(matching("lines.serialNumber in ('SN-9', 'SN-1')")).containsExactly("1");
    assertThat(matching("lines.serialNumber startswith 'SN-'")).containsExactly("1", "2");
    assertThat(matching("orderNumbers startswith 'ORD'")).containsExactly("1");
  }

  @Test
  void evaluate_enum_acceptsBareAndQuotedNames() {
    assertThat(matching("status eq OPEN")).containsExactly("1");
    assertThat(matching("status eq 'OPEN'")).containsExactly("1");
    assertThat(matching("status ne OPEN")).containsExactly("2", "3");
    assertThat(matching("status in (PAID, 'PARTIALLY_PAID')")).containsExactly("2", "3");
    assertThat(matching("status eq 'NO_SUCH'")).isEmpty();
  }

  @Test
  void evaluate_datesAndInstants_offsetsNormalised() {
    assertThat(matching("dueDate lt 2026-12-01")).containsExactly("1");
    assertThat(matching("dueDate ge 2026-12-01")).containsExactly("2");
    assertThat(matching("updatedAt eq 2026-11-01T11:00:00+01:00")).containsExactly("1");
    assertThat(matching("updatedAt eq 2026-11-01T10:00:00.000Z")).containsExactly("1");
    assertThat(matching("updatedAt gt 2026-11-01T23:30:00-01:00")).isEmpty();
    assertThat(matching("updatedAt ge 2026-11-01T23:00:00-01:00")).containsExactly("2");
  }

  @Test
  void evaluate_booleansAndLogic_combineAsWritten() {
    assertThat(matching("flagged eq true")).containsExactly("1");
    assertThat(matching("flagged eq false or status eq PAID")).containsExactly("2", "3");
    assertThat(matching("status eq PAID or status eq OPEN and flagged eq false")).containsExactly("3");
    assertThat(matching("(status eq PAID or status eq OPEN) and flagged eq true")).containsExactly("1");
    assertThat(matching("not status eq PAID and not not flagged eq true")).containsExactly("1");
    assertThat(matching("name eq 'x'' or status eq ''PAID'")).isEmpty();
  }
}
