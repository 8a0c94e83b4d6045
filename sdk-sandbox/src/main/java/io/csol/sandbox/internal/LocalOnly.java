package io.csol.sandbox.internal;

import io.csol.sandbox.spi.ProblemException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Keeps the sandbox to callers on the developer's own machine. It listens on loopback only, but a
 * web page the developer opens can still reach it through the browser: by DNS rebinding (a name of
 * the page's site that now resolves to 127.0.0.1, so the {@code Host} header names that site) or
 * by a plain cross-site form post (the {@code Origin} header names the site). So every request
 * must carry a loopback {@code Host} with the sandbox's port, and admin requests that carry an
 * {@code Origin} must come from a loopback origin.
 */
public final class LocalOnly {

  private LocalOnly() {
  }

  /**
   * Returns the reason to refuse a request, or null to serve it.
   *
   * @param host the {@code Host} header, or null when absent
   * @param origin the {@code Origin} header, or null when absent
   * @param port the port the sandbox listens on
   * @param admin whether the request is for an admin route under {@code /_sandbox/}
   */
  public static ProblemException refusal(String host, String origin, int port, boolean admin) {
    if (host == null || !loopbackAuthority(host.trim(), port)) {
      return new ProblemException(403, "forbidden-host", "Forbidden host",
          "the sandbox answers only requests for 127.0.0.1, localhost or [::1] on port " + port
              + "; the Host header named another host (DNS rebinding?)");
    }
    if (admin && origin != null && !loopbackOrigin(origin.trim())) {
      return new ProblemException(403, "forbidden-origin", "Forbidden origin",
          "admin routes accept requests from pages on 127.0.0.1, localhost or [::1] only");
    }
    return null;
  }

  /** {@code host[:port]} where host is loopback and the port, when given, is ours (default 80 otherwise). */
  private static boolean loopbackAuthority(String authority, int port) {
    if (authority.isEmpty() || authority.indexOf('@') >= 0) {
      return false;
    }
    try {
      URI uri = new URI("http://" + authority);
      if (uri.getHost() == null || uri.getRawPath() == null || !uri.getRawPath().isEmpty()
          || uri.getRawQuery() != null || uri.getRawFragment() != null) {
        return false;
      }
      int given = uri.getPort() == -1 ? 80 : uri.getPort();
      return given == port && loopbackName(uri.getHost());
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** {@code http(s)://loopback[:any port]}; {@code null} (sandboxed frames, files) is not loopback. */
  private static boolean loopbackOrigin(String origin) {
    try {
      URI uri = new URI(origin);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
          && uri.getRawUserInfo() == null && loopbackName(uri.getHost());
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static boolean loopbackName(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return h.equals("127.0.0.1") || h.equals("localhost") || h.equals("[::1]");
  }
}
