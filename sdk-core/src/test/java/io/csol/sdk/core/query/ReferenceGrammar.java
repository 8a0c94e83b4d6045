package io.csol.sdk.core.query;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An independent reading of docs/query-language.md used to check what the SDK emits: a tokenizer
 * and a recursive-descent parser that turns a filter into an s-expression such as
 * {@code (and (eq status OPEN) (lt dueDate 2026-12-01))}, failing on anything off-grammar.
 */
final class ReferenceGrammar {

  enum Kind { STRING, WORD, NUMBER, DATE, DATE_TIME, LPAREN, RPAREN, COMMA }

  record Token(Kind kind, String text) {}

  private static final Pattern DATE_TIME = Pattern.compile(
      "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9_]*(\\.[a-z][A-Za-z0-9]*)*");
  private static final List<String> COMPARE = List.of("eq", "ne", "gt", "ge", "lt", "le");

  private final List<Token> tokens;
  private int pos;

  private ReferenceGrammar(List<Token> tokens) {
    this.tokens = tokens;
  }

  /** Splits a filter into tokens; a STRING token's text is the decoded value. */
  static List<Token> tokenize(String s) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == ' ') {
        i++;
      } else if (c == '(' || c == ')' || c == ',') {
        out.add(new Token(c == '(' ? Kind.LPAREN : c == ')' ? Kind.RPAREN : Kind.COMMA, String.valueOf(c)));
        i++;
      } else if (c == '\'') {
        StringBuilder value = new StringBuilder();
        i++;
        while (true) {
          if (i >= s.length()) {
            throw new IllegalArgumentException("unterminated string");
          }
          if (s.charAt(i) == '\'') {
            if (i + 1 < s.length() && s.charAt(i + 1) == '\'') {
              value.append('\'');
              i += 2;
              continue;
            }
            i++;
            break;
          }
          value.append(s.charAt(i++));
        }
        out.add(new Token(Kind.STRING, value.toString()));
      } else {
        i = matchAny(s, i, out);
      }
    }
    return out;
  }

  private static int matchAny(String s, int i, List<Token> out) {
    for (var entry : List.of(
        java.util.Map.entry(Kind.DATE_TIME, DATE_TIME), java.util.Map.entry(Kind.DATE, DATE),
        java.util.Map.entry(Kind.NUMBER, NUMBER), java.util.Map.entry(Kind.WORD, WORD))) {
      Matcher m = entry.getValue().matcher(s).region(i, s.length());
      if (m.lookingAt()) {
        int end = m.end();
        if (end < s.length() && " (),".indexOf(s.charAt(end)) < 0) {
          continue; // a token must end at a delimiter
        }
        out.add(new Token(entry.getKey(), m.group()));
        return end;
      }
    }
    throw new IllegalArgumentException("unexpected character at " + i + ": " + s.charAt(i));
  }

  /** Parses a whole filter into an s-expression. */
  static String parse(String filter) {
    ReferenceGrammar p = new ReferenceGrammar(tokenize(filter));
    String tree = p.or();
    if (p.pos != p.tokens.size()) {
      throw new IllegalArgumentException("trailing input at token " + p.pos);
    }
    return tree;
  }

  private String or() {
    List<String> parts = new ArrayList<>(List.of(and()));
    while (peekWord("or")) {
      pos++;
      parts.add(and());
    }
    return parts.size() == 1 ? parts.get(0) : "(or " + String.join(" ", parts) + ")";
  }

  private String and() {
    List<String> parts = new ArrayList<>(List.of(unary()));
    while (peekWord("and")) {
      pos++;
      parts.add(unary());
    }
    return parts.size() == 1 ? parts.get(0) : "(and " + String.join(" ", parts) + ")";
  }

  private String unary() {
    if (peekWord("not")) {
      pos++;
      return "(not " + unary() + ")";
    }
    if (peek(Kind.LPAREN)) {
      pos++;
      String inner = or();
      expect(Kind.RPAREN);
      return inner;
    }
    return comparison();
  }

  private String comparison() {
    String field = expect(Kind.WORD).text();
    String op = expect(Kind.WORD).text();
    if (COMPARE.contains(op)) {
      return "(" + op + " " + field + " " + literal() + ")";
    }
    if (op.equals("startswith") || op.equals("contains")) {
      return "(" + op + " " + field + " " + quote(expect(Kind.STRING).text()) + ")";
    }
    if (op.equals("in")) {
      expect(Kind.LPAREN);
      List<String> values = new ArrayList<>(List.of(literal()));
      while (peek(Kind.COMMA)) {
        pos++;
        values.add(literal());
      }
      expect(Kind.RPAREN);
      return "(in " + field + " " + String.join(" ", values) + ")";
    }
    throw new IllegalArgumentException("unknown operator " + op);
  }

  private String literal() {
    Token t = tokens.get(pos++);
    switch (t.kind()) {
      case STRING:
        return quote(t.text());
      case NUMBER:
      case DATE:
      case DATE_TIME:
        return t.text();
      case WORD:
        if (t.text().equals("true") || t.text().equals("false") || t.text().matches("[A-Z][A-Z0-9_]*")) {
          return t.text();
        }
        throw new IllegalArgumentException("not a literal: " + t.text());
      default:
        throw new IllegalArgumentException("not a literal: " + t);
    }
  }

  private static String quote(String value) {
    return "'" + value + "'";
  }

  private boolean peekWord(String word) {
    return pos < tokens.size() && tokens.get(pos).kind() == Kind.WORD && tokens.get(pos).text().equals(word);
  }

  private boolean peek(Kind kind) {
    return pos < tokens.size() && tokens.get(pos).kind() == kind;
  }

  private Token expect(Kind kind) {
    if (!peek(kind)) {
      throw new IllegalArgumentException("expected " + kind + " at token " + pos);
    }
    return tokens.get(pos++);
  }
}
