package io.csol.sdk.core.bridge;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * Lets the pipeline reach what the error package keeps package-private: recording on an SDK
 * exception how its call went (attempts sent, whether it may have been applied, the idempotency
 * key) and mapping an error response to its exception ({@code ProblemMapper}). Exceptions are
 * typed {@link RuntimeException} here so that this package does not depend on the error package,
 * which depends on it. Not API.
 */
public final class ErrorAccess {

  /** Records a call's outcome on an exception; implemented by {@code CsolException}. */
  @FunctionalInterface
  public interface Recorder {
    /**
     * Records the call's outcome once; later records are ignored.
     *
     * @param exception an SDK exception, not null
     * @param attemptsSent attempts sent to the server, at least 0
     * @param mayHaveBeenApplied whether an attempt may have taken effect
     * @param idempotencyKey the call's key, or null
     */
    void recordCall(RuntimeException exception, int attemptsSent, boolean mayHaveBeenApplied,
        String idempotencyKey);
  }

  /** Maps an HTTP error response to its exception; implemented by {@code ProblemMapper}. */
  @FunctionalInterface
  public interface ProblemReader {
    /**
     * Maps an error response.
     *
     * @param status the HTTP status (100..599)
     * @param body the body bytes, or null
     * @param contentType the {@code Content-Type} header, or null
     * @param requestId the call's request id, or null
     * @param headers the response headers, or null
     * @param clock the clock {@code Retry-After} dates are measured from, not null
     * @return the {@code ApiException} to throw
     */
    RuntimeException fromResponse(int status, byte[] body, String contentType, String requestId,
        Map<String, String> headers, Clock clock);
  }

  private static volatile Recorder recorder;
  private static volatile ProblemReader problems;

  static {
    // the error package installs its side when CsolException is initialised; make sure it is,
    // by name, so that this package has no compile-time dependency on it
    try {
      Class.forName("io.csol.sdk.core.error.CsolException", true, ErrorAccess.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private ErrorAccess() {
  }

  /**
   * Installs the error package's side; called once from {@code CsolException}'s static
   * initializer. Later calls are ignored.
   *
   * @param recorderFn records a call's outcome, not null
   * @param problemsFn maps error responses, not null
   */
  public static synchronized void install(Recorder recorderFn, ProblemReader problemsFn) {
    Objects.requireNonNull(recorderFn, "recorderFn must not be null");
    Objects.requireNonNull(problemsFn, "problemsFn must not be null");
    if (recorder == null) {
      recorder = recorderFn;
      problems = problemsFn;
    }
  }

  /**
   * Maps an HTTP error response to the matching {@code ApiException} subclass.
   *
   * @param status the HTTP status (100..599)
   * @param body the body bytes, or null
   * @param contentType the {@code Content-Type} header, or null
   * @param requestId the call's request id, or null (then the body's or header's is used)
   * @param headers the response headers (names case-insensitive), or null
   * @param clock the clock {@code Retry-After} dates are measured from, not null
   * @return the exception to throw (an {@code ApiException})
   */
  public static RuntimeException fromResponse(int status, byte[] body, String contentType,
      String requestId, Map<String, String> headers, Clock clock) {
    return problems.fromResponse(status, body, contentType, requestId, headers, clock);
  }

  /**
   * Records what a failed call sent on its exception (the first record wins).
   *
   * @param exception an SDK exception ({@code CsolException}), not null
   * @param attemptsSent attempts sent to the server, at least 0
   * @param mayHaveBeenApplied whether an attempt may have taken effect
   * @param idempotencyKey the call's key, or null
   * @param <E> the exception type
   * @return the exception, to be thrown
   * @throws IllegalArgumentException when attemptsSent is negative, or an effect is claimed with
   *     no attempt sent
   */
  public static <E extends RuntimeException> E recordCall(E exception, int attemptsSent,
      boolean mayHaveBeenApplied, String idempotencyKey) {
    Objects.requireNonNull(exception, "exception must not be null");
    recorder.recordCall(exception, attemptsSent, mayHaveBeenApplied, idempotencyKey);
    return exception;
  }
}
