package io.csol.sandbox.internal;

/**
 * What the pipeline asks of the fault controls for each API request. The public
 * {@code io.csol.sandbox.Faults} answers it through an adapter, so the internals do not depend on
 * the package that wires them up (no package cycle); its {@code Kind} has the same constants.
 */
@FunctionalInterface
public interface FaultHook {

  /** No faults at all. */
  FaultHook NONE = path -> Decision.NONE;

  /** Returns what to do to a request for {@code path}. */
  Decision decide(String path);

  /** What a fault does; the same constants as {@code Faults.Kind} (a test keeps them equal). */
  enum Kind {
    /** Adds a delay before the request is handled. */
    LATENCY,
    /** Answers a status without running the handler. */
    STATUS,
    /** Closes the connection before any response byte. */
    RESET,
    /** Runs the handler, then closes the connection without a response. */
    RESET_AFTER_HANDLER,
    /** Runs the handler, sends the headers and half the body, then closes. */
    RESET_MID_BODY,
    /** Runs the handler, announces the full length, sends half the body and closes. */
    TRUNCATED_BODY,
    /** Runs the handler and sends a complete but malformed JSON body. */
    MALFORMED_JSON,
    /** Runs the handler and sends the body in small pieces. */
    SLOW_BODY
  }

  /**
   * A terminal fault.
   *
   * @param kind what it does
   * @param status the status a STATUS fault answers
   * @param retryAfterSeconds the Retry-After of a STATUS fault, 0 for none
   * @param delayMillis how long a SLOW_BODY fault spreads the body over
   */
  record Fault(Kind kind, int status, int retryAfterSeconds, long delayMillis) { }

  /**
   * What to do to one request.
   *
   * @param latencyMillis extra latency before handling
   * @param terminal the terminal fault, or null for none
   */
  record Decision(long latencyMillis, Fault terminal) {
    /** No fault. */
    public static final Decision NONE = new Decision(0, null);
  }
}
