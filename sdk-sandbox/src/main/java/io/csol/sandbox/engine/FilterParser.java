package io.csol.sandbox.engine;

import io.csol.sandbox.engine.FilterLexer.Kind;
import io.csol.sandbox.engine.FilterLexer.Token;
import io.csol.sandbox.engine.FilterNode.Op;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Recursive-descent parser of the filter grammar in docs/query-language.md, type-checking
 * every comparison against the resource's fields. Errors are {@link QueryException}s with
 * the 0-based position; nesting is bounded, so hostile input cannot exhaust the stack.
 */
final class FilterParser {
  static final int MAX_LENGTH = 4096;
  static final int MAX_DEPTH = 32;
  static final int MAX_IN = 500;
  private static final Set<String> COMPARE = Set.of("eq", "ne", "gt", "ge", "lt", "le");

  private final ResourceSpec<?> spec;
  private final FilterLexer lexer;
  private Token tok;

  private FilterParser(ResourceSpec<?> spec, String input) {
    this.spec = spec;
    this.lexer = new FilterLexer(input);
  }

  static FilterNode parse(ResourceSpec<?> spec, String input) {
    if (input.length() > MAX_LENGTH) {
      throw QueryException.filter(MAX_LENGTH, "filter is longer than " + MAX_LENGTH + " characters (" + input.length() + ")");
    }
    FilterParser p = new FilterParser(spec, input);
    p.advance();
    FilterNode node = p.or(0);
    if (p.tok.kind() != Kind.EOF) {
      throw p.error(p.tok.kind() == Kind.RPAREN ? "unexpected ')' without a matching '('"
          : "expected 'and', 'or' or the end of the filter");
    }
    return node;
  }

  private void advance() {
    tok = lexer.next();
  }

  private QueryException error(String message) {
    return QueryException.filter(tok.start(), message);
  }

  private FilterNode or(int depth) {
    List<FilterNode> parts = new ArrayList<>();
    parts.add(and(depth));
    while (tok.isWord("or")) {
      keywordThenSpace("or");
      parts.add(and(depth));
    }
    return parts.size() == 1 ? parts.get(0) : new FilterNode.Or(List.copyOf(parts));
  }

  private FilterNode and(int depth) {
    List<FilterNode> parts = new ArrayList<>();
    parts.add(unary(depth));
    while (tok.isWord("and")) {
      keywordThenSpace("and");
      parts.add(unary(depth));
    }
    return parts.size() == 1 ? parts.get(0) : new FilterNode.And(List.copyOf(parts));
  }

  /** Consumes a binary keyword that must have a space on both sides. */
  private void keywordThenSpace(String keyword) {
    if (!tok.spaceBefore()) {
      throw error("expected a space before '" + keyword + "'");
    }
    advance();
    if (!tok.spaceBefore() && tok.kind() != Kind.EOF) {
      throw error("expected a space after '" + keyword + "'");
    }
  }

  private FilterNode unary(int depth) {
    if (tok.isWord("not")) {
      if (depth + 1 > MAX_DEPTH) {
        throw error("filter nests parentheses and 'not' deeper than " + MAX_DEPTH + " levels");
      }
      advance();
      if (!tok.spaceBefore() || tok.kind() == Kind.EOF) {
        throw error(tok.kind() == Kind.EOF ? "expected a condition after 'not'" : "expected a space after 'not'");
      }
      return new FilterNode.Not(unary(depth + 1));
    }
    if (tok.kind() == Kind.LPAREN) {
      if (depth + 1 > MAX_DEPTH) {
        throw error("filter nests parentheses and 'not' deeper than " + MAX_DEPTH + " levels");
      }
      advance();
      FilterNode inner = or(depth + 1);
      if (tok.kind() != Kind.RPAREN) {
        throw error("expected ')', 'and' or 'or'");
      }
      advance();
      return inner;
    }
    return comparison();
  }

  private FilterNode comparison() {
    if (tok.kind() != Kind.WORD) {
      throw error(tok.kind() == Kind.EOF ? "expected a field name" : "expected a field name, 'not' or '('");
    }
    if (ResourceSpec.KEYWORDS.contains(tok.text())) {
      throw error("expected a field name, found the keyword '" + tok.text() + "'");
    }
    FieldSpec<?> field = spec.fields().get(tok.text());
    if (field == null) {
      throw error("unknown field '" + tok.text() + "'; filterable fields: " + String.join(", ", spec.fields().keySet()));
    }
    advance();
    if (tok.kind() == Kind.EOF || !tok.spaceBefore()) {
      throw error(tok.kind() == Kind.EOF ? "expected an operator after '" + field.name() + "'"
          : "expected a space after '" + field.name() + "'");
    }
    String opWord = tok.kind() == Kind.WORD ? tok.text() : "";
    if (!COMPARE.contains(opWord) && !opWord.equals("in") && !opWord.equals("startswith") && !opWord.equals("contains")) {
      throw error("expected an operator (eq, ne, gt, ge, lt, le, in, startswith, contains) after '" + field.name() + "'");
    }
    Op op = Op.valueOf(opWord.toUpperCase(Locale.ROOT));
    checkOperator(field, op);
    advance();
    if (op == Op.IN) {
      return new FilterNode.Compare(field, op, inList(field));
    }
    if (tok.kind() == Kind.EOF || !isLiteral(tok)) {
      throw error("expected " + (op == Op.STARTSWITH || op == Op.CONTAINS ? "a string" : "a literal")
          + " after '" + opWord + "'");
    }
    if (!tok.spaceBefore()) {
      throw error("expected a space after '" + opWord + "'");
    }
    List<Object> value = List.of(literal(field));
    return new FilterNode.Compare(field, op, value);
  }

  private List<Object> inList(FieldSpec<?> field) {
    if (tok.kind() != Kind.LPAREN) {
      throw error("expected '(' after 'in'");
    }
    advance();
    List<Object> values = new ArrayList<>();
    while (true) {
      if (!isLiteral(tok)) {
        throw error(values.isEmpty() ? "expected a literal after '(' (an 'in' list holds 1 to " + MAX_IN + " literals)"
            : "expected a literal after ','");
      }
      if (values.size() == MAX_IN) {
        throw error("an 'in' list holds at most " + MAX_IN + " literals");
      }
      values.add(literal(field));
      if (tok.kind() == Kind.RPAREN) {
        advance();
        return List.copyOf(values);
      }
      if (tok.kind() != Kind.COMMA) {
        throw error("expected ',' or ')' in the 'in' list");
      }
      advance();
    }
  }

  private static boolean isLiteral(Token t) {
    return switch (t.kind()) {
      case STRING, NUMBER, DATE, DATE_TIME, ENUM -> true;
      case WORD -> t.text().equals("true") || t.text().equals("false");
      default -> false;
    };
  }

  private void checkOperator(FieldSpec<?> field, Op op) {
    FieldType type = field.type();
    boolean ok = switch (op) {
      case EQ, NE -> true;
      case IN -> type != FieldType.BOOLEAN;
      case STARTSWITH, CONTAINS -> type == FieldType.TEXT;
      default -> type != FieldType.BOOLEAN && type != FieldType.ENUM;
    };
    if (!ok) {
      String allowed = switch (type) {
        case TEXT -> "eq, ne, gt, ge, lt, le, in, startswith, contains";
        case BOOLEAN -> "eq, ne";
        case ENUM -> "eq, ne, in";
        default -> "eq, ne, gt, ge, lt, le, in";
      };
      throw error("operator '" + op.keyword() + "' is not allowed on " + typeName(type)
          + " field '" + field.name() + "'; allowed: " + allowed);
    }
  }

  /** Consumes the current literal token, checking it fits the field's type; returns its canonical value. */
  private Object literal(FieldSpec<?> field) {
    Token t = tok;
    Object value = switch (field.type()) {
      case TEXT -> t.kind() == Kind.STRING ? t.value() : null;
      case NUMBER -> t.kind() == Kind.NUMBER ? t.value() : null;
      case DATE -> t.kind() == Kind.DATE ? t.value() : null;
      case DATE_TIME -> t.kind() == Kind.DATE_TIME ? t.value() : null;
      case BOOLEAN -> t.kind() == Kind.WORD ? Boolean.valueOf(t.text()) : null;
      case ENUM -> t.kind() == Kind.ENUM || t.kind() == Kind.STRING ? t.value() : null;
    };
    if (value == null) {
      throw error(kindName(t) + " does not fit " + typeName(field.type()) + " field '" + field.name()
          + "' (expected " + example(field.type()) + ")");
    }
    advance();
    return value;
  }

  private static String kindName(Token t) {
    return switch (t.kind()) {
      case STRING -> "a string";
      case NUMBER -> "a number";
      case DATE -> "a date";
      case DATE_TIME -> "a date-time";
      case ENUM -> "an enum name";
      default -> "a boolean";
    };
  }

  static String typeName(FieldType type) {
    return type.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String example(FieldType type) {
    return switch (type) {
      case TEXT -> "a string such as 'abc'";
      case NUMBER -> "a number such as 10.50";
      case DATE -> "a date such as 2026-12-01";
      case DATE_TIME -> "a date-time such as 2026-11-01T00:00:00Z";
      case BOOLEAN -> "true or false";
      case ENUM -> "an enum name such as OPEN or 'OPEN'";
    };
  }
}
