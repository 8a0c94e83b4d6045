package io.csol.sdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.csol.sdk.core.CallListener;
import io.csol.sdk.core.CallListener.Outcome;
import io.csol.sdk.core.CallListener.RetryReason;
import io.csol.sdk.core.ResponseInfo;
import io.csol.sdk.core.Tool;
import io.csol.sdk.core.error.CircuitOpenException;
import io.csol.sdk.core.bridge.ErrorAccess;
import io.csol.sdk.core.error.ResponseDecodingException;
import io.csol.sdk.core.error.ServerException;
import io.csol.sdk.core.error.TransportException;
import io.csol.sdk.core.http.IncomingResponse;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The dispatch of listener events, without a server. */
class CallEventsTest {
  private static final int ROUNDS = 20_000;

  /** Keeps every event it is given, so the events escape and must be allocated. */
  static final class Keeping implements CallListener {
    volatile Object last;
    int count;

    @Override
    public void attemptStarted(AttemptEvent e) {
      last = e;
      count++;
    }

    @Override
    public void attemptFinished(AttemptEvent e) {
      last = e;
      count++;
    }

    @Override
    public void retryScheduled(RetryEvent e) {
      last = e;
      count++;
    }

    @Override
    public void callFinished(CallEvent e) {
      last = e;
      count++;
    }
  }

  private static CallContext context() {
    CallContext ctx = new CallContext("GET", "/v1/invoices/1", Map.of(), Tool.INVOICES,
        "application/json", Map.of(), true, Duration.ofSeconds(1));
    ctx.requestId = "req-1";
    ctx.operation = "getInvoice";
    ctx.pathTemplate = "/v1/invoices/{number}";
    ctx.attempt = 1;
    return ctx;
  }

  private static Exchange ok() {
    return new Exchange(new IncomingResponse(200, Map.of()), new byte[0], null, "req-1",
        Exchange.NOT_DECODED);
  }

  /** Bytes this thread allocated while {@code events} dispatched ROUNDS rounds of every event. */
  private static long allocatedBy(CallEvents events, CallContext ctx, Exchange ex,
      ServerException failure) {
    com.sun.management.ThreadMXBean mx =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long id = Thread.currentThread().getId();
    long before = mx.getThreadAllocatedBytes(id);
    for (int i = 0; i < ROUNDS; i++) {
      events.attemptStarted(ctx);
      events.attemptFinished(ctx, ex, null, 1_000);
      events.retryScheduled(ctx, failure, 500, false);
      events.callFinished(ctx, 200, null, 0L);
      events.respond(ctx, ex);
    }
    return mx.getThreadAllocatedBytes(id) - before;
  }

  @Test
  void dispatch_noListeners_allocatesNothingPerEvent() {
    CallContext ctx = context();
    Exchange ex = ok();
    ServerException failure = (ServerException) ErrorAccess.fromResponse(503, new byte[0], null, "req-1", null, java.time.Clock.systemUTC());
    CallEvents none = new CallEvents(List.of());
    CallEvents one = new CallEvents(List.of(new Keeping()));
    allocatedBy(none, ctx, ex, failure); // warm up, so class loading is not counted
    allocatedBy(one, ctx, ex, failure);
    long withNone = allocatedBy(none, ctx, ex, failure);
    long withOne = allocatedBy(one, ctx, ex, failure);
    assertThat(none.enabled()).isFalse();
    // 100,000 dispatches: less than one byte each, i.e. no event object at all (what remains
    // is the measurement's own noise)
    assertThat(withNone).isLessThan(ROUNDS * 5L);
    // the same measurement sees the events when a listener keeps them
    assertThat(withOne).isGreaterThan(ROUNDS * 4L * 24);
  }

  @Test
  void dispatch_oneListener_getsOneEventPerCallSharingOneCallInfo() {
    Keeping keeping = new Keeping();
    CallEvents events = new CallEvents(List.of(keeping));
    CallContext ctx = context();
    events.attemptStarted(ctx);
    CallListener.AttemptEvent started = (CallListener.AttemptEvent) keeping.last;
    events.callFinished(ctx, 200, null, System.nanoTime());
    CallListener.CallEvent call = (CallListener.CallEvent) keeping.last;
    assertThat(call.call()).isSameAs(started.call())
        .isEqualTo(new CallListener.CallInfo(Tool.INVOICES, "getInvoice", "GET",
            "/v1/invoices/{number}", "req-1"));
    assertThat(started.bytesReceived()).isEqualTo(-1);
    assertThat(call.outcome()).isEqualTo(Outcome.SUCCESS);
    assertThat(keeping.count).isEqualTo(2);
  }

  @Test
  void outcome_eachFailureKind_mapsToItsOutcome() {
    assertThat(CallEvents.outcome(ErrorAccess.fromResponse(502, new byte[0], null, "r", null, java.time.Clock.systemUTC())))
        .isEqualTo(Outcome.SERVER_ERROR);
    assertThat(CallEvents.outcome(new CircuitOpenException(Tool.INVOICES, "r", 0, false, null,
        null))).isEqualTo(Outcome.CIRCUIT_OPEN);
    assertThat(CallEvents.outcome(new TransportException("reset", "r", true, null)))
        .isEqualTo(Outcome.TRANSPORT_ERROR);
    assertThat(CallEvents.outcome(new ResponseDecodingException("bad", 200, "r", null)))
        .isEqualTo(Outcome.INVALID_RESPONSE);
    assertThat(CallEvents.outcome(new IllegalStateException("sink"))).isEqualTo(
        Outcome.OTHER_ERROR);
  }

  @Test
  void reason_eachRetryableFailure_mapsToItsReason() {
    assertThat(CallEvents.reason(new TransportException("reset", "r", true, new IOException()),
        0)).isEqualTo(RetryReason.CONNECTION_FAILURE);
    assertThat(CallEvents.reason(new ResponseDecodingException("bad", 200, "r", null), 200))
        .isEqualTo(RetryReason.INVALID_RESPONSE);
    assertThat(CallEvents.reason(null, 429)).isEqualTo(RetryReason.RATE_LIMITED);
    assertThat(CallEvents.reason(null, 503)).isEqualTo(RetryReason.SERVICE_UNAVAILABLE);
    assertThat(CallEvents.reason(null, 408)).isEqualTo(RetryReason.REQUEST_TIMEOUT);
    assertThat(CallEvents.reason(null, 502)).isEqualTo(RetryReason.SERVER_ERROR);
  }

  @Test
  void rateLimit_headers_parsedOnlyWhenAllThreeAreNonNegativeIntegers() {
    assertThat(CallEvents.rateLimit(new IncomingResponse(200, Map.of("ratelimit-limit", "100",
        "RateLimit-Remaining", " 7 ", "RateLimit-Reset", "60"))))
        .hasValue(new ResponseInfo.RateLimit(100, 7, Duration.ofMinutes(1)));
    for (String bad : List.of("", "-1", "1.5", "12abc", "9999999999999")) {
      assertThat(CallEvents.rateLimit(new IncomingResponse(200, Map.of("RateLimit-Limit", "100",
          "RateLimit-Remaining", bad, "RateLimit-Reset", "60")))).as(bad).isEqualTo(
          Optional.empty());
    }
    assertThat(CallEvents.rateLimit(new IncomingResponse(200, Map.of()))).isEmpty();
  }
}
