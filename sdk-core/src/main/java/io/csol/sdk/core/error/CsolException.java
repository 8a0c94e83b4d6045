package io.csol.sdk.core.error;

import io.csol.sdk.core.bridge.ErrorAccess;
import java.util.Optional;

/**
 * Root of every exception the csol SDK throws; unchecked.
 *
 * <p>Messages never contain credentials, tokens or header values. {@link #requestId()} is the
 * {@code X-Request-Id} of the failed call when one was sent or received; quote it to csol
 * support.
 *
 * @see "docs/errors.md: which status gives which exception, and what is retried"
 */
public class CsolException extends RuntimeException {

  static {
    ErrorAccess.install((e, attempts, applied, key) ->
        ((CsolException) e).recordCall(attempts, applied, key), ProblemMapper::fromResponse);
  }

  /** The request id, or null. */
  private final String requestId;
  /** How many attempts of the call were sent; -1 until the pipeline records the call. */
  private volatile int attemptsSent = -1;
  /** Whether an attempt may have taken effect on the server. */
  private volatile boolean mayHaveBeenApplied;
  /** The call's Idempotency-Key, or null. */
  private volatile String idempotencyKey;

  /**
   * Creates an exception with a message, the request id (may be null) and a cause (may be null).
   *
   * @param message what went wrong, without secrets
   * @param requestId the request id of the call, or null when unknown
   * @param cause the underlying cause, or null
   */
  public CsolException(String message, String requestId, Throwable cause) {
    super(message, cause);
    this.requestId = requestId;
  }

  /**
   * Returns the request id of the failed call, when known.
   *
   * @return the {@code X-Request-Id} value, or empty
   */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /**
   * Tells how many attempts of the failed call were sent to the server (fully or in part).
   *
   * <p>0 means no byte of the call left this process (for example the circuit was open or the
   * connection could not be made). Exceptions not thrown by a call report 0.
   *
   * @return the number of attempts sent, at least 0
   */
  public int attemptsSent() {
    return Math.max(attemptsSent, 0);
  }

  /**
   * Tells whether the failed call may have taken effect on the server even though it failed.
   *
   * <p>True when an attempt of a state-changing call (POST, PUT, DELETE) was sent and its outcome
   * is unknown: the connection broke after the request was sent, the server answered 500, 502 or
   * 504, or it answered 2xx with a body that could not be read. Then re-send the call with
   * {@link #idempotencyKey()} (for example {@code RequestOptions.builder().idempotencyKey(key)}):
   * the server applies a key once, so the re-send either applies the effect or returns the
   * original result. A new key could apply the effect twice. Always false for GET and HEAD,
   * which change nothing, and when no attempt was sent.
   *
   * @return true when the effect may have been applied
   */
  public boolean mayHaveBeenApplied() {
    return mayHaveBeenApplied;
  }

  /**
   * Returns the {@code Idempotency-Key} every attempt of the failed call carried (POST only).
   *
   * @return the key to re-send the call with, or empty when the call carried none
   */
  public Optional<String> idempotencyKey() {
    return Optional.ofNullable(idempotencyKey);
  }

  /**
   * Records what the failed call sent; for the SDK's request pipeline (through
   * {@code bridge.ErrorAccess}, so applications cannot call it), which calls it once before
   * throwing. Later calls are ignored, so an exception passed through several layers
   * keeps the outcome of the call that threw it first.
   *
   * @param attemptsSent attempts sent to the server, at least 0
   * @param mayHaveBeenApplied whether an attempt may have taken effect
   * @param idempotencyKey the call's key, or null
   * @return this exception
   * @throws IllegalArgumentException when attemptsSent is negative, or an effect is claimed with
   *     no attempt sent
   */
  CsolException recordCall(int attemptsSent, boolean mayHaveBeenApplied,
      String idempotencyKey) {
    if (attemptsSent < 0) {
      throw new IllegalArgumentException("attemptsSent must be >= 0, was " + attemptsSent);
    }
    if (mayHaveBeenApplied && attemptsSent == 0) {
      throw new IllegalArgumentException("mayHaveBeenApplied needs attemptsSent >= 1");
    }
    synchronized (this) {
      if (this.attemptsSent < 0) {
        this.attemptsSent = attemptsSent;
        this.mayHaveBeenApplied = mayHaveBeenApplied;
        this.idempotencyKey = idempotencyKey;
      }
    }
    return this;
  }

  /** Appends {@code " [requestId=...]"} to a message when a request id is known. */
  static String withRequestId(String message, String requestId) {
    return requestId == null || requestId.isEmpty() ? message : message + " [requestId=" + requestId + "]";
  }
}
