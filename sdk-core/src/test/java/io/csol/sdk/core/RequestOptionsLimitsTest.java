package io.csol.sdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** RequestOptions' limits at the limit and one past it, and what toBuilder and toString keep. */
class RequestOptionsLimitsTest {

  @Test
  void requestId_255VisibleCharactersAccepted_256AndEmptyRejected() {
    assertThat(RequestOptions.builder().requestId("r".repeat(255)).build().requestId()).contains("r".repeat(255));
    assertThatThrownBy(() -> RequestOptions.builder().requestId("r".repeat(256)))
        .hasMessage("requestId must be 1..255 characters, was 256");
    assertThatThrownBy(() -> RequestOptions.builder().idempotencyKey(""))
        .hasMessage("idempotencyKey must be 1..255 characters, was 0");
  }

  @Test
  void visibleAscii_0x21And0x7EAccepted_0x20And0x7FRejected() {
    assertThat(RequestOptions.builder().idempotencyKey("!~").build().idempotencyKey()).contains("!~");
    for (String bad : new String[] {"a b", "a\u007Fb", "\u00e9"}) {
      assertThatThrownBy(() -> RequestOptions.builder().idempotencyKey(bad)).as(bad)
          .hasMessage("idempotencyKey must be visible ASCII (0x21..0x7E)");
    }
  }

  @Test
  void maxDocumentBytes_1Accepted_0Rejected() {
    assertThat(RequestOptions.builder().maxDocumentBytes(1).build().maxDocumentBytes()).isEqualTo(1);
    assertThatThrownBy(() -> RequestOptions.builder().maxDocumentBytes(0))
        .hasMessage("maxDocumentBytes must be 1 or more, was 0");
    assertThat(RequestOptions.defaults().maxDocumentBytes()).isEqualTo(2L << 30);
  }

  @Test
  void timeout_zeroAndNegativeRejected_oneNanoAccepted() {
    assertThatThrownBy(() -> RequestOptions.builder().timeout(Duration.ZERO)).hasMessage("timeout must be positive, was PT0S");
    assertThatThrownBy(() -> RequestOptions.builder().timeout(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(RequestOptions.builder().timeout(Duration.ofNanos(1)).build().timeout()).contains(Duration.ofNanos(1));
  }

  @Test
  void header_reservedInAnyCaseOrLineBreakRejected() {
    assertThatThrownBy(() -> RequestOptions.builder().header("IDEMPOTENCY-KEY", "x"))
        .hasMessageContaining("is set by the SDK");
    assertThatThrownBy(() -> RequestOptions.builder().header("X-Note", "a\rb"))
        .hasMessage("value must not contain line breaks");
    assertThatThrownBy(() -> RequestOptions.builder().header("X-Note", "a\nb"))
        .hasMessage("value must not contain line breaks");
    assertThatThrownBy(() -> RequestOptions.builder().header("X-Note", null))
        .isInstanceOf(NullPointerException.class).hasMessage("value must not be null");
  }

  @Test
  void toBuilderAndToString_keepEverythingButShowNoSecrets() {
    RequestOptions o = RequestOptions.builder().timeout(Duration.ofSeconds(3)).idempotencyKey("order-secret-1")
        .requestId("req-1").header("X-Api-Secret", "hidden-value").maxDocumentBytes(10)
        .requireDocumentDigest(true).onResponse(info -> { }).build();
    RequestOptions copy = o.toBuilder().build();
    assertThat(copy.timeout()).contains(Duration.ofSeconds(3));
    assertThat(copy.idempotencyKey()).contains("order-secret-1");
    assertThat(copy.requestId()).contains("req-1");
    assertThat(copy.headers()).containsExactly(java.util.Map.entry("X-Api-Secret", "hidden-value"));
    assertThat(copy.maxDocumentBytes()).isEqualTo(10);
    assertThat(copy.documentDigestRequired()).isTrue();
    assertThat(copy.onResponse()).isPresent();
    assertThat(o).hasToString("RequestOptions[timeout=PT3S, idempotencyKey=true, requestId=req-1, "
        + "headers=[X-Api-Secret], maxDocumentBytes=10, documentDigestRequired=true, onResponse]");
    assertThat(RequestOptions.defaults().toString()).contains("idempotencyKey=false").doesNotContain("onResponse");
    assertThat(RequestOptions.defaults().documentDigestRequired()).isFalse();
  }

  @Test
  void header_lineBreakAsFirstCharacter_rejected() {
    assertThatThrownBy(() -> RequestOptions.builder().header("X-Note", "\rx"))
        .hasMessage("value must not contain line breaks");
    assertThatThrownBy(() -> RequestOptions.builder().header("X-Note", "\nx"))
        .hasMessage("value must not contain line breaks");
  }
}
