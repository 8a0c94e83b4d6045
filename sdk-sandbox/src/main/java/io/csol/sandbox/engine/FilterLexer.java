package io.csol.sandbox.engine;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Splits a filter into tokens; only U+0020 counts as whitespace, and every token records
 * whether a space preceded it so the parser can enforce the grammar's {@code ws1}.
 */
final class FilterLexer {
  enum Kind { LPAREN, RPAREN, COMMA, WORD, ENUM, STRING, NUMBER, DATE, DATE_TIME, EOF }

  /** One token; {@code value} holds the literal's Java value for literal kinds. */
  record Token(Kind kind, String text, Object value, int start, boolean spaceBefore) {
    boolean isWord(String word) {
      return kind == Kind.WORD && text.equals(word);
    }
  }

  private final String in;
  private int pos;

  FilterLexer(String input) {
    this.in = input;
  }

  Token next() {
    int before = pos;
    while (pos < in.length() && in.charAt(pos) == ' ') {
      pos++;
    }
    boolean space = pos > before;
    int start = pos;
    if (pos >= in.length()) {
      return new Token(Kind.EOF, "", null, start, space);
    }
    char c = in.charAt(pos);
    switch (c) {
      case '(':
        pos++;
        return new Token(Kind.LPAREN, "(", null, start, space);
      case ')':
        pos++;
        return new Token(Kind.RPAREN, ")", null, start, space);
      case ',':
        pos++;
        return new Token(Kind.COMMA, ",", null, start, space);
      case '\'':
        return string(start, space);
      default:
        break;
    }
    if (isLower(c)) {
      return word(start, space);
    }
    if (isUpper(c)) {
      return enumName(start, space);
    }
    if (isDigit(c) || c == '-') {
      return numberOrDate(start, space);
    }
    throw QueryException.filter(start, "unexpected character " + describe(c));
  }

  private Token string(int start, boolean space) {
    StringBuilder value = new StringBuilder();
    pos++;
    while (true) {
      if (pos >= in.length()) {
        throw QueryException.filter(in.length(), "unterminated string (opened at position " + start + "); expected a closing quote");
      }
      char c = in.charAt(pos++);
      if (c == '\'') {
        if (pos < in.length() && in.charAt(pos) == '\'') {
          value.append('\'');
          pos++;
        } else {
          break;
        }
      } else {
        value.append(c);
      }
    }
    return new Token(Kind.STRING, in.substring(start, pos), value.toString(), start, space);
  }

  private Token word(int start, boolean space) {
    while (true) {
      pos++; // the current char is a valid first letter of a name
      while (pos < in.length() && (isLetter(in.charAt(pos)) || isDigit(in.charAt(pos)))) {
        pos++;
      }
      if (pos < in.length() && in.charAt(pos) == '.') {
        pos++;
        if (pos >= in.length() || !isLower(in.charAt(pos))) {
          throw QueryException.filter(pos, "expected a lower-case field name after '.'");
        }
        continue;
      }
      break;
    }
    if (pos < in.length() && in.charAt(pos) == '_') {
      throw QueryException.filter(pos, "unexpected character '_' in a field name");
    }
    String text = in.substring(start, pos);
    return new Token(Kind.WORD, text, null, start, space);
  }

  private Token enumName(int start, boolean space) {
    pos++;
    while (pos < in.length() && (isUpper(in.charAt(pos)) || isDigit(in.charAt(pos)) || in.charAt(pos) == '_')) {
      pos++;
    }
    if (pos < in.length() && (isLower(in.charAt(pos)) || in.charAt(pos) == '.')) {
      throw QueryException.filter(pos, "unexpected character " + describe(in.charAt(pos))
          + " in an enum name (enum names are upper case, digits and '_', e.g. PARTIALLY_PAID)");
    }
    String text = in.substring(start, pos);
    return new Token(Kind.ENUM, text, text, start, space);
  }

  private Token numberOrDate(int start, boolean space) {
    boolean negative = in.charAt(pos) == '-';
    if (negative) {
      pos++;
      if (pos >= in.length() || !isDigit(in.charAt(pos))) {
        throw QueryException.filter(pos, "expected a digit after '-'");
      }
    }
    int digits = digits();
    if (!negative && digits == 4 && peek() == '-') {
      return date(start, space);
    }
    if (peek() == '.') {
      pos++;
      if (digits() == 0) {
        throw QueryException.filter(pos, "expected a digit after '.'");
      }
    }
    String text = in.substring(start, pos);
    return new Token(Kind.NUMBER, text, new BigDecimal(text), start, space);
  }

  private Token date(int start, boolean space) {
    expect('-', "'-' in a date (YYYY-MM-DD)");
    fixedDigits(2, "two digits of the month (YYYY-MM-DD)");
    expect('-', "'-' in a date (YYYY-MM-DD)");
    fixedDigits(2, "two digits of the day (YYYY-MM-DD)");
    LocalDate date;
    try {
      date = LocalDate.parse(in.substring(start, pos));
    } catch (DateTimeException e) {
      throw QueryException.filter(start, "invalid date '" + in.substring(start, pos) + "'");
    }
    if (peek() != 'T') {
      return new Token(Kind.DATE, in.substring(start, pos), date, start, space);
    }
    pos++;
    int h = fixedDigits(2, "two digits of the hour (THH:MM:SS)");
    expect(':', "':' in a time (THH:MM:SS)");
    int m = fixedDigits(2, "two digits of the minutes (THH:MM:SS)");
    expect(':', "':' in a time (THH:MM:SS)");
    int s = fixedDigits(2, "two digits of the seconds (THH:MM:SS)");
    int nanos = 0;
    if (peek() == '.') {
      pos++;
      int from = pos;
      int n = digits();
      if (n == 0 || n > 9) {
        throw QueryException.filter(n == 0 ? pos : from, "expected 1 to 9 digits of a fraction of a second");
      }
      nanos = Integer.parseInt((in.substring(from, pos) + "000000000").substring(0, 9));
    }
    int offsetSeconds = offset();
    try {
      LocalDateTime local = LocalDateTime.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), h, m, s, nanos);
      return new Token(Kind.DATE_TIME, in.substring(start, pos),
          local.toInstant(ZoneOffset.ofTotalSeconds(offsetSeconds)), start, space);
    } catch (DateTimeException e) {
      throw QueryException.filter(start, "invalid date-time '" + in.substring(start, pos) + "'");
    }
  }

  private int offset() {
    char c = peek();
    if (c == 'Z') {
      pos++;
      return 0;
    }
    if (c != '+' && c != '-') {
      throw QueryException.filter(pos, "expected 'Z' or an offset such as +01:00 after the time");
    }
    pos++;
    int oh = fixedDigits(2, "two digits of the offset hours (+HH:MM)");
    expect(':', "':' in an offset (+HH:MM)");
    int om = fixedDigits(2, "two digits of the offset minutes (+HH:MM)");
    if (oh > 18 || om > 59 || (oh == 18 && om > 0)) {
      throw QueryException.filter(pos - 6, "invalid offset '" + in.substring(pos - 6, pos) + "'");
    }
    int total = oh * 3600 + om * 60;
    return c == '-' ? -total : total;
  }

  private int digits() {
    int from = pos;
    while (pos < in.length() && isDigit(in.charAt(pos))) {
      pos++;
    }
    return pos - from;
  }

  private int fixedDigits(int count, String what) {
    int value = 0;
    for (int i = 0; i < count; i++) {
      if (pos >= in.length() || !isDigit(in.charAt(pos))) {
        throw QueryException.filter(pos, "expected " + what);
      }
      value = value * 10 + (in.charAt(pos++) - '0');
    }
    return value;
  }

  private void expect(char c, String what) {
    if (peek() != c) {
      throw QueryException.filter(pos, "expected " + what);
    }
    pos++;
  }

  private char peek() {
    return pos < in.length() ? in.charAt(pos) : '\0';
  }

  static String describe(char c) {
    if (c < 0x20 || c == 0x7f || Character.isWhitespace(c) || Character.isISOControl(c)
        || Character.isSurrogate(c) || Character.getType(c) == Character.FORMAT) {
      return String.format("U+%04X (only the space character separates tokens)", (int) c);
    }
    return "'" + c + "'";
  }

  private static boolean isLower(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean isLetter(char c) {
    return isLower(c) || isUpper(c);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
