package io.csol.sdk.core.bridge;

import java.util.Objects;

/**
 * Lets the pipeline record on an SDK exception how its call went (attempts sent, whether it may
 * have been applied, the idempotency key) through a package-private method of {@code
 * CsolException}. The exception is typed {@link RuntimeException} here so that this package
 * does not depend on the error package, which depends on it. Not API.
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

  private static volatile Recorder recorder;

  private ErrorAccess() {
  }

  /**
   * Installs the recorder; called once from {@code CsolException}'s static initializer. Later
   * calls are ignored.
   *
   * @param fn the recorder, not null
   */
  public static synchronized void install(Recorder fn) {
    Objects.requireNonNull(fn, "fn must not be null");
    if (recorder == null) {
      recorder = fn;
    }
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
    // an instance exists, so CsolException's static initializer has run and installed it
    recorder.recordCall(exception, attemptsSent, mayHaveBeenApplied, idempotencyKey);
    return exception;
  }
}
