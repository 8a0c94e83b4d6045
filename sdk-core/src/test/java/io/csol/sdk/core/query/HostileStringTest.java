package io.csol.sdk.core.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csol.sdk.core.query.ReferenceGrammar.Kind;
import io.csol.sdk.core.query.ReferenceGrammar.Token;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HostileStringTest {

  private static final TextField<Object> NAME = TextField.<Object>of("customerName");

  static Stream<String> hostileValues() {
    return Stream.of(
        "x' or status eq 'PAID",
        "'",
        "''",
        "'''",
        "it's",
        "a'b'c",
        "\\",
        "\\'",
        "back\\slash\\' or 1 eq 1 or '",
        "\"double\" \"quotes\"",
        "",
        " ",
        "  leading and trailing  ",
        ") or (status eq PAID",
        "a, b)",
        "%27 or %25",
        "tab\tand\nnewline\r",
        "Ünïcødé ✓ 日本語 😀 \u0000",
        "not status eq OPEN",
        "'".repeat(2100),
        "x".repeat(4097),
        "' or ".repeat(900));
  }

  @ParameterizedTest
  @MethodSource("hostileValues")
  void eq_hostileValue_compilesToExactlyOneStringLiteralWithTheOriginalValue(String value) {
    for (Filter<Object> f : List.of(NAME.eq(value), NAME.ne(value), NAME.lt(value), NAME.startsWith(value),
        NAME.contains(value))) {
      List<Token> tokens = ReferenceGrammar.tokenize(f.toExpression());

      assertThat(tokens).hasSize(3);
      assertThat(tokens.get(0)).isEqualTo(new Token(Kind.WORD, "customerName"));
      assertThat(tokens.get(1).kind()).isEqualTo(Kind.WORD);
      assertThat(tokens.stream().filter(t -> t.kind() == Kind.STRING)).containsExactly(new Token(Kind.STRING, value));
    }
  }

  @ParameterizedTest
  @MethodSource("hostileValues")
  void in_hostileValues_compileToOneLiteralEach(String value) {
    List<Token> tokens = ReferenceGrammar.tokenize(NAME.in(value, "ok", value).toExpression());

    assertThat(tokens.stream().filter(t -> t.kind() == Kind.STRING).map(Token::text))
        .containsExactly(value, "ok", value);
    assertThat(ReferenceGrammar.parse(NAME.in(value).toExpression())).startsWith("(in customerName '");
  }

  @ParameterizedTest
  @MethodSource("hostileValues")
  void combined_hostileValue_keepsTheFilterStructure(String value) {
    Filter<Object> f = Filter.and(NAME.eq(value), TextField.<Object>of("status").eq("OPEN"));
    assertThat(ReferenceGrammar.parse(f.toExpression()))
        .isEqualTo("(and (eq customerName '" + value + "') (eq status 'OPEN'))");
  }

  @org.junit.jupiter.api.Test
  void eq_unpairedSurrogate_isRejectedInsteadOfBeingMangled() {
    assertThatThrownBy(() -> NAME.eq("a\uD800b")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("customerName.eq(value)").hasMessageContaining("surrogate");
    assertThat(NAME.eq("\uD83D\uDE00").toExpression()).isEqualTo("customerName eq '\uD83D\uDE00'");
  }
}
