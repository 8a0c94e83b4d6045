package io.csol.sdk.core.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the next page's cursor from an RFC 8288 {@code Link} header (not API).
 *
 * <p>Only the {@code cursor} query parameter of the {@code rel="next"} target is used: the SDK
 * repeats its own query on every page, so a link can never change what is asked for. Anything
 * unparseable yields empty, which only means the next page is asked for after this one is read.
 */
final class NextLink {

  private NextLink() {
  }

  /**
   * Returns the cursor of the {@code rel="next"} link.
   *
   * @param header the Link header value, or null
   * @return the decoded cursor, or empty when there is no usable next link
   */
  static Optional<String> cursor(String header) {
    if (header == null) {
      return Optional.empty();
    }
    int at = 0;
    while (true) {
      int open = header.indexOf('<', at);
      int close = open < 0 ? -1 : header.indexOf('>', open);
      if (close < 0) {
        return Optional.empty();
      }
      int nextOpen = header.indexOf('<', close);
      String params = header.substring(close + 1, nextOpen < 0 ? header.length() : nextOpen);
      if (isNext(params)) {
        return cursorParam(header.substring(open + 1, close));
      }
      at = close + 1;
    }
  }

  private static boolean isNext(String params) {
    for (String param : params.split(";")) {
      String p = param.trim();
      int eq = p.indexOf('=');
      if (eq > 0 && p.substring(0, eq).trim().equalsIgnoreCase("rel")) {
        String value = p.substring(eq + 1).trim().replace("\"", "").replace(",", " ");
        for (String rel : value.split("\\s+")) {
          if (rel.toLowerCase(Locale.ROOT).equals("next")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static Optional<String> cursorParam(String target) {
    int q = target.indexOf('?');
    if (q < 0) {
      return Optional.empty();
    }
    int end = target.indexOf('#', q);
    for (String pair : target.substring(q + 1, end < 0 ? target.length() : end).split("&")) {
      if (pair.startsWith("cursor=") && pair.length() > "cursor=".length()) {
        try {
          return Optional.of(URLDecoder.decode(pair.substring(7), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
          return Optional.empty(); // a malformed escape: ignore the hint, the body still has it
        }
      }
    }
    return Optional.empty();
  }
}
