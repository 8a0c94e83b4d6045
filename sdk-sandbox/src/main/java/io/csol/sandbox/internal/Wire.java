package io.csol.sandbox.internal;

import com.sun.net.httpserver.Headers;
import io.csol.sandbox.spi.ProblemException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Small wire helpers of the pipeline: body limits, media types, header hygiene, hashing. */
final class Wire {

  /** Largest accepted request body. */
  static final int MAX_BODY = 1024 * 1024;

  /** The largest upload body the server reads to its end after refusing or replaying it (32 MiB). */
  static final long MAX_DRAINED_UPLOAD = 32L * 1024 * 1024;

  private static final Set<String> SECRET_HEADERS = Set.of("authorization", "proxy-authorization", "cookie",
      "set-cookie", "x-api-key");

  private Wire() {
  }

  /** Reads the body up to {@link #MAX_BODY}; more is drained and answered with 413. */
  static byte[] readBody(InputStream in, Headers headers) throws IOException {
    String length = headers.getFirst("Content-Length");
    if (length != null && parseLong(length) > MAX_BODY) {
      drain(in);
      throw tooLarge();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    int n;
    while ((n = in.read(buf)) >= 0) {
      out.write(buf, 0, n);
      if (out.size() > MAX_BODY) {
        drain(in);
        throw tooLarge();
      }
    }
    return out.toByteArray();
  }

  private static ProblemException tooLarge() {
    return new ProblemException(413, "payload-too-large", "Payload too large",
        "the request body exceeds " + MAX_BODY + " bytes");
  }

  private static long parseLong(String s) {
    try {
      return Long.parseLong(s.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static void drain(InputStream in) throws IOException {
    byte[] buf = new byte[65536];
    long total = 0;
    int n;
    // bounded so a hostile client cannot keep a worker busy forever
    while (total < 64L * MAX_BODY && (n = in.read(buf)) >= 0) {
      total += n;
    }
  }

  /**
   * Reads and discards what is left of an upload body of at most {@link #MAX_DRAINED_UPLOAD}
   * declared bytes; a larger or undeclared one is left unread (the server then closes the connection).
   */
  static void drainUpload(InputStream in, Headers headers) throws IOException {
    String length = headers.getFirst("Content-Length");
    if (length != null && parseLong(length) >= 0 && parseLong(length) <= MAX_DRAINED_UPLOAD) {
      byte[] buf = new byte[65536];
      while (in.read(buf) >= 0) {
        // discard
      }
    }
  }

  /** Returns the media type without parameters, lower case. */
  static String baseType(String contentType) {
    if (contentType == null) {
      return "";
    }
    int semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
  }

  /** Tells whether an Accept header (null = anything) accepts a media type. */
  static boolean accepts(String accept, String contentType) {
    if (accept == null || accept.isBlank() || contentType == null) {
      return true;
    }
    String type = baseType(contentType);
    String major = type.contains("/") ? type.substring(0, type.indexOf('/')) : type;
    for (String range : accept.split(",")) {
      String r = baseType(range);
      if (zeroQuality(range)) {
        continue;
      }
      if (r.equals("*/*") || r.equals(type) || r.equals(major + "/*")) {
        return true;
      }
    }
    return false;
  }

  private static boolean zeroQuality(String range) {
    for (String param : range.split(";")) {
      String p = param.trim().toLowerCase(Locale.ROOT).replace(" ", "");
      if (p.equals("q=0") || p.matches("q=0\\.0*")) {
        return true;
      }
    }
    return false;
  }

  /** Decodes the segments of a raw path ({@code +} stays a plus). */
  static List<String> segments(String rawPath) {
    List<String> result = new ArrayList<>();
    for (String s : RouteTable.split(rawPath)) {
      try {
        result.add(URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        throw ProblemException.invalidRequest("path", "bad percent-encoding in the path");
      }
    }
    return result;
  }

  /** Tells whether a header value is 1..255 visible ASCII (request ids, idempotency keys). */
  static boolean visibleAscii(String value) {
    if (value == null || value.isEmpty() || value.length() > 255) {
      return false;
    }
    return value.chars().allMatch(c -> c >= 0x21 && c <= 0x7e);
  }

  /** Copies request headers without Authorization, cookies or anything secret. */
  static Map<String, List<String>> safeHeaders(Headers headers) {
    Map<String, List<String>> result = new LinkedHashMap<>();
    headers.forEach((name, values) -> {
      String lower = name.toLowerCase(Locale.ROOT);
      if (!SECRET_HEADERS.contains(lower) && !lower.contains("secret") && !lower.contains("token")
          && !lower.contains("password")) {
        result.put(lower, List.copyOf(values));
      }
    });
    return result;
  }

  /** Returns the hex SHA-256 of bytes. */
  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JRE", e);
    }
  }
}
