package io.csol.sdk.core.internal;

import org.slf4j.MDC;

/**
 * Puts the running call into the SLF4J MDC ({@value #REQUEST_ID}, {@value #TOOL},
 * {@value #OPERATION}) so that every log line written while it runs, the SDK's and the
 * application's (a listener's, a sink's), carries the request id (not API). Values that were
 * there before are put back when the call ends, so a call made inside another (the sign-in
 * inside a call) leaves the outer call's values in place.
 */
final class CallMdc {
  static final String REQUEST_ID = "csol.requestId";
  static final String TOOL = "csol.tool";
  static final String OPERATION = "csol.operation";

  private CallMdc() {
  }

  static void enter(CallContext ctx) {
    ctx.outerRequestId = MDC.get(REQUEST_ID);
    ctx.outerTool = MDC.get(TOOL);
    ctx.outerOperation = MDC.get(OPERATION);
    MDC.put(REQUEST_ID, ctx.requestId);
    MDC.put(TOOL, ctx.tool.name());
    set(OPERATION, ctx.operation.isEmpty() ? null : ctx.operation);
  }

  static void exit(CallContext ctx) {
    set(REQUEST_ID, ctx.outerRequestId);
    set(TOOL, ctx.outerTool);
    set(OPERATION, ctx.outerOperation);
  }

  private static void set(String key, String value) {
    if (value == null) {
      MDC.remove(key);
    } else {
      MDC.put(key, value);
    }
  }
}
