package io.csol.sdk.core.spi;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** Expands {@code /v1/invoices/{number}} templates, encoding each value as one path segment. */
final class PathTemplate {
  private PathTemplate() {
  }

  static String expand(String template, Object[] params) {
    Objects.requireNonNull(template, "pathTemplate must not be null");
    if (!template.startsWith("/")) {
      throw new IllegalArgumentException("pathTemplate must start with '/': " + template);
    }
    List<Object> remaining = params == null ? new ArrayList<>()
        : new ArrayList<>(Arrays.asList(params)); // Arrays.asList: a null value is reported below
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c != '{') {
        out.append(c);
        i++;
        continue;
      }
      int end = template.indexOf('}', i);
      if (end < 0) {
        throw new IllegalArgumentException("pathTemplate has an unclosed '{': " + template);
      }
      if (remaining.isEmpty()) {
        throw new IllegalArgumentException("pathParams: too few values for " + template);
      }
      Object v = remaining.remove(0);
      if (v == null || v.toString().isEmpty()) {
        throw new IllegalArgumentException(
            "pathParams: value for " + template.substring(i, end + 1) + " must be non-empty");
      }
      out.append(encodeSegment(v.toString()));
      i = end + 1;
    }
    if (!remaining.isEmpty()) {
      throw new IllegalArgumentException("pathParams: too many values for " + template);
    }
    return out.toString();
  }

  /** Whether {@code s} has the form of an operationId: a letter, then letters and digits. */
  static boolean isOperationId(String s) {
    if (s.isEmpty() || s.length() > 100) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      if (!letter && (i == 0 || c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  private static String encodeSegment(String s) {
    // URLEncoder is form encoding; fix the two differences that matter in a path segment.
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("%7E", "~");
  }
}
