package io.csol.sdk.core;

import java.util.Locale;
import java.util.Objects;

/** Builds the User-Agent header value: {@code csol-sdk-java/0.1.0 (Java 17; Linux amd64) suffix}. */
final class UserAgent {
  private UserAgent() {
  }

  static String of(String version, String suffix) {
    String os = System.getProperty("os.name", "unknown") + " "
        + System.getProperty("os.arch", "unknown");
    String base = "csol-sdk-java/" + version + " (Java " + Runtime.version().feature() + "; "
        + clean(os) + ")";
    return suffix == null ? base : base + " " + suffix;
  }

  static String checkSuffix(String suffix) {
    Objects.requireNonNull(suffix, "userAgentSuffix must not be null");
    if (suffix.isBlank() || suffix.length() > 100) {
      throw new IllegalArgumentException("userAgentSuffix must be 1..100 characters, was "
          + suffix.length());
    }
    for (int i = 0; i < suffix.length(); i++) {
      char c = suffix.charAt(i);
      if (c < 0x20 || c > 0x7e) {
        throw new IllegalArgumentException("userAgentSuffix must be visible ASCII or spaces");
      }
    }
    return suffix.trim();
  }

  private static String clean(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      sb.append(c >= 0x20 && c <= 0x7e && c != '(' && c != ')' && c != ';' ? c : '_');
    }
    return sb.toString().toLowerCase(Locale.ROOT).isEmpty() ? "unknown" : sb.toString();
  }
}
