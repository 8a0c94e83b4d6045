package io.csol.sdk.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Path templates, operationIds and upload contents at their limits. */
class PathTemplateAndUploadContentTest {

  @TempDir
  Path dir;

  @Test
  void expand_nullParamsAndNoPlaceholder_pathUnchanged() {
    assertThat(PathTemplate.expand("/v1/invoices", null)).isEqualTo("/v1/invoices");
  }

  @Test
  void expand_nullParamsWithPlaceholder_tooFewValues() {
    assertThatThrownBy(() -> PathTemplate.expand("/v1/invoices/{number}", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pathParams: too few values for /v1/invoices/{number}");
  }

  @Test
  void expand_unclosedBrace_refused() {
    assertThatThrownBy(() -> PathTemplate.expand("/v1/invoices/{number", new Object[] {"1"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pathTemplate has an unclosed '{': /v1/invoices/{number");
  }

  @Test
  void expand_emptyOrNullValue_refusedNamingThePlaceholder() {
    assertThatThrownBy(() -> PathTemplate.expand("/v1/invoices/{number}", new Object[] {""}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pathParams: value for {number} must be non-empty");
    assertThatThrownBy(() -> PathTemplate.expand("/v1/a/{id}/b", new Object[] {null}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pathParams: value for {id} must be non-empty");
  }

  @Test
  void expand_tildeAndSpace_pathSegmentEncoding() {
    assertThat(PathTemplate.expand("/v1/{a}/{b}", new Object[] {"x~y z+", 5}))
        .isEqualTo("/v1/x~y%20z%2B/5");
  }

  @Test
  void isOperationId_lengthLimits() {
    assertThat(PathTemplate.isOperationId("")).isFalse();
    assertThat(PathTemplate.isOperationId("a")).isTrue();
    assertThat(PathTemplate.isOperationId("a".repeat(100))).isTrue();
    assertThat(PathTemplate.isOperationId("a".repeat(101))).isFalse();
  }

  @Test
  void isOperationId_letterRangeEdges() {
    for (String ok : new String[] {"a", "z", "A", "Z", "azAZ", "getInvoice2"}) {
      assertThat(PathTemplate.isOperationId(ok)).as(ok).isTrue();
    }
    // the characters just outside a-z and A-Z, first and later
    for (char c : new char[] {'`', '{', '@', '['}) {
      assertThat(PathTemplate.isOperationId(String.valueOf(c))).as("%s", c).isFalse();
      assertThat(PathTemplate.isOperationId("a" + c)).as("a%s", c).isFalse();
    }
  }

  @Test
  void isOperationId_digitsOnlyAfterTheFirstCharacter() {
    assertThat(PathTemplate.isOperationId("a0")).isTrue();
    assertThat(PathTemplate.isOperationId("a9")).isTrue();
    assertThat(PathTemplate.isOperationId("0a")).isFalse();
    assertThat(PathTemplate.isOperationId("9a")).isFalse();
    assertThat(PathTemplate.isOperationId("a/")).isFalse(); // '0' - 1
    assertThat(PathTemplate.isOperationId("a:")).isFalse(); // '9' + 1
  }

  @Test
  void builderOperation_tooLong_refusedWithTheRule() {
    assertThatThrownBy(() -> ApiRequest.get("/v1/x").operation("a".repeat(101)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("operationId must be 1..100 ASCII letters and digits");
  }

  @Test
  void putAndDelete_methodsAndToStringWithoutBody() {
    ApiRequest put = ApiRequest.put("/v1/x/{id}", "7").query("q", "secret").body("b").build();
    ApiRequest delete = ApiRequest.delete("/v1/x/{id}", "8").build();
    assertThat(put.method()).isEqualTo("PUT");
    assertThat(put.path()).isEqualTo("/v1/x/7");
    assertThat(delete.method()).isEqualTo("DELETE");
    assertThat(delete.path()).isEqualTo("/v1/x/8");
    assertThat(put.toString()).isEqualTo("ApiRequest[PUT /v1/x/7, query=[q]]");
  }

  @Test
  void ofFile_mediaTypeNullOrBlank_refused() throws Exception {
    Path f = Files.writeString(dir.resolve("a.pdf"), "x");
    assertThatThrownBy(() -> UploadContent.ofFile(f, null))
        .isInstanceOf(NullPointerException.class).hasMessage("mediaType must not be null");
    assertThatThrownBy(() -> UploadContent.ofFile(f, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("mediaType must be a media type such as application/pdf, was blank");
  }

  @Test
  void ofFile_directory_refused() {
    assertThatThrownBy(() -> UploadContent.ofFile(dir, "application/pdf"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("file must be a readable regular file, was " + dir);
  }

  @Test
  void ofFile_lengthDigestAndToStringWithoutFileName() throws Exception {
    Path f = Files.writeString(dir.resolve("personal-name.pdf"), "hello");
    try (UploadContent c = UploadContent.ofFile(f, "application/pdf")) {
      assertThat(c.length()).isEqualTo(5);
      assertThat(c.sha256Hex()).isEqualTo(HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest("hello".getBytes())));
      assertThat(c.toString()).isEqualTo("UploadContent[application/pdf, 5 bytes]");
    }
    assertThat(f).exists(); // the caller's own file is left alone
  }

  @Test
  void spool_mediaTypeBlankOrMaxBytesZero_refused() {
    assertThatThrownBy(() -> UploadContent.spool(new ByteArrayInputStream(new byte[1]), " ", 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("mediaType must be a media type such as application/pdf, was blank");
    assertThatThrownBy(() -> UploadContent.spool(new ByteArrayInputStream(new byte[1]),
        "application/pdf", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxBytes must be at least 1, was 0");
  }

  @Test
  void spool_atMaxBytesAccepted_onePastRefused() {
    try (UploadContent c = UploadContent.spool(new ByteArrayInputStream(new byte[1]),
        "application/pdf", 1)) {
      assertThat(c.length()).isEqualTo(1);
    }
    assertThatThrownBy(() -> UploadContent.spool(new ByteArrayInputStream(new byte[2]),
        "application/pdf", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the stream holds more than 1 bytes, the most one upload may hold");
  }

  @Test
  void spool_readOfZeroBytes_keepsReadingToTheEnd() {
    InputStream zeroThenData = new InputStream() {
      private int calls;

      @Override
      public int read() {
        throw new UnsupportedOperationException();
      }

      @Override
      public int read(byte[] b, int off, int len) {
        calls++;
        if (calls == 1) {
          return 0;
        }
        if (calls == 2) {
          b[off] = 'x';
          b[off + 1] = 'y';
          return 2;
        }
        return -1;
      }
    };
    try (UploadContent c = UploadContent.spool(zeroThenData, "text/plain", 100)) {
      assertThat(c.length()).isEqualTo(2);
    }
  }
}
