package io.csol.sdk.core.paging;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * A position inside the results of one query, as an opaque URL-safe string that a job can store and
 * later hand to {@link PagedIterable#resumeFrom(ResumeToken)} to continue exactly after the last
 * record it processed.
 *
 * <p>The token holds the query's fingerprint, the cursor of the page being consumed and how many
 * items of that page were already consumed. Resuming fetches that page again by its cursor and
 * skips those items; if records of that page changed in between, the skip count still applies to
 * the page as the server returns it now. Instances are immutable and thread-safe.
 */
public final class ResumeToken {

  private static final byte VERSION = 1;
  private static final int MAX_TOKEN_CHARS = 1 << 20; // far above any real query, guards absurd input

  private final String fingerprint;
  private final String cursor;
  private final int consumed;
  private final String value;

  private ResumeToken(String fingerprint, String cursor, int consumed, String value) {
    this.fingerprint = fingerprint;
    this.cursor = cursor;
    this.consumed = consumed;
    this.value = value;
  }

  /** Creates the token for a position: page at {@code cursor} (null = first page), {@code consumed} items done. */
  static ResumeToken of(String fingerprint, String cursor, int consumed) {
    Objects.requireNonNull(fingerprint, "fingerprint");
    if (consumed < 0) {
      throw new IllegalArgumentException("consumed must be >= 0, was " + consumed);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(VERSION);
      writeString(out, fingerprint);
      out.writeBoolean(cursor != null);
      if (cursor != null) {
        writeString(out, cursor);
      }
      out.writeInt(consumed);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen with an in-memory stream
    }
    String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
    return new ResumeToken(fingerprint, cursor, consumed, value);
  }

  /**
   * Parses a token previously obtained from {@link #value()}.
   *
   * @param value the token string
   * @return the token
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not a csol resume token
   */
  public static ResumeToken parse(String value) {
    Objects.requireNonNull(value, "value must not be null");
    if (value.isEmpty() || value.length() > MAX_TOKEN_CHARS) {
      throw malformed("it is empty or longer than " + MAX_TOKEN_CHARS + " characters");
    }
    ByteBuffer in;
    try {
      in = ByteBuffer.wrap(Base64.getUrlDecoder().decode(value));
    } catch (IllegalArgumentException e) {
      throw malformed("it is not base64url");
    }
    try {
      byte version = in.get();
      if (version != VERSION) {
        throw malformed("unknown version " + version);
      }
      String fingerprint = readString(in);
      byte hasCursor = in.get();
      if (hasCursor != 0 && hasCursor != 1) {
        throw malformed("bad cursor flag");
      }
      String cursor = hasCursor == 1 ? readString(in) : null;
      int consumed = in.getInt();
      if (consumed < 0 || in.hasRemaining()) {
        throw malformed("bad position");
      }
      ResumeToken token = of(fingerprint, cursor, consumed);
      if (!token.value.equals(value)) {
        throw malformed("it is not in canonical form");
      }
      return token;
    } catch (java.nio.BufferUnderflowException e) {
      throw malformed("it is truncated");
    }
  }

  /**
   * Returns the token as an opaque URL-safe string (base64url without padding).
   *
   * @return the token string
   */
  public String value() {
    return value;
  }

  String fingerprint() {
    return fingerprint;
  }

  String cursor() {
    return cursor;
  }

  int consumed() {
    return consumed;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ResumeToken other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the token string; it holds a query and a position, nothing secret. */
  @Override
  public String toString() {
    return value;
  }

  private static void writeString(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String readString(ByteBuffer in) {
    int length = in.getInt();
    if (length < 0 || length > in.remaining()) {
      throw malformed("bad length");
    }
    byte[] b = new byte[length];
    in.get(b);
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b)).toString();
    } catch (CharacterCodingException e) {
      throw malformed("bad text");
    }
  }

  private static IllegalArgumentException malformed(String why) {
    return new IllegalArgumentException(
        "resumeToken is not a csol resume token (" + why + "); pass a value obtained from ResumeToken.value()");
  }
}
