package io.csol.sdk.core.http;

import io.csol.sdk.core.DocumentInfo;
import io.csol.sdk.core.error.DocumentIntegrityException;
import io.csol.sdk.core.error.ResponseDecodingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Streams a document body into a sink while computing its SHA-256, then checks it against the
 * {@code Repr-Digest: sha-256=:<base64>:} header (RFC 9530) when the server sent one; a malformed
 * header fails before any byte is written, and a missing one fails when the caller requires it.
 *
 * <p>Nothing is buffered beyond one 64 KiB chunk; a size cap stops a body that would not end.
 */
public final class DocumentCopier {
  private static final int CHUNK = 64 * 1024;

  private DocumentCopier() {
  }

  /**
   * Copies and verifies.
   *
   * @param head the response head (Content-Type, ETag, Repr-Digest)
   * @param in the body
   * @param out the sink; not closed
   * @param restartable whether a failed read may be retried after bytes reached {@code out}
   * @param requestId the call's request id, for the exception
   * @return what was written
   * @throws IOException when reading fails; {@link NotRetryableIOException} when writing to the
   *     sink fails, or reading fails after bytes reached a sink that cannot restart
   * @throws DocumentIntegrityException when the digest does not match
   */
  public static DocumentInfo copy(IncomingResponse head, InputStream in, OutputStream out,
      boolean restartable, String requestId) throws IOException {
    return copy(head, in, out, restartable, requestId, Long.MAX_VALUE, false);
  }

  /**
   * Copies and verifies, within a size cap.
   *
   * @param head the response head (Content-Type, Content-Length, ETag, Repr-Digest)
   * @param in the body
   * @param out the sink; not closed
   * @param restartable whether a failed read may be retried after bytes reached {@code out}
   * @param requestId the call's request id, for the exception
   * @param maxBytes the most bytes the document may have, 1 or more
   * @param digestRequired whether a missing {@code Repr-Digest: sha-256} is an error
   * @return what was written
   * @throws IOException when reading fails; {@link NotRetryableIOException} when writing to the
   *     sink fails, or reading fails after bytes reached a sink that cannot restart
   * @throws DocumentIntegrityException when the digest is malformed, missing though required,
   *     or does not match
   * @throws ResponseDecodingException when the document is larger than {@code maxBytes}
   */
  public static DocumentInfo copy(IncomingResponse head, InputStream in, OutputStream out,
      boolean restartable, String requestId, long maxBytes, boolean digestRequired)
      throws IOException {
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be 1 or more, was " + maxBytes);
    }
    Optional<byte[]> expected;
    try {
      expected = expectedSha256(head.header("Repr-Digest").orElse(null));
    } catch (IllegalArgumentException e) {
      throw new DocumentIntegrityException("document refused: " + e.getMessage(), requestId);
    }
    if (expected.isEmpty() && digestRequired) {
      throw new DocumentIntegrityException("document refused: the response has no Repr-Digest"
          + " sha-256 and requireDocumentDigest(true) was set", requestId);
    }
    long announced = contentLength(head);
    if (announced > maxBytes) {
      throw tooLarge(head, requestId, maxBytes, "announces " + announced + " bytes");
    }
    MessageDigest sha256 = sha256();
    byte[] buffer = new byte[CHUNK];
    long total = 0;
    while (true) {
      int n;
      try {
        n = in.read(buffer);
      } catch (IOException e) {
        if (total > 0 && !restartable) {
          throw new NotRetryableIOException("document body failed after " + total
              + " bytes were written to the caller's stream", e);
        }
        throw e;
      }
      if (n < 0) {
        break;
      }
      if (total + n > maxBytes) {
        throw tooLarge(head, requestId, maxBytes, "sent more than that");
      }
      sha256.update(buffer, 0, n);
      try {
        out.write(buffer, 0, n);
      } catch (IOException e) {
        throw new NotRetryableIOException("writing the document to the sink failed", e);
      }
      total += n;
    }
    byte[] actual = sha256.digest();
    if (expected.isPresent() && !MessageDigest.isEqual(expected.get(), actual)) {
      throw new DocumentIntegrityException("document digest mismatch: Repr-Digest sha-256 "
          + HexFormat.of().formatHex(expected.get()) + " but received bytes hash to "
          + HexFormat.of().formatHex(actual) + " (" + total + " bytes)", requestId);
    }
    return new DocumentInfo(head.header("Content-Type").orElse(""), total,
        HexFormat.of().formatHex(actual), head.header("ETag"));
  }

  /**
   * Extracts the sha-256 member of a Repr-Digest header value.
   *
   * @param reprDigest header value, may be null
   * @return the 32 digest bytes, or empty when the header is absent or has no sha-256 member
   * @throws IllegalArgumentException when the header is malformed: a member without
   *     {@code =}, or a sha-256 value that is not {@code :<base64 of 32 bytes>:}
   */
  public static Optional<byte[]> expectedSha256(String reprDigest) {
    if (reprDigest == null) {
      return Optional.empty();
    }
    if (reprDigest.isBlank()) {
      throw new IllegalArgumentException("the Repr-Digest header is empty");
    }
    Optional<byte[]> found = Optional.empty();
    for (String member : reprDigest.split(",")) {
      String m = member.trim();
      int eq = m.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("the Repr-Digest header is malformed (a member"
            + " without algorithm=value)");
      }
      if (!m.substring(0, eq).trim().equalsIgnoreCase("sha-256")) {
        continue; // another algorithm: not ours to check
      }
      String v = m.substring(eq + 1).trim();
      byte[] d = null;
      if (v.length() >= 2 && v.charAt(0) == ':' && v.charAt(v.length() - 1) == ':') {
        try {
          d = Base64.getDecoder().decode(v.substring(1, v.length() - 1));
        } catch (IllegalArgumentException e) {
          d = null;
        }
      }
      if (d == null || d.length != 32 || found.isPresent()) {
        throw new IllegalArgumentException("the Repr-Digest sha-256 value is malformed (not one"
            + " :<base64 of 32 bytes>: member)");
      }
      found = Optional.of(d);
    }
    return found;
  }

  private static long contentLength(IncomingResponse head) {
    try {
      return head.header("Content-Length").map(String::trim).map(Long::parseLong).orElse(-1L);
    } catch (NumberFormatException e) {
      return -1; // HttpClient already refused a malformed length; chunked bodies have none
    }
  }

  private static ResponseDecodingException tooLarge(IncomingResponse head, String requestId,
      long maxBytes, String what) {
    return new ResponseDecodingException("document refused: it exceeds maxDocumentBytes ("
        + maxBytes + " bytes) and the server " + what + "; raise"
        + " RequestOptions.maxDocumentBytes if it is expected", head.status(), requestId, null);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      // every Java platform must provide SHA-256
      throw new IllegalStateException("SHA-256 not available", e);
    }
  }
}
