package io.csol.sdk.core.internal;

import com.fasterxml.jackson.databind.JavaType;
import io.csol.sdk.core.CallListener;
import io.csol.sdk.core.ResponseInfo;
import io.csol.sdk.core.Tool;
import io.csol.sdk.core.error.CsolException;
import io.csol.sdk.core.error.TransportException;
import io.csol.sdk.core.http.IncomingResponse;
import io.csol.sdk.core.spi.UploadContent;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

/**
 * State of one logical call shared by all its attempts: request id, idempotency key, deadline,
 * encoded body, attempt counter (not API). Confined to the calling thread.
 */
final class CallContext {
  final String method;
  final String path;
  final Map<String, String> query;
  final Tool tool;
  final String accept;
  final Map<String, String> extraHeaders;
  final boolean authenticated;
  final Duration timeout;
  String requestId;
  String idempotencyKey;
  byte[] body;
  /** An upload's raw body, streamed from its file on every attempt; null for JSON calls. */
  UploadContent upload;
  String contentType;
  long deadlineMillis;
  int attempt;
  boolean replayedAfter401;
  String bearer;
  /** Sees each 2xx head before its body is read; null when nobody asked. */
  Consumer<IncomingResponse> onHead;
  /** Decode a 2xx body as this type while reading it; null keeps the bytes. */
  JavaType decodeAs;
  /** Whether this attempt is decoding a 2xx body (so a decoding failure is the body's fault). */
  boolean decoding;
  /** Attempts that reached the wire (fully or in part); what a failure reports. */
  int attemptsSent;
  /** Whether an attempt of a state-changing call may have taken effect on the server. */
  boolean mayHaveBeenApplied;
  /** The operationId for listeners and the MDC, empty when the request has none. */
  String operation = "";
  /** The path before its parameters were filled in, for listeners. */
  String pathTemplate;
  /** The caller's callback for a successful response, or null. */
  Consumer<ResponseInfo> onResponse;
  /** What listeners are told the call is; built with the first event. */
  CallListener.CallInfo info;
  /** The MDC values of an enclosing call (or the application), restored when this one ends. */
  String outerRequestId;
  String outerTool;
  String outerOperation;
  /** Counts the current attempt's response body bytes; null without listeners. */
  BoundedBody received;
  /** The status of the last attempt, 0 when it got no response. */
  int lastStatus;

  CallContext(String method, String path, Map<String, String> query, Tool tool, String accept,
      Map<String, String> extraHeaders, boolean authenticated, Duration timeout) {
    this.method = method;
    this.path = path;
    this.query = query;
    this.tool = tool;
    this.accept = accept;
    this.extraHeaders = extraHeaders;
    this.authenticated = authenticated;
    this.timeout = timeout;
  }

  /** Whether the method changes server state, so that a lost answer may hide an effect. */
  boolean changesState() {
    return !"GET".equals(method) && !"HEAD".equals(method);
  }

  /** Records an attempt that reached the server; {@code outcomeUnknown}: it may have taken effect. */
  void sent(boolean outcomeUnknown) {
    attemptsSent++;
    if (outcomeUnknown && changesState()) {
      mayHaveBeenApplied = true;
    }
  }

  Duration remaining(Clock clock) {
    return Duration.ofMillis(deadlineMillis - clock.millis());
  }

  TransportException deadlineExceeded(int attempts, CsolException last) {
    return new TransportException("timeout: call deadline of " + timeout + " exceeded after "
        + attempts + " attempt(s); last failure: " + last.getClass().getSimpleName(), requestId,
        false, last);
  }

  @Override
  public String toString() {
    return "CallContext[" + method + " " + path + ", requestId=" + requestId + "]";
  }
}
