package io.csol.sdk.core.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * Each check of the token format on its own. A token that fails one check would also fail the
 * final canonical-form check, so these tests pin the reason in the message: the check itself
 * must catch it.
 */
class ResumeTokenFormatTest {

  /** Writes a token by hand: version, fingerprint, cursor flag, [cursor], consumed, [trailing]. */
  private static String token(int version, String fingerprint, int cursorFlag, String cursor,
      int consumed, byte... trailing) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(version);
      byte[] f = fingerprint.getBytes(StandardCharsets.UTF_8);
      out.writeInt(f.length);
      out.write(f);
      out.writeByte(cursorFlag);
      if (cursor != null) {
        byte[] c = cursor.getBytes(StandardCharsets.UTF_8);
        out.writeInt(c.length);
        out.write(c);
      }
      out.writeInt(consumed);
      out.write(trailing);
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
  }

  private static void assertMalformed(String value, String reason) {
    assertThatThrownBy(() -> ResumeToken.parse(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("resumeToken is not a csol resume token (" + reason + ")");
  }

  @Test
  void parse_handWrittenCanonicalToken_equalsCreatedToken() throws IOException {
    String value = token(1, "q", 1, "c", 3);
    assertThat(ResumeToken.parse(value)).isEqualTo(ResumeToken.of("q", "c", 3));
    assertThat(ResumeToken.parse(token(1, "q", 0, null, 0)).cursor()).isNull();
  }

  @Test
  void parse_versionZeroOrTwo_unknownVersion() throws IOException {
    assertMalformed(token(2, "q", 0, null, 0), "unknown version 2");
    assertMalformed(token(0, "q", 0, null, 0), "unknown version 0");
  }

  @Test
  void parse_cursorFlagTwo_badCursorFlag() throws IOException {
    assertMalformed(token(1, "q", 2, "c", 0), "bad cursor flag");
    assertMalformed(token(1, "q", -1, null, 0), "bad cursor flag");
  }

  @Test
  void parse_trailingByte_badPosition() throws IOException {
    assertMalformed(token(1, "q", 0, null, 0, (byte) 0), "bad position");
  }

  @Test
  void parse_negativeConsumed_badPosition() throws IOException {
    assertMalformed(token(1, "q", 0, null, -1), "bad position");
  }

  @Test
  void parse_stringLengthBeyondRemainingOrNegative_badLength() throws IOException {
    byte[] raw = Base64.getUrlDecoder().decode(token(1, "q", 0, null, 0));
    raw[4] = 9; // fingerprint length 9, but only 6 bytes follow it
    assertMalformed(Base64.getUrlEncoder().withoutPadding().encodeToString(raw), "bad length");
    raw[1] = (byte) 0xFF; // negative length
    assertMalformed(Base64.getUrlEncoder().withoutPadding().encodeToString(raw), "bad length");
  }

  @Test
  void parse_lengthExactlyTheRemainingBytes_truncatedNotBadLength() throws IOException {
    // fingerprint "qqqqqq" of 6 bytes is followed by nothing: its length is exactly what remains
    byte[] raw = new byte[] {1, 0, 0, 0, 6, 'q', 'q', 'q', 'q', 'q', 'q'};
    assertMalformed(Base64.getUrlEncoder().withoutPadding().encodeToString(raw), "it is truncated");
  }

  @Test
  void parse_invalidUtf8_badText() throws IOException {
    byte[] raw = new byte[] {1, 0, 0, 0, 1, (byte) 0xC3, 0, 0, 0, 0, 0, 0};
    assertMalformed(Base64.getUrlEncoder().withoutPadding().encodeToString(raw), "bad text");
  }

  @Test
  void parse_lengthLimit_oneMebicharacterAcceptedByTheGuardOneMoreRejected() {
    String atLimit = "A".repeat(1 << 20);
    // at the limit the length guard lets it through; it then fails as a token
    assertThatThrownBy(() -> ResumeToken.parse(atLimit))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("longer than");
    assertMalformed(atLimit + "A", "it is empty or longer than 1048576 characters");
  }

  @Test
  void parse_nonCanonicalBase64_notCanonical() throws IOException {
    String value = token(1, "q", 0, null, 0);
    assertMalformed(value + "==", "it is not base64url");
    // the same bytes with padding decode fine but are not the canonical text
    String padded = Base64.getUrlEncoder().encodeToString(Base64.getUrlDecoder().decode(value));
    if (!padded.equals(value)) {
      assertMalformed(padded, "it is not in canonical form");
    }
  }

  @Test
  void of_negativeConsumed_throws() {
    assertThatThrownBy(() -> ResumeToken.of("q", null, -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("consumed");
    assertThat(ResumeToken.of("q", null, 0).consumed()).isZero();
  }

  @Test
  void equals_differentValueOrType_notEqual() {
    ResumeToken a = ResumeToken.of("q", "c", 1);
    assertThat(a).isNotEqualTo(ResumeToken.of("q", "c", 2));
    assertThat(a).isNotEqualTo(ResumeToken.of("q", null, 1));
    assertThat(a.equals(a.value())).isFalse();
    assertThat(a.hashCode()).isEqualTo(a.value().hashCode());
    assertThat(a).hasToString(a.value());
  }

  @Test
  void parse_emptyFingerprintAndCursor_roundTrip() {
    ResumeToken token = ResumeToken.of("", "", 0);
    assertThat(ResumeToken.parse(token.value())).isEqualTo(token);
    assertThat(ResumeToken.parse(token.value()).cursor()).isEmpty();
  }
}
