package io.csol.sdk.core.http;

import io.csol.sdk.core.error.DocumentIntegrityException;
import io.csol.sdk.core.spi.DocumentInfo;
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
 * {@code Repr-Digest: sha-256=:<base64>:} header (RFC 9530) when the server sent one.
 *
 * <p>Nothing is buffered beyond one 64 KiB chunk, so documents of any size are fine.
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
      sha256.update(buffer, 0, n);
      try {
        out.write(buffer, 0, n);
      } catch (IOException e) {
        throw new NotRetryableIOException("writing the document to the sink failed", e);
      }
      total += n;
    }
    byte[] actual = sha256.digest();
    Optional<byte[]> expected = expectedSha256(head.header("Repr-Digest").orElse(null));
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
   * @return the 32 digest bytes, or empty when absent or unparsable
   */
  public static Optional<byte[]> expectedSha256(String reprDigest) {
    if (reprDigest == null) {
      return Optional.empty();
    }
    for (String member : reprDigest.split(",")) {
      String m = member.trim();
      int eq = m.indexOf('=');
      if (eq < 0 || !m.substring(0, eq).trim().equalsIgnoreCase("sha-256")) {
        continue;
      }
      String v = m.substring(eq + 1).trim();
      if (v.length() < 2 || v.charAt(0) != ':' || v.charAt(v.length() - 1) != ':') {
        return Optional.empty();
      }
      try {
        byte[] d = Base64.getDecoder().decode(v.substring(1, v.length() - 1));
        return d.length == 32 ? Optional.of(d) : Optional.empty();
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
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
