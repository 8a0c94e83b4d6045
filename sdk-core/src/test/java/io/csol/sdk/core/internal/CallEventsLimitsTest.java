package io.csol.sdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csol.sdk.core.CallListener;
import io.csol.sdk.core.CallListener.Outcome;
import io.csol.sdk.core.ResponseInfo;
import io.csol.sdk.core.Tool;
import io.csol.sdk.core.bridge.ErrorAccess;
import io.csol.sdk.core.error.DocumentIntegrityException;
import io.csol.sdk.core.error.ResponseDecodingException;
import io.csol.sdk.core.http.IncomingResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Listener events at their edges: rate-limit headers at 0 and 12 digits, statuses of failures, throwing listeners. */
class CallEventsLimitsTest {

  private static CallContext context() {
    CallContext ctx = new CallContext("POST", "/v1/invoices/1/approve", Map.of(), Tool.INVOICES,
        "application/json", Map.of(), true, Duration.ofSeconds(1));
    ctx.requestId = "req-1";
    ctx.operation = "approveInvoice";
    ctx.pathTemplate = "/v1/invoices/{number}/approve";
    ctx.attempt = 2;
    return ctx;
  }

  private static Optional<ResponseInfo.RateLimit> rateLimit(String limit, String remaining, String reset) {
    return CallEvents.rateLimit(new IncomingResponse(200, Map.of("RateLimit-Limit", limit,
        "RateLimit-Remaining", remaining, "RateLimit-Reset", reset)));
  }

  @Test
  void rateLimit_zeroInEveryHeader_kept() {
    assertThat(rateLimit("0", "0", "0")).hasValue(new ResponseInfo.RateLimit(0, 0, Duration.ZERO));
  }

  @Test
  void rateLimit_12DigitsKept_13DigitsOrCharactersNextToTheDigitsDropped() {
    assertThat(rateLimit("999999999999", "1", "1")).hasValue(new ResponseInfo.RateLimit(999_999_999_999L, 1,
        Duration.ofSeconds(1)));
    for (String bad : new String[] {"1000000000000", "/", ":", "1/", "9:"}) {
      assertThat(rateLimit("1", bad, "1")).as(bad).isEmpty();
      assertThat(rateLimit(bad, "1", "1")).as(bad).isEmpty();
      assertThat(rateLimit("1", "1", bad)).as(bad).isEmpty();
    }
  }

  @Test
  void outcome_status499ClientError_500ServerError_integrityInvalid() {
    assertThat(CallEvents.outcome(ErrorAccess.fromResponse(499, new byte[0], null, "r", null, Clock.systemUTC())))
        .isEqualTo(Outcome.CLIENT_ERROR);
    assertThat(CallEvents.outcome(ErrorAccess.fromResponse(500, new byte[0], null, "r", null, Clock.systemUTC())))
        .isEqualTo(Outcome.SERVER_ERROR);
    assertThat(CallEvents.outcome(new DocumentIntegrityException("digest", "r"))).isEqualTo(Outcome.INVALID_RESPONSE);
  }

  /** Keeps every event. */
  static final class Keeping implements CallListener {
    final List<Object> events = new ArrayList<>();

    @Override
    public void attemptFinished(AttemptEvent e) {
      events.add(e);
    }

    @Override
    public void callFinished(CallEvent e) {
      events.add(e);
    }
  }

  @Test
  void events_failureStatusAndBytes_fromTheFailureAndTheBody() {
    Keeping keeping = new Keeping();
    CallEvents events = new CallEvents(List.of(keeping));
    CallContext ctx = context();
    ctx.body = new byte[] {1, 2, 3};
    ResponseDecodingException garbled = new ResponseDecodingException("bad", 201, "req-1", null);
    events.attemptFinished(ctx, null, garbled, 5);
    events.callFinished(ctx, 0, garbled, System.nanoTime());
    events.callFinished(ctx, 0, ErrorAccess.fromResponse(404, new byte[0], null, "r", null, Clock.systemUTC()),
        System.nanoTime());
    events.callFinished(ctx, 204, null, System.nanoTime());
    CallListener.AttemptEvent attempt = (CallListener.AttemptEvent) keeping.events.get(0);
    assertThat(attempt.status()).isEqualTo(201);
    assertThat(attempt.bytesSent()).isEqualTo(3);
    assertThat(attempt.bytesReceived()).isEqualTo(-1);
    assertThat(attempt.error()).isEqualTo("ResponseDecodingException");
    assertThat(attempt.attempt()).isEqualTo(2);
    CallListener.CallEvent decoding = (CallListener.CallEvent) keeping.events.get(1);
    assertThat(decoding.status()).isEqualTo(201);
    assertThat(decoding.outcome()).isEqualTo(Outcome.INVALID_RESPONSE);
    assertThat(decoding.attempts()).isEqualTo(2);
    assertThat(((CallListener.CallEvent) keeping.events.get(2)).status()).isEqualTo(404);
    CallListener.CallEvent ok = (CallListener.CallEvent) keeping.events.get(3);
    assertThat(ok.status()).isEqualTo(204);
    assertThat(ok.error()).isNull();
  }

  @Test
  void events_listenerThrowingAnException_skippedAndTheNextStillCalled() {
    Keeping second = new Keeping();
    CallListener throwing = new CallListener() {
      @Override
      public void callFinished(CallEvent e) {
        throw new IllegalStateException("listener bug");
      }
    };
    CallEvents events = new CallEvents(List.of(throwing, second));
    events.callFinished(context(), 200, null, System.nanoTime());
    events.callFinished(context(), 200, null, System.nanoTime());
    assertThat(second.events).hasSize(2);
  }

  @Test
  void events_listenerThrowingAVirtualMachineError_propagates() {
    CallListener overflowing = new CallListener() {
      @Override
      public void callFinished(CallEvent e) {
        throw new StackOverflowError("deep");
      }
    };
    CallEvents events = new CallEvents(List.of(overflowing));
    assertThatThrownBy(() -> events.callFinished(context(), 200, null, System.nanoTime()))
        .isInstanceOf(StackOverflowError.class);
  }

  @Test
  void respond_callbackThrowing_ignored_virtualMachineErrorPropagates() {
    CallContext ctx = context();
    Exchange ex = new Exchange(new IncomingResponse(200, Map.of()), new byte[0], null, "req-1", Exchange.NOT_DECODED);
    List<ResponseInfo> seen = new ArrayList<>();
    ctx.onResponse = info -> {
      seen.add(info);
      throw new IllegalStateException("callback bug");
    };
    new CallEvents(List.of()).respond(ctx, ex);
    assertThat(seen).singleElement().satisfies(info -> {
      assertThat(info.status()).isEqualTo(200);
      assertThat(info.attempts()).isEqualTo(2);
    });
    ctx.onResponse = info -> {
      throw new OutOfMemoryError("full");
    };
    assertThatThrownBy(() -> new CallEvents(List.of()).respond(ctx, ex)).isInstanceOf(OutOfMemoryError.class);
  }
}
