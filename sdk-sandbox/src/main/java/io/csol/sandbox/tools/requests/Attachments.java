package io.csol.sandbox.tools.requests;

import io.csol.sandbox.spi.ProblemException;
import io.csol.sandbox.spi.Request;
import io.csol.sandbox.spi.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code POST /v1/attachments}: the raw body is checked by its headers first (411 without a
 * length, 413 over 25 MiB, 415 for a media type off the list, 422 for a name whose extension does
 * not fit), all before a byte of it is read; then it is streamed into a buffer of exactly its
 * declared size while its SHA-256 is computed, and compared with {@code Content-Digest} (422
 * digest-mismatch). Only then is it stored, staged for the uploader.
 */
final class Attachments {

  /** The largest attachment: 25 MiB. */
  static final long MAX_SIZE = 26_214_400L;

  /** The accepted media types and the file name extensions that fit each. */
  static final Map<String, List<String>> MEDIA_TYPES = Map.of(
      "application/pdf", List.of(".pdf"),
      "image/png", List.of(".png"),
      "image/jpeg", List.of(".jpg", ".jpeg"),
      "text/plain", List.of(".txt"),
      "text/csv", List.of(".csv"),
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of(".xlsx"),
      "application/vnd.ms-excel", List.of(".xls"),
      "application/zip", List.of(".zip"));

  private static final int BUFFER = 64 * 1024;

  private Attachments() {
  }

  static Response upload(Request request, RequestStore store) {
    long size = declaredLength(request);
    String mediaType = baseType(request.header("Content-Type").orElse(""));
    if (!MEDIA_TYPES.containsKey(mediaType)) {
      throw new ProblemException(415, "unsupported-media-type", "Unsupported media type",
          "attachments may be " + String.join(", ", MEDIA_TYPES.keySet()) + "; was '" + mediaType + "'")
          .withField("Content-Type", "not an accepted attachment media type");
    }
    if (request.header("Idempotency-Key").isEmpty()) {
      throw ProblemException.invalidRequest("Idempotency-Key",
          "Idempotency-Key is required on uploads, so that a broken upload can be retried safely");
    }
    // the contract's pattern (checked before the handler) has refused slashes and control characters
    String name = request.query("name").orElseThrow();
    String lower = name.toLowerCase(Locale.ROOT);
    if (MEDIA_TYPES.get(mediaType).stream().noneMatch(ext -> lower.endsWith(ext) && lower.length() > ext.length())) {
      throw ProblemException.validationFailed("name", "the name of a " + mediaType + " attachment must end with "
          + String.join(" or ", MEDIA_TYPES.get(mediaType)));
    }
    if (size == 0) {
      throw ProblemException.validationFailed("body", "an attachment must not be empty");
    }
    byte[] expected = digest(request.header("Content-Digest").orElseThrow());
    store.reserve(size);
    boolean stored = false;
    try {
      byte[] bytes = new byte[(int) size];
      byte[] actual = read(request.bodyStream(), bytes);
      if (!MessageDigest.isEqual(expected, actual)) {
        throw new ProblemException(422, "digest-mismatch", "Digest mismatch",
            "the SHA-256 of the " + size + " bytes received differs from Content-Digest; nothing was stored")
            .withField("Content-Digest", "does not match the body received");
      }
      StoredAttachment attachment = store.stage(request.principal().subject(), name, mediaType, bytes, actual);
      stored = true;
      return Response.json(201, attachment.toWire());
    } finally {
      if (!stored) {
        store.release(size);
      }
    }
  }

  /** Returns the declared length: 411 without one (chunked), 413 over the limit (the body stays unread). */
  private static long declaredLength(Request request) {
    String length = request.header("Content-Length").orElse(null);
    if (length == null || request.header("Transfer-Encoding").isPresent()) {
      throw new ProblemException(411, "length-required", "Length required",
          "an upload must declare its size in Content-Length; chunked uploads are not accepted");
    }
    long size;
    try {
      size = Long.parseLong(length.trim());
    } catch (NumberFormatException e) {
      throw ProblemException.invalidRequest("Content-Length", "Content-Length must be a number of bytes");
    }
    if (size > MAX_SIZE) {
      throw new ProblemException(413, "payload-too-large", "Payload too large",
          "an attachment may have " + MAX_SIZE + " bytes (25 MiB) at most; this one declares " + size)
          .header("Connection", "close");
    }
    return size;
  }

  /** Reads exactly {@code into.length} bytes, hashing them; a body that ends early is a broken upload. */
  private static byte[] read(InputStream in, byte[] into) {
    MessageDigest sha = sha256();
    try {
      int off = 0;
      while (off < into.length) {
        int n = in.read(into, off, Math.min(BUFFER, into.length - off));
        if (n < 0) {
          throw new IOException("the upload ended after " + off + " of " + into.length + " bytes");
        }
        sha.update(into, off, n);
        off += n;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("upload interrupted", e);
    }
    return sha.digest();
  }

  private static byte[] digest(String header) {
    // the contract's pattern (checked before the handler) guarantees sha-256=:<44 base64 chars>:
    byte[] d = Base64.getDecoder().decode(header.substring("sha-256=:".length(), header.length() - 1));
    return Arrays.copyOf(d, 32);
  }

  static String baseType(String contentType) {
    int semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
  }

  /** Streams a stored attachment with Content-Length, ETag, Repr-Digest and Content-Disposition. */
  static Response download(StoredAttachment a) {
    byte[] bytes = a.bytes();
    return Response.documentStream(200, a.mediaType(), bytes.length, a.sha256(), out -> {
      for (int off = 0; off < bytes.length; off += BUFFER) {
        out.write(bytes, off, Math.min(BUFFER, bytes.length - off));
      }
    }).header("Content-Disposition", contentDisposition(a.name()));
  }

  /** {@code attachment; filename="..."} with an RFC 8187 {@code filename*} for names beyond ASCII. */
  static String contentDisposition(String name) {
    StringBuilder ascii = new StringBuilder();
    boolean plain = true;
    for (char c : name.toCharArray()) {
      if (c < 0x20 || c > 0x7e) {
        ascii.append('_');
        plain = false;
      } else {
        ascii.append(c == '"' || c == '\\' ? '_' : c);
      }
    }
    String value = "attachment; filename=\"" + ascii + "\"";
    if (!plain) {
      value += "; filename*=UTF-8''" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)
          .replace("+", "%20");
    }
    return value;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JRE", e);
    }
  }
}
