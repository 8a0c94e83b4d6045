package io.csol.sdk.core;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/** Argument checks shared by the option builders; messages name the parameter. */
final class Checks {
  private Checks() {
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
