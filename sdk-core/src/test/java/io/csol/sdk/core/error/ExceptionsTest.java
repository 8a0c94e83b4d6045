package io.csol.sdk.core.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.csol.sdk.core.Tool;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExceptionsTest {

  @Test
  void hierarchy_allUncheckedUnderCsolException() {
    Problem p = new Problem(null, null, 500, null, null, null, null, null);
    assertThat(new ServerException(500, p, null, null)).isInstanceOf(ApiException.class)
        .isInstanceOf(CsolException.class).isInstanceOf(RuntimeException.class);
    assertThat(new TransportException("x", null, null)).isInstanceOf(CsolException.class);
    assertThat(new NotEntitledException(403, p, null)).isInstanceOf(PermissionException.class);
    assertThat(new ToolNotOfferedException(403, p, null)).isInstanceOf(PermissionException.class);
  }

  @Test
  void transportException_carriesRequestIdAndRetryable() {
    TransportException e = new TransportException("connection reset", "r1", new IOException("reset"));
    assertThat(e.retryable()).isTrue();
    assertThat(e.requestId()).contains("r1");
    assertThat(e.getMessage()).isEqualTo("connection reset [requestId=r1]");
    assertThat(new TransportException("x", null, false, null).retryable()).isFalse();
  }

  @Test
  void circuitOpenException_namesTool() {
    CircuitOpenException e = new CircuitOpenException(Tool.INVOICES);
    assertThat(e.tool()).isEqualTo(Tool.INVOICES);
    assertThat(e.getMessage()).contains("INVOICES").contains("open");
  }

  @Test
  void decodingAndIntegrity_messagesAndStatus() {
    ResponseDecodingException d = new ResponseDecodingException("bad", 200, "r2", null);
    assertThat(d.status()).isEqualTo(200);
    assertThat(d.getMessage()).isEqualTo("bad [requestId=r2]");
    assertThat(new DocumentIntegrityException("digest mismatch", null).getMessage()).isEqualTo("digest mismatch");
  }

  @Test
  void apiException_noDetailOrTitle_usesReasonPhraseAndCapsFieldErrors() {
    List<FieldError> errors = List.of(new FieldError("a", "1"), new FieldError("b", "2"),
        new FieldError("c", "3"), new FieldError("d", "4"), new FieldError("e", "5"), new FieldError("f", "6"));
    Problem p = new Problem("https://csol.io/problems/validation-failed", null, 422, null, null, null, errors, Map.of());
    ApiException e = new InvalidRequestException(422, p, null);
    assertThat(e.getMessage()).isEqualTo(
        "HTTP 422 validation-failed: Unprocessable Content (a: 1; b: 2; c: 3; d: 4; e: 5; 1 more)");
  }

  @Test
  void problem_slug_handlesOtherTypes() {
    assertThat(new Problem("about:blank", null, 400, null, null, null, null, null).slug()).isEmpty();
    assertThat(new Problem("https://example.com/p/weird", null, 400, null, null, null, null, null).slug())
        .contains("weird");
    assertThat(new Problem(null, null, 400, null, null, null, null, null).errors()).isEmpty();
  }
}
