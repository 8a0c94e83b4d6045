package io.csol.sdk.core.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csol.sdk.core.error.TransportException;
import org.junit.jupiter.api.Test;

/** The bridge records a failed call's attempts, effect and key on the exception it returns. */
class ErrorAccessTest {

  @Test
  void recordCall_recordsOnTheExceptionAndReturnsIt() {
    TransportException e = new TransportException("reset", null, true, null);
    TransportException returned = ErrorAccess.recordCall(e, 2, true, "key-1");
    assertThat(returned).isSameAs(e);
    assertThat(e.attemptsSent()).isEqualTo(2);
    assertThat(e.mayHaveBeenApplied()).isTrue();
    assertThat(e.idempotencyKey()).contains("key-1");
  }

  @Test
  void recordCall_nullException_refused() {
    assertThatThrownBy(() -> ErrorAccess.recordCall(null, 0, false, null))
        .isInstanceOf(NullPointerException.class).hasMessage("exception must not be null");
  }
}
