package io.csol.sdk.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csol.sdk.core.DocumentInfo;
import io.csol.sdk.core.error.DocumentIntegrityException;
import io.csol.sdk.core.error.ResponseDecodingException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The copy loop and Repr-Digest parsing at their limits, without a server. */
class DocumentCopierTest {
  private static final byte[] BODY = "0123456789".getBytes(StandardCharsets.US_ASCII);

  private static String digestOf(byte[] bytes) throws Exception {
    return "sha-256=:" + Base64.getEncoder().encodeToString(
        MessageDigest.getInstance("SHA-256").digest(bytes)) + ":";
  }

  private static IncomingResponse head(String... kv) {
    Map<String, String> h = new HashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      h.put(kv[i], kv[i + 1]);
    }
    return new IncomingResponse(200, h);
  }

  /** Hands out the given chunks one read at a time (a 0-length chunk is a read of 0 bytes). */
  private static InputStream chunks(byte[]... parts) {
    Deque<byte[]> queue = new ArrayDeque<>(List.of(parts));
    return new InputStream() {
      @Override
      public int read() {
        throw new UnsupportedOperationException();
      }

      @Override
      public int read(byte[] b, int off, int len) {
        byte[] next = queue.poll();
        if (next == null) {
          return -1;
        }
        System.arraycopy(next, 0, b, off, next.length);
        return next.length;
      }
    };
  }

  /** Gives {@code first} and then fails. */
  private static InputStream failingAfter(byte[] first) {
    return new InputStream() {
      private boolean done;

      @Override
      public int read() {
        throw new UnsupportedOperationException();
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (done || first.length == 0) {
          throw new IOException("reset");
        }
        done = true;
        System.arraycopy(first, 0, b, off, first.length);
        return first.length;
      }
    };
  }

  @Test
  void copy_noCap_copiesAndReportsHeadAndDigest() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DocumentInfo info = DocumentCopier.copy(head("Content-Type", "application/pdf", "ETag", "\"v1\"",
        "Repr-Digest", digestOf(BODY)), new ByteArrayInputStream(BODY), out, false, "req-1");

    assertThat(out.toByteArray()).isEqualTo(BODY);
    assertThat(info.bytes()).isEqualTo(10);
    assertThat(info.contentType()).isEqualTo("application/pdf");
    assertThat(info.etag()).contains("\"v1\"");
    assertThat(info.sha256Hex()).isEqualTo(HexFormat.of().formatHex(
        MessageDigest.getInstance("SHA-256").digest(BODY)));
  }

  @Test
  void copy_maxBytesZero_refusedMaxBytesOneAccepted() throws Exception {
    assertThatThrownBy(() -> DocumentCopier.copy(head(), chunks(), new ByteArrayOutputStream(),
        false, "r", 0, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxBytes must be 1 or more, was 0");

    DocumentInfo info = DocumentCopier.copy(head(), chunks(new byte[] {7}),
        new ByteArrayOutputStream(), false, "r", 1, false);
    assertThat(info.bytes()).isEqualTo(1);
  }

  @Test
  void copy_digestRequiredAndMissing_refusedBeforeWriting() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThatThrownBy(() -> DocumentCopier.copy(head(), chunks(BODY), out, false, "req-2",
        100, true))
        .isInstanceOf(DocumentIntegrityException.class)
        .hasMessageContaining("the response has no Repr-Digest sha-256 and"
            + " requireDocumentDigest(true) was set");
    assertThat(out.size()).isZero();
  }

  @Test
  void copy_digestRequiredAndPresent_copies() throws Exception {
    DocumentInfo info = DocumentCopier.copy(head("Repr-Digest", digestOf(BODY)), chunks(BODY),
        new ByteArrayOutputStream(), false, "r", 100, true);
    assertThat(info.bytes()).isEqualTo(10);
    assertThat(info.contentType()).isEmpty();
  }

  @Test
  void copy_digestNotRequiredAndMissing_copies() throws Exception {
    DocumentInfo info = DocumentCopier.copy(head(), chunks(BODY), new ByteArrayOutputStream(),
        false, "r", 100, false);
    assertThat(info.bytes()).isEqualTo(10);
  }

  @Test
  void copy_contentLengthAtCap_copiesOnePastCap_refusedBeforeReading() throws Exception {
    DocumentInfo info = DocumentCopier.copy(head("Content-Length", " 10 "), chunks(BODY),
        new ByteArrayOutputStream(), false, "r", 10, false);
    assertThat(info.bytes()).isEqualTo(10);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThatThrownBy(() -> DocumentCopier.copy(head("Content-Length", "11"), chunks(BODY), out,
        false, "req-3", 10, false))
        .isInstanceOf(ResponseDecodingException.class)
        .hasMessageContaining("document refused: it exceeds maxDocumentBytes (10 bytes) and the"
            + " server announces 11 bytes; raise RequestOptions.maxDocumentBytes if it is expected");
    assertThat(out.size()).isZero();
  }

  @Test
  void copy_bodyLongerThanCapWithoutLength_refusedWhenTheChunkWouldPassIt() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    // 5 bytes, then 6: the second chunk takes the total to 11 > 10
    assertThatThrownBy(() -> DocumentCopier.copy(head(), chunks(new byte[5], new byte[6]), out,
        false, "req-4", 10, false))
        .isInstanceOf(ResponseDecodingException.class)
        .hasMessageContaining("(10 bytes) and the server sent more than that");
    assertThat(out.size()).isEqualTo(5);
  }

  @Test
  void copy_bodyExactlyAtCapInChunks_copies() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DocumentInfo info = DocumentCopier.copy(head(), chunks(new byte[4], new byte[6]), out,
        false, "r", 10, false);
    assertThat(info.bytes()).isEqualTo(10);
    assertThat(out.size()).isEqualTo(10);
  }

  @Test
  void copy_readOfZeroBytes_keepsReading() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DocumentInfo info = DocumentCopier.copy(head(), chunks(new byte[0], BODY), out, false, "r",
        100, false);
    assertThat(out.toByteArray()).isEqualTo(BODY);
    assertThat(info.bytes()).isEqualTo(10);
  }

  @Test
  void copy_readFailsAfterBytesReachedASinkThatCannotRestart_notRetryable() {
    assertThatThrownBy(() -> DocumentCopier.copy(head(), failingAfter(BODY),
        new ByteArrayOutputStream(), false, "r", 100, false))
        .isInstanceOf(NotRetryableIOException.class)
        .hasMessage("document body failed after 10 bytes were written to the caller's stream");
  }

  @Test
  void copy_readFailsAfterBytesButRestartable_plainIoException() {
    assertThatThrownBy(() -> DocumentCopier.copy(head(), failingAfter(BODY),
        new ByteArrayOutputStream(), true, "r", 100, false))
        .isExactlyInstanceOf(IOException.class)
        .hasMessage("reset");
  }

  @Test
  void copy_readFailsBeforeAnyByte_plainIoException() {
    assertThatThrownBy(() -> DocumentCopier.copy(head(), failingAfter(new byte[0]),
        new ByteArrayOutputStream(), false, "r", 100, false))
        .isExactlyInstanceOf(IOException.class)
        .hasMessage("reset");
  }

  @Test
  void copy_sinkFails_notRetryable() {
    OutputStream broken = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        throw new IOException("disk full");
      }
    };
    assertThatThrownBy(() -> DocumentCopier.copy(head(), chunks(BODY), broken, true, "r", 100,
        false))
        .isInstanceOf(NotRetryableIOException.class)
        .hasMessage("writing the document to the sink failed");
  }

  @Test
  void copy_digestMismatch_refusedWithBothHashes() throws Exception {
    byte[] other = "other".getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> DocumentCopier.copy(head("Repr-Digest", digestOf(other)),
        chunks(BODY), new ByteArrayOutputStream(), false, "req-5", 100, false))
        .isInstanceOf(DocumentIntegrityException.class)
        .hasMessageContaining("document digest mismatch: Repr-Digest sha-256 "
            + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(other))
            + " but received bytes hash to "
            + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(BODY))
            + " (10 bytes)");
  }

  @Test
  void copy_malformedDigest_refusedBeforeWriting() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThatThrownBy(() -> DocumentCopier.copy(head("Repr-Digest", "sha-256=abc"), chunks(BODY),
        out, false, "req-6", 100, false))
        .isInstanceOf(DocumentIntegrityException.class)
        .hasMessageContaining("document refused: the Repr-Digest sha-256 value is malformed");
    assertThat(out.size()).isZero();
  }

  @Test
  void expectedSha256_absent_empty() {
    assertThat(DocumentCopier.expectedSha256(null)).isEmpty();
  }

  @Test
  void expectedSha256_blank_refused() {
    assertThatThrownBy(() -> DocumentCopier.expectedSha256(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the Repr-Digest header is empty");
  }

  @Test
  void expectedSha256_memberWithoutNameOrEquals_refused() {
    for (String bad : List.of("=:abc:", "sha-256", "sha-512=:AA==:, sha-256")) {
      assertThatThrownBy(() -> DocumentCopier.expectedSha256(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("the Repr-Digest header is malformed (a member without algorithm=value)");
    }
  }

  @Test
  void expectedSha256_oneCharacterName_accepted() {
    assertThat(DocumentCopier.expectedSha256("x=:AA==:")).isEmpty();
  }

  @Test
  void expectedSha256_otherAlgorithmsOnly_empty() {
    assertThat(DocumentCopier.expectedSha256("sha-512=:AA==:, md5=x")).isEmpty();
  }

  @Test
  void expectedSha256_amongOthersAnyCase_found() throws Exception {
    byte[] d = MessageDigest.getInstance("SHA-256").digest(BODY);
    String b64 = Base64.getEncoder().encodeToString(d);
    assertThat(DocumentCopier.expectedSha256("sha-512=:AA==:, SHA-256 = :" + b64 + ":"))
        .hasValueSatisfying(v -> assertThat(v).isEqualTo(d));
  }

  @Test
  void expectedSha256_badSha256Values_refused() {
    String b64of16 = Base64.getEncoder().encodeToString(new byte[16]);
    String b64of32 = Base64.getEncoder().encodeToString(new byte[32]);
    for (String bad : List.of("sha-256=:!!!:", "sha-256=:" + b64of16 + ":",
        "sha-256=" + b64of32, "sha-256=:" + b64of32, "sha-256=" + b64of32 + ":", "sha-256=:",
        "sha-256=::", "sha-256=:" + b64of32 + ":, sha-256=:" + b64of32 + ":")) {
      assertThatThrownBy(() -> DocumentCopier.expectedSha256(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("the Repr-Digest sha-256 value is malformed (not one :<base64 of 32 bytes>:"
              + " member)");
    }
  }
}
