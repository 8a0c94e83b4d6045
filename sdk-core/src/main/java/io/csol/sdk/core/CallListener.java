package io.csol.sdk.core;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Sees every call and every HTTP attempt a {@link CsolClient} makes: what metrics and tracing
 * plug into. Register one or more with {@link CsolClient.Builder#listener(CallListener)}.
 *
 * <pre>{@code
 * CsolClient csol = CsolClient.builder()
 *     .baseUri("https://api.csol.io")
 *     .credentials(credentials)
 *     .listener(new CallListener() {
 *       @Override
 *       public void callFinished(CallEvent e) {
 *         metrics.timer("csol.calls", "tool", e.call().tool().name(),
 *             "operation", e.call().operation(), "outcome", e.outcome().name())
 *             .record(e.duration());
 *       }
 *     })
 *     .build();
 * }</pre>
 *
 * <p>Order of events for one call: {@code attemptStarted}, {@code attemptFinished}, then for
 * every retry {@code retryScheduled} (before the wait) and another started/finished pair, and
 * last {@code callFinished}, once, however the call ended. A call is one request of a tool
 * operation: each page of a list and the sign-in ({@code createToken}) are calls of their own.
 * A 401 answered by one token renewal and a replay shows as two attempts with the same number.
 *
 * <p><b>Contract.</b> Methods are called on the thread running the call, synchronously: keep them
 * quick and do not block (hand slow work to another thread). They must be thread-safe: calls run
 * concurrently. A listener cannot break a call: an exception it throws is logged at WARN once per
 * listener class and exception class and otherwise ignored. Events hold no headers, bodies,
 * tokens or query strings (filters may hold personal data), only what is listed on each record.
 * With no listener registered the pipeline creates no event at all.
 */
public interface CallListener {

  /**
   * An attempt is about to be sent.
   *
   * @param event the attempt; status 0, duration zero, bytes received -1
   */
  default void attemptStarted(AttemptEvent event) {
  }

  /**
   * An attempt got its answer or failed.
   *
   * @param event the attempt with its status (0 when none arrived), duration and error
   */
  default void attemptFinished(AttemptEvent event) {
  }

  /**
   * A failed attempt will be retried after a wait.
   *
   * @param event why, and how long the pipeline waits first
   */
  default void retryScheduled(RetryEvent event) {
  }

  /**
   * A call ended, successfully or not; sent exactly once per call.
   *
   * @param event the outcome, attempts and total duration (backoff waits included)
   */
  default void callFinished(CallEvent event) {
  }

  /**
   * What a call is: the same instance is shared by all events of one call.
   *
   * @param tool the tool the call belongs to ({@link Tool#UNKNOWN} for sign-in and access routes)
   * @param operation the operationId of api/openapi.yaml, e.g. {@code getInvoice}, or an empty
   *     string for a request without one
   * @param method the HTTP method, upper case
   * @param pathTemplate the path before its parameters were filled in, e.g.
   *     {@code /v1/invoices/{number}} (low cardinality: use it, not ids, for metric tags)
   * @param requestId the call's {@code X-Request-Id}, the same on every attempt
   */
  record CallInfo(Tool tool, String operation, String method, String pathTemplate,
      String requestId) {
    /**
     * Checks that no component is null.
     *
     * @param tool see the record description
     * @param operation see the record description
     * @param method see the record description
     * @param pathTemplate see the record description
     * @param requestId see the record description
     */
    public CallInfo {
      Objects.requireNonNull(tool, "tool must not be null");
      Objects.requireNonNull(operation, "operation must not be null");
      Objects.requireNonNull(method, "method must not be null");
      Objects.requireNonNull(pathTemplate, "pathTemplate must not be null");
      Objects.requireNonNull(requestId, "requestId must not be null");
    }
  }

  /**
   * One HTTP attempt.
   *
   * @param call the call the attempt belongs to
   * @param attempt 1 for the first attempt, counting every attempt sent (paced retries too)
   * @param status the HTTP status, or 0 when no response arrived (or, in
   *     {@link #attemptStarted}, not yet)
   * @param duration from sending to the end of reading the response; zero in
   *     {@link #attemptStarted}
   * @param bytesSent the request body's size (0 without a body)
   * @param bytesReceived the response body bytes read (a document's whole size); -1 in
   *     {@link #attemptStarted} and when the attempt failed
   * @param error the simple class name of the failure when the attempt failed without a usable
   *     response (e.g. {@code SocketTimeoutException}), otherwise null
   */
  record AttemptEvent(CallInfo call, int attempt, int status, Duration duration, long bytesSent,
      long bytesReceived, String error) {
    /**
     * Checks that call and duration are not null.
     *
     * @param call see the record description
     * @param attempt see the record description
     * @param status see the record description
     * @param duration see the record description
     * @param bytesSent see the record description
     * @param bytesReceived see the record description
     * @param error see the record description
     */
    public AttemptEvent {
      Objects.requireNonNull(call, "call must not be null");
      Objects.requireNonNull(duration, "duration must not be null");
    }

    /** @return the failure's simple class name, if the attempt failed without a response */
    public Optional<String> errorType() {
      return Optional.ofNullable(error);
    }
  }

  /**
   * A retry about to wait.
   *
   * @param call the call being retried
   * @param attempt the number of the attempt that failed
   * @param reason why it is retried
   * @param status the failed attempt's HTTP status, or 0 when no response arrived
   * @param delay how long the pipeline waits before the next attempt
   * @param paced true when the server asked for the wait ({@code Retry-After} on 429 or 503):
   *     such a retry does not use up one of {@link RetryOptions#maxAttempts()}
   */
  record RetryEvent(CallInfo call, int attempt, RetryReason reason, int status, Duration delay,
      boolean paced) {
    /**
     * Checks that no reference component is null.
     *
     * @param call see the record description
     * @param attempt see the record description
     * @param reason see the record description
     * @param status see the record description
     * @param delay see the record description
     * @param paced see the record description
     */
    public RetryEvent {
      Objects.requireNonNull(call, "call must not be null");
      Objects.requireNonNull(reason, "reason must not be null");
      Objects.requireNonNull(delay, "delay must not be null");
    }
  }

  /**
   * The end of a call.
   *
   * @param call the call
   * @param outcome how it ended
   * @param status the last HTTP status, or 0 when no response arrived
   * @param attempts the HTTP attempts made (0 when the circuit was open and nothing was sent)
   * @param duration from the start of the call to its end, backoff waits included
   * @param error the simple class name of the exception the call ended with (e.g.
   *     {@code NotFoundException}), or null on success
   */
  record CallEvent(CallInfo call, Outcome outcome, int status, int attempts, Duration duration,
      String error) {
    /**
     * Checks that no reference component but {@code error} is null.
     *
     * @param call see the record description
     * @param outcome see the record description
     * @param status see the record description
     * @param attempts see the record description
     * @param duration see the record description
     * @param error see the record description
     */
    public CallEvent {
      Objects.requireNonNull(call, "call must not be null");
      Objects.requireNonNull(outcome, "outcome must not be null");
      Objects.requireNonNull(duration, "duration must not be null");
    }

    /** @return the exception's simple class name, if the call failed */
    public Optional<String> errorType() {
      return Optional.ofNullable(error);
    }
  }

  /** How a call ended. */
  enum Outcome {
    /** A 2xx answer, decoded. */
    SUCCESS,
    /** A 4xx answer ({@code NotFoundException}, {@code RateLimitedException}, ...). */
    CLIENT_ERROR,
    /** A 5xx answer, after the retries allowed. */
    SERVER_ERROR,
    /** No usable answer: connection failure, timeout, deadline exceeded or interruption. */
    TRANSPORT_ERROR,
    /** An answer that could not be used: malformed JSON, a document failing its digest. */
    INVALID_RESPONSE,
    /** The tool's circuit breaker was open. */
    CIRCUIT_OPEN,
    /** Anything else, e.g. an exception thrown by a {@link DocumentSink}'s stream. */
    OTHER_ERROR
  }

  /** Why an attempt is retried. */
  enum RetryReason {
    /** 429: the request budget is spent. */
    RATE_LIMITED,
    /** 503: the tool is unavailable for a while. */
    SERVICE_UNAVAILABLE,
    /** 408: the server gave up waiting for the request. */
    REQUEST_TIMEOUT,
    /** 500, 502 or 504. */
    SERVER_ERROR,
    /** No answer: connection refused or reset, timeout. */
    CONNECTION_FAILURE,
    /** A 2xx body that was not well-formed JSON. */
    INVALID_RESPONSE
  }
}
