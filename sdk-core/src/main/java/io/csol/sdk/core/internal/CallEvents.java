package io.csol.sdk.core.internal;

import io.csol.sdk.core.CallListener;
import io.csol.sdk.core.CallListener.AttemptEvent;
import io.csol.sdk.core.CallListener.CallEvent;
import io.csol.sdk.core.CallListener.CallInfo;
import io.csol.sdk.core.CallListener.Outcome;
import io.csol.sdk.core.CallListener.RetryEvent;
import io.csol.sdk.core.CallListener.RetryReason;
import io.csol.sdk.core.ResponseInfo;
import io.csol.sdk.core.error.ApiException;
import io.csol.sdk.core.error.CircuitOpenException;
import io.csol.sdk.core.error.DocumentIntegrityException;
import io.csol.sdk.core.error.ResponseDecodingException;
import io.csol.sdk.core.error.TransportException;
import io.csol.sdk.core.http.IncomingResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands the pipeline's events to the registered {@link CallListener}s (not API).
 *
 * <p>Every method returns before building anything when no listener is registered, so a client
 * without listeners allocates no event. A listener (or an {@code onResponse} callback) that
 * throws is logged at WARN once per listener class and exception class, then ignored: observing
 * a call must never change its result. Thread-safe.
 */
final class CallEvents {
  private static final Logger LOG = LoggerFactory.getLogger("io.csol.sdk.core");
  private final CallListener[] listeners;
  /** listener class + exception class already reported, so a broken listener logs once. */
  private final Set<String> reported = ConcurrentHashMap.newKeySet();

  CallEvents(List<CallListener> listeners) {
    this.listeners = listeners.toArray(new CallListener[0]);
  }

  /** Whether any listener is registered (the pipeline skips timing work otherwise). */
  boolean enabled() {
    return listeners.length > 0;
  }

  void attemptStarted(CallContext ctx) {
    if (listeners.length == 0) {
      return;
    }
    AttemptEvent e = new AttemptEvent(info(ctx), ctx.attempt, 0, Duration.ZERO, bytesSent(ctx),
        -1, null);
    dispatch(e, CallListener::attemptStarted, "attemptStarted");
  }

  /** {@code ex} is the response, or null when the attempt failed with {@code error}. */
  void attemptFinished(CallContext ctx, Exchange ex, Throwable error, long nanos) {
    if (listeners.length == 0) {
      return;
    }
    AttemptEvent e = new AttemptEvent(info(ctx), ctx.attempt, ex != null ? ex.status()
        : statusOf(error), Duration.ofNanos(nanos), bytesSent(ctx), ex == null ? -1
        : bytesReceived(ctx), ex == null ? error.getClass().getSimpleName() : null);
    dispatch(e, CallListener::attemptFinished, "attemptFinished");
  }

  void retryScheduled(CallContext ctx, Exception failure, long delayMillis, boolean paced) {
    if (listeners.length == 0) {
      return;
    }
    int status = statusOf(failure);
    RetryEvent e = new RetryEvent(info(ctx), ctx.attempt, reason(failure, status), status,
        Duration.ofMillis(delayMillis), paced);
    dispatch(e, CallListener::retryScheduled, "retryScheduled");
  }

  /** {@code failure} is null on success; {@code startNanos} from {@link System#nanoTime()}. */
  void callFinished(CallContext ctx, int status, Throwable failure, long startNanos) {
    if (listeners.length == 0) {
      return;
    }
    int failed = failure == null ? 0 : statusOf(failure);
    CallEvent e = new CallEvent(info(ctx), failure == null ? Outcome.SUCCESS : outcome(failure),
        failed != 0 ? failed : status, ctx.attempt,
        Duration.ofNanos(System.nanoTime() - startNanos),
        failure == null ? null : failure.getClass().getSimpleName());
    dispatch(e, CallListener::callFinished, "callFinished");
  }

  /** Runs the call's {@code onResponse} callback, if any, with the successful response's data. */
  void respond(CallContext ctx, Exchange ex) {
    Consumer<ResponseInfo> callback = ctx.onResponse;
    if (callback == null) {
      return;
    }
    try {
      callback.accept(new ResponseInfo(ctx.requestId, ex.status(), ctx.attempt,
          rateLimit(ex.head())));
    } catch (RuntimeException | Error t) {
      ignore(callback, "onResponse", t);
    }
  }

  /** The three RateLimit headers, when all are present and non-negative integers. */
  static Optional<ResponseInfo.RateLimit> rateLimit(IncomingResponse head) {
    long limit = count(head, "RateLimit-Limit");
    long remaining = count(head, "RateLimit-Remaining");
    long reset = count(head, "RateLimit-Reset");
    if (limit < 0 || remaining < 0 || reset < 0) {
      return Optional.empty();
    }
    return Optional.of(new ResponseInfo.RateLimit(limit, remaining, Duration.ofSeconds(reset)));
  }

  /** A header holding a non-negative decimal integer of at most 12 digits, else -1. */
  private static long count(IncomingResponse head, String name) {
    String v = head.header(name).map(String::trim).orElse("");
    if (v.isEmpty() || v.length() > 12) {
      return -1;
    }
    for (int i = 0; i < v.length(); i++) {
      if (v.charAt(i) < '0' || v.charAt(i) > '9') {
        return -1;
      }
    }
    return Long.parseLong(v);
  }

  private static CallInfo info(CallContext ctx) {
    if (ctx.info == null) {
      ctx.info = new CallInfo(ctx.tool, ctx.operation, ctx.method, ctx.pathTemplate,
          ctx.requestId);
    }
    return ctx.info;
  }

  private static long bytesSent(CallContext ctx) {
    if (ctx.upload != null) {
      return ctx.upload.length();
    }
    return ctx.body == null ? 0 : ctx.body.length;
  }

  private static long bytesReceived(CallContext ctx) {
    return ctx.received == null ? -1 : ctx.received.bytesRead();
  }

  private static int statusOf(Throwable t) {
    if (t instanceof ApiException) {
      return ((ApiException) t).status();
    }
    if (t instanceof ResponseDecodingException) {
      return ((ResponseDecodingException) t).status();
    }
    return 0;
  }

  static Outcome outcome(Throwable failure) {
    if (failure instanceof CircuitOpenException) {
      return Outcome.CIRCUIT_OPEN;
    }
    if (failure instanceof ApiException) {
      return ((ApiException) failure).status() >= 500 ? Outcome.SERVER_ERROR
          : Outcome.CLIENT_ERROR;
    }
    if (failure instanceof TransportException) {
      return Outcome.TRANSPORT_ERROR;
    }
    if (failure instanceof ResponseDecodingException
        || failure instanceof DocumentIntegrityException) {
      return Outcome.INVALID_RESPONSE;
    }
    return Outcome.OTHER_ERROR;
  }

  static RetryReason reason(Exception failure, int status) {
    if (failure instanceof ResponseDecodingException) {
      return RetryReason.INVALID_RESPONSE;
    }
    switch (status) {
      case 0:
        return RetryReason.CONNECTION_FAILURE;
      case 429:
        return RetryReason.RATE_LIMITED;
      case 503:
        return RetryReason.SERVICE_UNAVAILABLE;
      case 408:
        return RetryReason.REQUEST_TIMEOUT;
      default:
        return RetryReason.SERVER_ERROR;
    }
  }

  /** Hands one event to every listener; a listener that throws is logged once and skipped. */
  private <E> void dispatch(E event, BiConsumer<CallListener, E> method, String name) {
    for (CallListener l : listeners) {
      try {
        method.accept(l, event);
      } catch (RuntimeException | Error t) {
        ignore(l, name, t);
      }
    }
  }

  private void ignore(Object listener, String method, Throwable t) {
    if (t instanceof VirtualMachineError) {
      throw (VirtualMachineError) t; // out of memory or stack: nothing sensible to go on with
    }
    if (reported.add(listener.getClass().getName() + '/' + t.getClass().getName())) {
      LOG.warn("[csol] listener {} threw {} in {}; ignored, the call goes on (logged once per"
          + " listener and exception class)", listener.getClass().getName(),
          t.getClass().getName(), method, t);
    }
  }
}
