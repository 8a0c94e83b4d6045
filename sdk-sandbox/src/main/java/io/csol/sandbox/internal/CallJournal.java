package io.csol.sandbox.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Where the pipeline records what became of each API request. The public
 * {@code io.csol.sandbox.Journal} receives the calls through an adapter, so the internals do not
 * depend on the package that wires them up (no package cycle); its {@code Outcome} has the same
 * constants.
 */
@FunctionalInterface
public interface CallJournal {

  /** Records one call. */
  void record(Call call);

  /** What became of a request; the same constants as {@code Journal.Outcome} (a test keeps them equal). */
  enum Outcome {
    /** The handler ran. */
    APPLIED,
    /** An earlier response was replayed for the same Idempotency-Key. */
    REPLAYED,
    /** Refused with a 4xx problem. */
    REJECTED,
    /** An injected fault decided the response. */
    FAULT,
    /** The handler failed unexpectedly (500). */
    ERROR
  }

  /**
   * One received request, as the journal keeps it.
   *
   * @param time when it was recorded
   * @param method the HTTP method
   * @param path the decoded path
   * @param query the raw query, or null
   * @param requestId the request id sent back
   * @param idempotencyKey the Idempotency-Key, or null
   * @param subject the authenticated subject, or null
   * @param status the status sent (0 when none)
   * @param outcome what became of it
   * @param fault the injected fault's kind, or null
   * @param headers the request headers without secrets
   */
  record Call(Instant time, String method, String path, String query, String requestId,
        String idempotencyKey, String subject, int status, Outcome outcome, String fault,
        Map<String, List<String>> headers) { }
}
