package io.csol.sdk.core;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** Argument checks shared by the option builders; messages name the parameter. */
final class Checks {
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  private Checks() {
  }

  /**
   * Tells whether a URI host is loopback by its text alone (never a DNS lookup): {@code localhost},
   * an IPv4 literal in 127.0.0.0/8, or the IPv6 literal {@code [::1]} in any spelling.
   */
  static boolean loopback(String host) {
    if (host == null) {
      return false;
    }
    String h = host.toLowerCase(Locale.ROOT);
    if (h.equals("localhost") || h.equals("localhost.")) {
      return true;
    }
    boolean v6 = h.length() > 2 && h.startsWith("[") && h.endsWith("]")
        && h.substring(1, h.length() - 1).chars().allMatch(c -> c == ':' || Character.digit(c, 16) >= 0);
    if (IPV4.matcher(h).matches()) {
      String[] octets = h.split("\\.");
      for (String o : octets) {
        if (Integer.parseInt(o) > 255) {
          return false;
        }
      }
      return Integer.parseInt(octets[0]) == 127;
    }
    if (!v6) {
      return false; // a name: resolving it here would trust DNS
    }
    try {
      // a literal with ':' is parsed, never looked up
      return InetAddress.getByName(h.substring(1, h.length() - 1)).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  static Duration positive(String name, Duration d) {
    Objects.requireNonNull(d, name + " must not be null");
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + d);
    }
    return d;
  }

  static URI absolute(String name, URI uri, boolean httpOnly) {
    Objects.requireNonNull(uri, name + " must not be null");
    String scheme = uri.getScheme();
    boolean http = "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
    if (scheme == null || uri.getHost() == null || (httpOnly && !http)) {
      throw new IllegalArgumentException(name + " must be an absolute "
          + (httpOnly ? "http or https " : "") + "URI such as https://host:443, was " + uri);
    }
    return uri;
  }
}
