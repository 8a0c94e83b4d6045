package io.csol.codegen;

import java.util.Locale;

/** Turns contract descriptions into Javadoc text. */
final class Docs {
  private Docs() {
  }

  /**
   * Escapes Markdown-ish contract text for Javadoc: backticks become {@code {@code}}, and the
   * characters Javadoc would read as markup ({@code <}, {@code >}, {@code &}, {@code @},
   * a comment end) are escaped outside them.
   */
  static String javadoc(String text) {
    String flat = text.strip().replaceAll("\\s*\\n\\s*", " ");
    StringBuilder out = new StringBuilder();
    String[] parts = flat.split("`", -1);
    for (int i = 0; i < parts.length; i++) {
      boolean code = i % 2 == 1 && i < parts.length - 1;
      if (code) {
        out.append("{@code ").append(parts[i].replace("*/", "*&#47;").replace("@", "&#64;"))
            .append('}');
      } else {
        String part = i % 2 == 1 ? "`" + parts[i] : parts[i];
        out.append(part.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("@", "&#64;").replace("*/", "*&#47;"));
      }
    }
    return out.toString();
  }

  /** A sentence ending in a full stop. */
  static String sentence(String text) {
    String t = text.strip();
    return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") ? t : t + ".";
  }

  /** Text without its closing full stop, to append a clause. */
  static String clause(String text) {
    String t = text.strip();
    return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
  }

  /** {@code issueDate} becomes {@code the issue date}. */
  static String humanize(String name) {
    StringBuilder out = new StringBuilder("the ");
    for (char c : name.toCharArray()) {
      if (Character.isUpperCase(c)) {
        out.append(' ').append(Character.toLowerCase(c));
      } else if (c == '.' || c == '_') {
        out.append(' ');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** {@code issueDate} and {@code lines.serialNumber} become {@code ISSUE_DATE}, {@code LINES_SERIAL_NUMBER}. */
  static String upperSnake(String name) {
    StringBuilder out = new StringBuilder();
    char prev = 0;
    for (char c : name.toCharArray()) {
      if (c == '.' || c == '-' || c == '_') {
        out.append('_');
      } else if (Character.isUpperCase(c) && prev != 0 && !Character.isUpperCase(prev)
          && prev != '.' && prev != '-' && prev != '_') {
        out.append('_').append(c);
      } else if (Character.isDigit(c) && prev != 0 && Character.isLetter(prev)) {
        out.append('_').append(c);
      } else {
        out.append(Character.toUpperCase(c));
      }
      prev = c;
    }
    return out.toString().toUpperCase(Locale.ROOT);
  }

  /** {@code forwardInvoice} becomes {@code ForwardInvoice}. */
  static String capitalize(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** The singular used by a list builder's {@code addX}: {@code recipients} becomes {@code Recipient}. */
  static String singular(String name) {
    String s;
    if (name.endsWith("ies")) {
      s = name.substring(0, name.length() - 3) + "y";
    } else if (name.endsWith("sses") || name.endsWith("xes")) {
      s = name.substring(0, name.length() - 2);
    } else if (name.endsWith("s") && !name.endsWith("ss")) {
      s = name.substring(0, name.length() - 1);
    } else {
      s = name + "Item";
    }
    return capitalize(s);
  }
}
