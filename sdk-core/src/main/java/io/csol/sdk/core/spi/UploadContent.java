package io.csol.sdk.core.spi;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The raw body of an upload: a file's bytes, sent with {@code Content-Type},
 * {@code Content-Length} and {@code Content-Digest: sha-256=:<base64>:} (RFC 9530).
 *
 * <p>Never held in memory: the size comes from the file system and the SHA-256 from one streaming
 * pass before anything is sent; the pipeline then streams the file on every attempt, so a retried
 * upload sends the same bytes with the same digest and idempotency key. A stream is first spooled
 * to a temporary file ({@link #spool}), which is what makes it replayable; {@link #close()}
 * deletes that file (and never a caller's own file).
 *
 * <p>Attach it with {@link ApiRequest.Builder#content(UploadContent)}. For tool modules (My
 * requests' attachments, Contracts' documents), not application code. Immutable; close it once
 * the call is done.
 */
public final class UploadContent implements AutoCloseable {
  private static final int BUFFER = 64 * 1024;

  private final Path file;
  private final String mediaType;
  private final long length;
  private final byte[] sha256;
  private final boolean temporary;

  private UploadContent(Path file, String mediaType, long length, byte[] sha256,
      boolean temporary) {
    this.file = file;
    this.mediaType = mediaType;
    this.length = length;
    this.sha256 = sha256;
    this.temporary = temporary;
  }

  /**
   * Describes a file to upload: reads it once to compute its SHA-256.
   *
   * @param file a readable regular file, not null
   * @param mediaType the Content-Type to send, not blank
   * @return the content; closing it leaves the file alone
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code mediaType} is blank or {@code file} is not a
   *     regular file
   * @throws UncheckedIOException if the file cannot be read
   */
  public static UploadContent ofFile(Path file, String mediaType) {
    Objects.requireNonNull(file, "file must not be null");
    checkMediaType(mediaType);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("file must be a readable regular file, was " + file);
    }
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = sha256();
      long n = copy(in, OutputStream.nullOutputStream(), digest, Long.MAX_VALUE);
      return new UploadContent(file, mediaType, n, digest.digest(), false);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + " to upload it", e);
    }
  }

  /**
   * Copies a stream into a temporary file while computing its SHA-256, so that the upload can be
   * retried; the stream is read to its end but not closed. Reading stops, and the temporary file
   * is deleted, as soon as the stream proves longer than {@code maxBytes}.
   *
   * @param in the bytes to upload, not null
   * @param mediaType the Content-Type to send, not blank
   * @param maxBytes the most bytes accepted, at least 1
   * @return the content; {@link #close()} deletes the temporary file
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code mediaType} is blank, {@code maxBytes} is below 1,
   *     or the stream holds more than {@code maxBytes} bytes
   * @throws UncheckedIOException if the stream or the temporary file fails
   */
  public static UploadContent spool(InputStream in, String mediaType, long maxBytes) {
    Objects.requireNonNull(in, "in must not be null");
    checkMediaType(mediaType);
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be at least 1, was " + maxBytes);
    }
    Path tmp = null;
    boolean kept = false;
    try {
      tmp = Files.createTempFile("csol-upload-", ".tmp");
      MessageDigest digest = sha256();
      long n;
      try (OutputStream out = Files.newOutputStream(tmp)) {
        n = copy(in, out, digest, maxBytes + 1);
      }
      if (n > maxBytes) {
        throw new IllegalArgumentException("the stream holds more than " + maxBytes
            + " bytes, the most one upload may hold");
      }
      kept = true;
      return new UploadContent(tmp, mediaType, n, digest.digest(), true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot spool the upload to a temporary file", e);
    } finally {
      if (!kept && tmp != null) {
        deleteQuietly(tmp);
      }
    }
  }

  /** @return the file whose bytes are sent */
  public Path file() {
    return file;
  }

  /** @return the Content-Type sent */
  public String mediaType() {
    return mediaType;
  }

  /** @return the number of bytes, the Content-Length sent */
  public long length() {
    return length;
  }

  /** @return the SHA-256 of the bytes, lowercase hex (as the server reports it back) */
  public String sha256Hex() {
    return HexFormat.of().formatHex(sha256);
  }

  /** @return the {@code Content-Digest} header value, {@code sha-256=:<base64>:} */
  public String contentDigest() {
    return "sha-256=:" + Base64.getEncoder().encodeToString(sha256) + ":";
  }

  /** Deletes the temporary file of a spooled stream; a caller's own file is left alone. */
  @Override
  public void close() {
    if (temporary) {
      deleteQuietly(file);
    }
  }

  private static long copy(InputStream in, OutputStream out, MessageDigest digest, long stopAfter)
      throws IOException {
    DigestInputStream din = new DigestInputStream(in, digest);
    byte[] buffer = new byte[BUFFER];
    long total = 0;
    int n;
    while (total < stopAfter
        && (n = din.read(buffer, 0, (int) Math.min(buffer.length, stopAfter - total))) >= 0) {
      out.write(buffer, 0, n);
      total += n;
    }
    return total;
  }

  private static void checkMediaType(String mediaType) {
    Objects.requireNonNull(mediaType, "mediaType must not be null");
    if (mediaType.isBlank()) {
      throw new IllegalArgumentException("mediaType must be a media type such as "
          + "application/pdf, was blank");
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // a temporary file we cannot delete is left to the OS's temp cleanup; nothing to report
    }
  }

  @Override
  public String toString() {
    // the file name may be personal data; the size and type are not
    return "UploadContent[" + mediaType + ", " + length + " bytes]";
  }
}
