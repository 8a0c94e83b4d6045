package io.csol.sandbox.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.csol.sandbox.spi.Principal;
import io.csol.sandbox.spi.ProblemException;
import io.csol.sandbox.spi.Request;
import io.csol.sandbox.spi.Response;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP entry point: request id, faults, rate limit, routing (404/405), media types
 * (406/415), body limit (413), authentication (401), entitlement (403), idempotency, the handler,
 * problem writing (500 without stack trace) and the journal, in that order. Admin routes under
 * {@code /_sandbox/} skip faults, auth, rate limits, idempotency and the journal. Before all of
 * that, {@link LocalOnly} refuses requests a web page made through the developer's browser.
 */
public final class Pipeline implements HttpHandler {

  private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);
  private static final String TOKEN_PATH = "/v1/oauth/token";
  private static final String DEMO_PREFIX = "/_sandbox/demo/";

  private final Supplier<ServerState> state;
  private final RouteTable admin;
  private final FaultHook faults;
  private final CallJournal journal;
  private final Clock clock;
  private final ContractValidator contract = ContractValidator.shared();

  /** Creates the pipeline over the current server state (swapped on reset). */
  public Pipeline(Supplier<ServerState> state, RouteTable admin, FaultHook faults, CallJournal journal, Clock clock) {
    this.state = state;
    this.admin = admin;
    this.faults = faults;
    this.journal = journal;
    this.clock = clock;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    String given = exchange.getRequestHeaders().getFirst("X-Request-Id");
    // an off-pattern id is answered with 400 (below) and never echoed, so logs keep a clean id
    String requestId = contract.validRequestId(given) ? given : UUID.randomUUID().toString();
    exchange.getResponseHeaders().set("X-Request-Id", requestId);
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getPath();
    CallContext call = new CallContext(method, path, exchange.getRequestURI().getRawQuery(), requestId);
    boolean adminPath = path.equals("/_sandbox") || path.startsWith("/_sandbox/");
    ProblemException refused = LocalOnly.refusal(exchange.getRequestHeaders().getFirst("Host"),
        exchange.getRequestHeaders().getFirst("Origin"), exchange.getLocalAddress().getPort(), adminPath);
    if (refused != null) {
      // before faults, auth and the journal: a foreign page must not even learn what the sandbox holds
      try {
        ResponseSender.send(exchange, problem(refused, call), null);
      } finally {
        exchange.close();
      }
      return;
    }
    // the demo collection is sandbox-only (outside /v1) but served like an API collection
    if (adminPath && !path.startsWith(DEMO_PREFIX)) {
      try {
        Response response = dispatch(exchange, call, admin, null, null);
        ResponseSender.send(exchange, response, null);
      } finally {
        exchange.close();
      }
      return;
    }
    try {
      handleApi(exchange, call);
    } finally {
      if (!call.recorded) {
        record(exchange, call);
      }
    }
  }

  private void handleApi(HttpExchange exchange, CallContext call) throws IOException {
    ServerState current = state.get();
    FaultHook.Decision decision = faults.decide(call.path);
    if (decision.latencyMillis() > 0) {
      sleep(decision.latencyMillis());
    }
    FaultHook.Fault fault = decision.terminal();
    if (fault != null) {
      call.fault = fault.kind().name();
      if (!ResponseSender.responsePhase(fault.kind())) {
        call.outcome = CallJournal.Outcome.FAULT;
        if (fault.kind() == FaultHook.Kind.RESET) {
          record(exchange, call);
          throw new ConnectionAbort(fault.kind().name());
        }
        send(exchange, call, problem(Problems.status(fault.status(), fault.retryAfterSeconds()), call), null);
        return;
      }
    }
    Response response;
    try {
      call.principal = authenticate(exchange, current).orElse(null);
      limit(exchange, current, call);
      response = dispatch(exchange, call, current.routes(), current, fault);
    } catch (ProblemException e) {
      call.outcome = CallJournal.Outcome.REJECTED;
      response = problem(e, call);
    }
    send(exchange, call, response, fault != null && ResponseSender.responsePhase(fault.kind()) ? fault : null);
  }

  private Response dispatch(HttpExchange exchange, CallContext call, RouteTable table, ServerState current,
                FaultHook.Fault fault) throws IOException {
    try {
      RouteTable.Lookup lookup = table.lookup(call.method, Wire.segments(exchange.getRequestURI().getRawPath()));
      // an upload's body is left unread for its handler to stream (and to refuse by its length first)
      boolean streamed = lookup.match().map(m -> m.route().streamBody()).orElse(false);
      byte[] body = streamed ? new byte[0] : Wire.readBody(exchange.getRequestBody(), exchange.getRequestHeaders());
      String givenId = exchange.getRequestHeaders().getFirst("X-Request-Id");
      if (current != null && givenId != null && !givenId.equals(call.requestId)) {
        throw contract.requestIdProblem(givenId);
      }
      if (lookup.match().isEmpty()) {
        if (lookup.allowed().isEmpty()) {
          throw ProblemException.notFound("no resource at " + call.path);
        }
        throw new ProblemException(405, "method-not-allowed", "Method not allowed",
            call.method + " is not allowed here; allowed: " + String.join(", ", lookup.allowed()))
            .header("Allow", String.join(", ", lookup.allowed()));
      }
      RouteTable.Match match = lookup.match().get();
      Route route = match.route();
      checkMediaTypes(exchange, call, route, body);
      if (current != null && !route.open() && call.principal == null) {
        throw Problems.unauthorized("a valid bearer access token is required");
      }
      Map<String, List<String>> query = Forms.parse(exchange.getRequestURI().getRawQuery());
      ContractValidator.Operation operation = current == null ? null
          : contract.operation(call.method, route.pattern());
      if (operation != null) {
        operation.validate(match.params(), query, exchange.getRequestHeaders(), streamed ? null : body);
      }
      if (route.tool() != null && call.principal.entitledCustomers(route.tool()).isEmpty()) {
        call.principal.requireEntitled(route.tool(), call.principal.customerNumbers().get(0));
      }
      Request request = new RequestImpl(call.method, call.path, match.params(),
          query, exchange.getRequestHeaders(), body, call.requestId, call.principal,
          streamed ? exchange.getRequestBody() : null);
      call.idempotencyKey = exchange.getRequestHeaders().getFirst("Idempotency-Key");
      Supplier<Response> invoke = () -> invoke(route, request, call);
      Response response = current != null && call.method.equals("POST") && call.idempotencyKey != null
          ? Idempotency.run(current.idempotency(), call, streamed ? fingerprint(exchange) : body, invoke)
          : invoke.get();
      if (streamed && response.status() != 413) {
        // a replay or a refusal leaves the upload unread: take it in, so the client can finish sending
        // and read the answer on a connection that stays usable (a 413 is answered at once, then closed)
        Wire.drainUpload(exchange.getRequestBody(), exchange.getRequestHeaders());
      }
      if (!call.method.equals("POST") && response.status() < 400
          && !Wire.accepts(exchange.getRequestHeaders().getFirst("Accept"), response.contentType())) {
        throw notAcceptable(response.contentType());
      }
      return response;
    } catch (ProblemException e) {
      if (call.outcome != CallJournal.Outcome.APPLIED) {
        call.outcome = CallJournal.Outcome.REJECTED;
      }
      return problem(e, call);
    }
  }

  private void checkMediaTypes(HttpExchange exchange, CallContext call, Route route, byte[] body) {
    String accept = exchange.getRequestHeaders().getFirst("Accept");
    if (!call.method.equals("GET") && !Wire.accepts(accept, "application/json")) {
      throw notAcceptable("application/json");
    }
    if (body.length > 0 && !route.streamBody() && (call.method.equals("POST") || call.method.equals("PUT"))) {
      String expected = route.formBody() ? "application/x-www-form-urlencoded" : "application/json";
      String actual = Wire.baseType(exchange.getRequestHeaders().getFirst("Content-Type"));
      if (!actual.equals(expected)) {
        throw new ProblemException(415, "unsupported-media-type", "Unsupported media type",
            "the body must be " + expected + ", was '" + actual + "'")
            .withField("Content-Type", "must be " + expected);
      }
    }
  }

  /**
   * What an upload's idempotency key is bound to instead of its body (which is not read for a
   * replay): the declared digest, media type and length, and the query (the file name).
   */
  private static byte[] fingerprint(HttpExchange exchange) {
    var h = exchange.getRequestHeaders();
    String text = h.getFirst("Content-Digest") + "\n" + Wire.baseType(h.getFirst("Content-Type")) + "\n"
        + h.getFirst("Content-Length") + "\n" + exchange.getRequestURI().getRawQuery();
    return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  private static ProblemException notAcceptable(String type) {
    return new ProblemException(406, "not-acceptable", "Not acceptable",
        "this resource is " + type + ", which the Accept header excludes");
  }

  private Response invoke(Route route, Request request, CallContext call) {
    call.outcome = CallJournal.Outcome.APPLIED;
    try {
      Response response = route.handler().handle(request);
      if (response == null) {
        throw new IllegalStateException("handler of " + route.pattern() + " returned null");
      }
      return response;
    } catch (ProblemException e) {
      call.outcome = e.status() >= 500 ? CallJournal.Outcome.ERROR : CallJournal.Outcome.REJECTED;
      call.damaged = "digest-mismatch".equals(e.slug());
      return problem(e, call);
    } catch (RuntimeException e) {
      LOG.error("[sandbox] handler failed method={} route={} requestId={}", call.method, route.pattern(),
          call.requestId, e);
      call.outcome = CallJournal.Outcome.ERROR;
      return problem(new ProblemException(500, "internal-error", "Internal error",
          "the sandbox failed to handle this request; see its log for requestId " + call.requestId), call);
    }
  }

  private Optional<Principal> authenticate(HttpExchange exchange, ServerState current) {
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Optional.empty();
    }
    return current.authenticator().authenticate(authorization.substring(7).trim());
  }

  private void limit(HttpExchange exchange, ServerState current, CallContext call) {
    RateLimiter limiter = current.rateLimiter();
    if (!limiter.enabled()) {
      return;
    }
    RateLimiter.Result r = limiter.take(call.principal == null ? "anonymous" : call.principal.subject());
    exchange.getResponseHeaders().set("RateLimit-Limit", Integer.toString(r.limit()));
    exchange.getResponseHeaders().set("RateLimit-Remaining", Integer.toString(r.remaining()));
    exchange.getResponseHeaders().set("RateLimit-Reset", Long.toString(r.resetSeconds()));
    if (!r.allowed()) {
      throw Problems.status(429, (int) r.retryAfterSeconds());
    }
  }

  private static Response problem(ProblemException e, CallContext call) {
    if (TOKEN_PATH.equals(call.path)) {
      oauthError(e);
    }
    return Problems.toResponse(e, call.path, call.requestId);
  }

  /**
   * Adds the RFC 6749 section 5.2 members a generic OAuth client reads ({@code error},
   * {@code error_description}) to a 4xx problem of the token route, unless the handler chose them.
   */
  private static void oauthError(ProblemException e) {
    if (e.status() >= 500 || e.status() == 429 || e.members().containsKey("error")) {
      return;
    }
    String code = "invalid_request";
    if (e.status() == 401) {
      code = "invalid_client";
    } else if (e.status() == 400 && e.errors().stream().anyMatch(f -> "grant_type".equals(f.get("field"))
        && !f.get("message").endsWith("is required") && !f.get("message").endsWith("must not be empty"))) {
      code = "unsupported_grant_type";
    }
    e.with("error", code).with("error_description", e.detail());
  }

  private void send(HttpExchange exchange, CallContext call, Response response, FaultHook.Fault fault)
      throws IOException {
    call.status = response.status();
    // journal first: a client that got the response may assert on the journal at once
    record(exchange, call);
    ResponseSender.send(exchange, response, fault);
  }

  private void record(HttpExchange exchange, CallContext call) {
    call.recorded = true;
    Map<String, List<String>> headers = Wire.safeHeaders(exchange.getRequestHeaders());
    journal.record(new CallJournal.Call(clock.instant(), call.method, call.path, call.rawQuery, call.requestId,
        call.idempotencyKey, call.subject(), call.status, call.outcome, call.fault, headers));
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConnectionAbort("interrupted");
    }
  }
}
