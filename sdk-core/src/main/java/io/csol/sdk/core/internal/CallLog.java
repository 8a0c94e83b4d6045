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

  static void retryScheduled(CallContext ctx, String reason, long delayMs) {
    LOG.warn("[csol] retry scheduled method={} path={} reason={} attempt={} delayMs={} requestId={}",
        ctx.method, ctx.path, reason, ctx.attempt, delayMs, ctx.requestId);
  }

  static void tokenRenewed(CallContext ctx) {
    LOG.debug("[csol] token rejected with 401, renewed once and replaying requestId={}",
        ctx.requestId);
  }
}
