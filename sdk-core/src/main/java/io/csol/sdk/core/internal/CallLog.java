package io.csol.sdk.core.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pipeline's log lines (not API). Only method, path (no query: filters may hold personal
 * data), status, counters, timings, request id and exception class names are ever logged; never
 * header values, tokens, secrets or bodies.
 */
final class CallLog {
  private static final Logger LOG = LoggerFactory.getLogger("io.csol.sdk.core");

  private CallLog() {
  }

  static void attempt(CallContext ctx, int status, long elapsedMs) {
    if (LOG.isDebugEnabled()) {
      LOG.debug("[csol] method={} path={} status={} attempt={} elapsedMs={} requestId={}",
          ctx.method, ctx.path, status, ctx.attempt, elapsedMs, ctx.requestId);
    }
  }

  static void attemptFailed(CallContext ctx, Throwable error, long elapsedMs) {
    if (LOG.isDebugEnabled()) {
      LOG.debug("[csol] method={} path={} error={} attempt={} elapsedMs={} requestId={}",
          ctx.method, ctx.path, error.getClass().getSimpleName(), ctx.attempt, elapsedMs,
          ctx.requestId);
    }
  }

  /**
   * A retry about to wait. A paced one (429 or 503 with {@code Retry-After}) is the server
   * setting the pace, as it is meant to, so it is DEBUG; any other retry is a failure the
   * operator may want to see, so it is WARN.
   */
  static void retryScheduled(CallContext ctx, String reason, long delayMs, boolean paced) {
    if (paced) {
      if (LOG.isDebugEnabled()) {
        LOG.debug("[csol] paced retry scheduled (server sent Retry-After) method={} path={}"
            + " reason={} attempt={} delayMs={} requestId={}", ctx.method, ctx.path, reason,
            ctx.attempt, delayMs, ctx.requestId);
      }
      return;
    }
    LOG.warn("[csol] retry scheduled method={} path={} reason={} attempt={} delayMs={} requestId={}",
        ctx.method, ctx.path, reason, ctx.attempt, delayMs, ctx.requestId);
  }

  static void tokenRenewed(CallContext ctx) {
    LOG.debug("[csol] token rejected with 401, renewed once and replaying requestId={}",
        ctx.requestId);
  }
}
