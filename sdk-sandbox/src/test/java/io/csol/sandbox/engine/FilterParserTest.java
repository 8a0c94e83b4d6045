package io.csol.sandbox.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FilterParserTest {

  private static String parse(String filter) {
    return FilterParser.parse(TestSpecs.SPEC, filter).toString();
  }

  private static QueryException fail(String filter) {
    try {
      FilterParser.parse(TestSpecs.SPEC, filter);
    } catch (QueryException e) {
      assertThat(e.slug()).isEqualTo("invalid-filter");
      assertThat(e.field()).isEqualTo("filter");
      return e;
    }
    throw new AssertionError("expected a QueryException for: " + filter);
  }

  @ParameterizedTest
  @ValueSource(strings = {"eq", "ne", "gt", "ge", "lt", "le"})
  void parse_everyCompareOperatorOnText_isAccepted(String op) {
    assertThat(parse("name " + op + " 'x'")).isEqualTo("name " + op + " 'x'");
  }

  @Test
  void parse_everyLiteralType_givesCanonicalValues() {
    assertThat(parse("total ge -10.50")).isEqualTo("total ge -10.50");
    assertThat(parse("total eq 7")).isEqualTo("total eq 7");
    assertThat(parse("dueDate lt 2026-12-01")).isEqualTo("dueDate lt 2026-12-01");
    assertThat(parse("updatedAt ge 2026-11-01T02:00:00+02:00")).isEqualTo("updatedAt ge 2026-11-01T00:00:00Z");
    assertThat(parse("updatedAt lt 2026-11-01T00:00:00.5-01:30")).isEqualTo("updatedAt lt 2026-11-01T01:30:00.500Z");
    assertThat(parse("flagged eq true")).isEqualTo("flagged eq true");
    assertThat(parse("flagged ne false")).isEqualTo("flagged ne false");
    assertThat(parse("status eq PARTIALLY_PAID")).isEqualTo("status eq 'PARTIALLY_PAID'");
    assertThat(parse("status eq 'PAID'")).isEqualTo("status eq 'PAID'");
    assertThat(parse("name startswith 'A'")).isEqualTo("name startswith 'A'");
    assertThat(parse("name contains 'b'")).isEqualTo("name contains 'b'");
    assertThat(parse("lines.serialNumber eq 'SN-1'")).isEqualTo("lines.serialNumber eq 'SN-1'");
  }

  @Test
  void parse_inList_acceptsOptionalSpacesAndMixedEnumForms() {
    assertThat(parse("status in (OPEN, 'PAID')")).isEqualTo("status in ('OPEN', 'PAID')");
    assertThat(parse("status in(OPEN,PAID)")).isEqualTo("status in ('OPEN', 'PAID')");
    assertThat(parse("total in ( 1 , 2.5 )")).isEqualTo("total in (1, 2.5)");
  }

  @Test
  void parse_precedence_notBindsTighterThanAndTighterThanOr() {
    assertThat(parse("name eq 'a' or name eq 'b' and not name eq 'c'"))
        .isEqualTo("(name eq 'a' or (name eq 'b' and (not name eq 'c')))");
    assertThat(parse("(name eq 'a' or name eq 'b') and total gt 1"))
        .isEqualTo("((name eq 'a' or name eq 'b') and total gt 1)");
    assertThat(parse("not (name eq 'a' and total gt 1)"))
        .isEqualTo("(not (name eq 'a' and total gt 1))");
    assertThat(parse("  name eq 'a'  ")).isEqualTo("name eq 'a'");
  }

  @Test
  void parse_doubledQuote_isOneQuoteAndNothingElseIsEscaped() {
    assertThat(parse("name eq 'O''Brien & Sons'")).isEqualTo("name eq 'O''Brien & Sons'");
    var node = (FilterNode.Compare) FilterParser.parse(TestSpecs.SPEC, "name eq 'x'' or status eq ''PAID'");
    assertThat(node.literals()).containsExactly("x' or status eq 'PAID");
    var raw = (FilterNode.Compare) FilterParser.parse(TestSpecs.SPEC, "name eq 'a\\b\"%*é'");
    assertThat(raw.literals()).containsExactly("a\\b\"%*é");
    var empty = (FilterNode.Compare) FilterParser.parse(TestSpecs.SPEC, "name eq ''");
    assertThat(empty.literals()).containsExactly("");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "status eq            | 9  | expected a literal after 'eq'",
      "status eq and        | 10 | expected a literal after 'eq'",
      "name eq 'x' and      | 15 | expected a field name",
      "name eq'x'           | 7  | expected a space after 'eq'",
      "name  eq  'x'and     | 13 | expected a space before 'and'",
      "name eq 'x' and(     | 15 | expected a space after 'and'",
      "name                 | 4  | expected an operator after 'name'",
      "name is 'x'          | 5  | expected an operator (eq, ne, gt, ge, lt, le, in, startswith, contains) after 'name'",
      "(name eq 'x'         | 12 | expected ')', 'and' or 'or'",
      "name eq 'x')         | 11 | unexpected ')' without a matching '('",
      "name eq 'x' name     | 12 | expected 'and', 'or' or the end of the filter",
      "name eq 'abc         | 12 | unterminated string (opened at position 8); expected a closing quote",
      "total eq 1.          | 11 | expected a digit after '.'",
      "total eq -x          | 10 | expected a digit after '-'",
      "dueDate eq 2026-1-01 | 17 | expected two digits of the month (YYYY-MM-DD)",
      "dueDate eq 2026-02-30 | 11 | invalid date '2026-02-30'",
      "updatedAt eq 2026-01-01T10:00:00 | 32 | expected 'Z' or an offset such as +01:00 after the time",
      "updatedAt eq 2026-01-01T25:00:00Z | 13 | invalid date-time '2026-01-01T25:00:00Z'",
      "updatedAt eq 2026-01-01T10:00Z | 29 | expected ':' in a time (THH:MM:SS)",
      "status eq Open       | 11 | unexpected character 'p' in an enum name (enum names are upper case, digits and '_', e.g. PARTIALLY_PAID)",
      "name eq 'a' && total eq 1 | 12 | unexpected character '&'",
      "lines. eq 'a'        | 6  | expected a lower-case field name after '.'",
      "not(name eq 'a')     | 3  | expected a space after 'not'",
      "not                  | 3  | expected a condition after 'not'",
      "status in OPEN       | 10 | expected '(' after 'in'",
      "status in ()         | 11 | expected a literal after '(' (an 'in' list holds 1 to 500 literals)",
      "status in (OPEN PAID) | 16 | expected ',' or ')' in the 'in' list",
      "status in (OPEN,)    | 16 | expected a literal after ','",
      "and eq 'x'           | 0  | expected a field name, found the keyword 'and'",
      ",                    | 0  | expected a field name, 'not' or '('",
  })
  void parse_malformed_reportsExactPositionAndExpectation(String filter, int position, String message) {
    QueryException e = fail(filter);
    assertThat(e.position()).isEqualTo(position);
    assertThat(e.getMessage()).isEqualTo(message + " at position " + position);
  }

  @Test
  void parse_whitespaceOtherThanSpace_isASyntaxError() {
    QueryException tab = fail("name eq\t'x'");
    assertThat(tab.position()).isEqualTo(7);
    assertThat(tab.getMessage()).contains("U+0009");
    assertThat(fail("name eq 'x'\nand total eq 1").position()).isEqualTo(11);
  }

  @Test
  void parse_blankFilter_expectsAFieldAtTheEnd() {
    assertThat(fail("   ").position()).isEqualTo(3);
  }

  @Test
  void parse_unknownField_namesItAndListsFilterableFields() {
    QueryException e = fail("name eq 'a' and colour eq 'red'");
    assertThat(e.position()).isEqualTo(16);
    assertThat(e.getMessage()).isEqualTo("unknown field 'colour'; filterable fields: number, name, total, dueDate, "
        + "updatedAt, flagged, status, orderNumbers, lines.serialNumber at position 16");
  }

  @Test
  void parse_literalOfWrongType_namesFieldAndExpectedType() {
    assertThat(fail("total eq 'ten'").getMessage())
        .isEqualTo("a string does not fit number field 'total' (expected a number such as 10.50) at position 9");
    assertThat(fail("name eq 5").getMessage())
        .isEqualTo("a number does not fit text field 'name' (expected a string such as 'abc') at position 8");
    assertThat(fail("dueDate gt 2026-01-01T00:00:00Z").getMessage()).contains("a date-time does not fit date field 'dueDate'");
    assertThat(fail("updatedAt gt 2026-01-01").getMessage()).contains("a date does not fit date-time field 'updatedAt'");
    assertThat(fail("flagged eq 'true'").getMessage()).contains("a string does not fit boolean field 'flagged'");
    assertThat(fail("status eq 1").getMessage()).contains("a number does not fit enum field 'status'");
    assertThat(fail("name eq OPEN").getMessage()).contains("an enum name does not fit text field 'name'");
    assertThat(fail("status in (OPEN, 2)").position()).isEqualTo(17);
  }

  @Test
  void parse_operatorNotAllowedForType_namesAllowedOperators() {
    assertThat(fail("flagged gt true").getMessage())
        .isEqualTo("operator 'gt' is not allowed on boolean field 'flagged'; allowed: eq, ne at position 8");
    assertThat(fail("status lt OPEN").getMessage())
        .isEqualTo("operator 'lt' is not allowed on enum field 'status'; allowed: eq, ne, in at position 7");
    assertThat(fail("total startswith '1'").getMessage()).contains("operator 'startswith' is not allowed on number field 'total'");
    assertThat(fail("flagged in (true)").getMessage()).contains("operator 'in' is not allowed on boolean field");
    assertThat(fail("name startswith 5").getMessage()).isEqualTo("a number does not fit text field 'name' "
        + "(expected a string such as 'abc') at position 16");
    assertThat(fail("name contains and").getMessage()).isEqualTo("expected a string after 'contains' at position 14");
  }

  @Test
  void parse_limits_lengthDepthAndInListSize() {
    String longest = "name eq '" + "x".repeat(4096 - 10) + "'";
    assertThat(longest).hasSize(4096);
    assertThat(parse(longest)).startsWith("name eq 'xxx");
    QueryException tooLong = fail(longest + " ");
    assertThat(tooLong.position()).isEqualTo(4096);
    assertThat(tooLong.getMessage()).contains("longer than 4096 characters (4097)");

    String deep32 = "(".repeat(32) + "name eq 'a'" + ")".repeat(32);
    assertThat(parse(deep32)).isEqualTo("name eq 'a'");
    QueryException deep = fail("(".repeat(33) + "name eq 'a'" + ")".repeat(33));
    assertThat(deep.position()).isEqualTo(32);
    assertThat(deep.getMessage()).contains("deeper than 32");
    assertThat(fail("not ".repeat(16) + "(".repeat(17) + "name eq 'a'" + ")".repeat(17)).position()).isEqualTo(64 + 16);
    assertThat(parse("not ".repeat(32) + "name eq 'a'")).startsWith("(not (not");
    assertThat(fail("not ".repeat(33) + "name eq 'a'").position()).isEqualTo(128);

    String in500 = IntStream.range(0, 500).mapToObj(i -> "'" + i + "'").collect(Collectors.joining(","));
    assertThat(parse("name in (" + in500 + ")")).startsWith("name in ('0', '1'");
    QueryException tooMany = fail("name in (" + in500 + ",'x')");
    assertThat(tooMany.getMessage()).startsWith("an 'in' list holds at most 500 literals");
    assertThat(tooMany.position()).isEqualTo(9 + in500.length() + 1);
  }

  @Test
  void compile_viaCollection_rejectsHostileInputWithQueryExceptionOnly() {
    assertThatThrownBy(() -> FilterCompiler.compile(TestSpecs.SPEC, "\u0000"))
        .isInstanceOf(QueryException.class).hasMessageContaining("U+0000");
    assertThatThrownBy(() -> FilterCompiler.compile(TestSpecs.SPEC, "name eq '\uD800'x"))
        .isInstanceOf(QueryException.class);
  }
}
