package io.csol.sdk.core.internal;

import com.fasterxml.jackson.databind.JavaType;
import io.csol.sdk.core.CircuitState;
import io.csol.sdk.core.RequestOptions;
import io.csol.sdk.core.Tool;
import io.csol.sdk.core.auth.AccessToken;
import io.csol.sdk.core.auth.TokenManager;
import io.csol.sdk.core.bridge.ErrorAccess;
import io.csol.sdk.core.error.ApiException;
import io.csol.sdk.core.error.CircuitOpenException;
import io.csol.sdk.core.error.CsolException;
import io.csol.sdk.core.error.ResponseDecodingException;
import io.csol.sdk.core.error.TransportException;
import io.csol.sdk.core.http.HttpTransport;
import io.csol.sdk.core.http.IncomingResponse;
import io.csol.sdk.core.json.Json;
import io.csol.sdk.core.retry.Backoff;
import io.csol.sdk.core.retry.RetryClassifier;
import io.csol.sdk.core.spi.ApiRequest;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.core.functions.Either;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The request pipeline: every call runs through these stages, in this order (not API).
 *
 * <pre>
 *   PER CALL     1 prepare      request id, merged options, encoded body
 *                2 idempotency  Idempotency-Key on POST, the same on every attempt
 *                3 deadline     one budget for all attempts and backoff sleeps
 *                5 circuit      per-tool breaker, one permission and one outcome per call; open
 *                               at the start -> CircuitOpenException, nothing sent; opened by
 *                               other calls while this one retries -> CircuitOpenException that
 *                               tells what earlier attempts sent
 *                4 retry        backoff with full jitter / Retry-After, bounded by the deadline;
 *                               429/503 with Retry-After retried without using up an attempt;
 *                               a 2xx body that is not well-formed JSON is retried too
 *   PER ATTEMPT  6 auth         bearer token; one renewal + replay on 401
 *                7 observe      one DEBUG line per attempt; attempt events for listeners
 *                8 transport    HttpClient 5; a 2xx head goes to the call's onHead hook, then
 *                               the body is read while the connection is leased
 *   PER CALL     9 decode       2xx JSON -> type ({@link #decode}), or decoded from the stream in 8
 *                               when the caller said the type up front; non-2xx -> ApiException (in 4)
 * </pre>
 *
 * Around all of it ({@link #run}): the call's request id, tool and operation in the SLF4J MDC,
 * the call event for listeners, the caller's {@code onResponse} callback on success.
 *
 * <p>Every CsolException a call ends with records how many attempts were sent, whether one may have
 * taken effect, and the idempotency key ({@link ErrorAccess#recordCall}).
 *
 * <p>Thread-safe: all per-call state lives in a {@link CallContext} confined to the calling thread.
 */
final class Pipeline {
  /** One attempt's inner stages, which may fail with I/O. */
  @FunctionalInterface
  private interface Stage {
    Exchange run() throws IOException;
  }

  private final ClientConfig config;
  private final HttpTransport http;
  private final Breakers breakers;
  private final Backoff backoff;
  private final CallCounters counters = new CallCounters();
  private final CallEvents events;
  private volatile TokenManager tokens;

  Pipeline(ClientConfig config, HttpTransport http) {
    this.config = config;
    this.http = http;
    this.breakers = new Breakers(config.circuitBreaker());
    this.backoff = new Backoff(config.retry(), config.random());
    this.events = new CallEvents(config.listeners());
  }

  /** The state of a tool's circuit breaker, CLOSED when breakers are disabled. */
  CircuitState circuitState(Tool tool) {
    return breakers.state(tool);
  }

  void tokens(TokenManager tokens) {
    this.tokens = tokens;
  }

  CallCounters counters() {
    return counters;
  }

  /** Runs an API call; {@code target} receives a 2xx document body, or null for JSON. */
  Exchange execute(ApiRequest request, DocumentTarget target) {
    return execute(request, target, null, null);
  }

  /**
   * Runs an API call whose 2xx JSON body is decoded as {@code type} straight from the connection,
   * never buffered whole ({@link #decode} then returns the value). {@code onHead}, when not null,
   * sees the head of every 2xx response before its body is read (for hints such as the next
   * page's {@code Link}).
   */
  Exchange executeDecoding(ApiRequest request, Type type, Consumer<IncomingResponse> onHead) {
    JavaType javaType = Json.type(type);
    boolean none = javaType.hasRawClass(Void.class) || javaType.hasRawClass(void.class);
    return execute(request, null, onHead, none ? null : javaType);
  }

  private Exchange execute(ApiRequest request, DocumentTarget target,
      Consumer<IncomingResponse> onHead, JavaType decodeAs) {
    RequestOptions options = request.options();
    CallContext ctx = new CallContext(request.method(), request.path(), request.query(),
        request.tool(), request.accept(), options.headers(), true,
        options.timeout().orElse(config.defaultTimeout()));
    prepare(ctx, options, request.body().map(Json::write).orElse(null), "application/json");
    request.content().ifPresent(upload -> {
      ctx.upload = upload;
      ctx.contentType = upload.mediaType();
    });
    idempotency(ctx, options);
    deadline(ctx);
    ctx.onHead = onHead;
    ctx.decodeAs = decodeAs;
    ctx.operation = request.operation();
    ctx.pathTemplate = request.pathTemplate();
    ctx.onResponse = options.onResponse().orElse(null);
    return run(ctx, target);
  }

  /** Runs an unauthenticated form POST (the token endpoint) within {@code budget}. */
  Exchange executeForm(String path, byte[] form, Duration budget) {
    Duration timeout = budget.compareTo(config.defaultTimeout()) < 0 ? budget
        : config.defaultTimeout();
    CallContext ctx = new CallContext("POST", path, Map.of(), Tool.UNKNOWN, "application/json",
        Map.of(), false, timeout.toMillis() < 1 ? Duration.ofMillis(1) : timeout);
    prepare(ctx, RequestOptions.defaults(), form, "application/x-www-form-urlencoded");
    idempotency(ctx, RequestOptions.defaults());
    deadline(ctx);
    ctx.operation = "createToken"; // api/openapi.yaml's operationId of the token endpoint
    ctx.pathTemplate = path;
    return run(ctx, null);
  }

  // around the whole call: MDC, call event, onResponse
  private Exchange run(CallContext ctx, DocumentTarget target) {
    CallMdc.enter(ctx);
    long start = events.enabled() ? System.nanoTime() : 0L;
    try {
      Exchange ex = circuit(ctx, target);
      events.callFinished(ctx, ex.status(), null, start);
      events.respond(ctx, ex);
      return ex;
    } catch (RuntimeException | Error e) {
      events.callFinished(ctx, ctx.lastStatus, e, start);
      throw e;
    } finally {
      CallMdc.exit(ctx);
    }
  }

  // 1 prepare (per call)
  private static void prepare(CallContext ctx, RequestOptions o, byte[] body, String type) {
    ctx.requestId = o.requestId().orElseGet(() -> UUID.randomUUID().toString());
    ctx.body = body;
    ctx.contentType = body == null ? null : type;
  }

  // 2 idempotency (per call): the caller's business key wins; fixed for all attempts
  private static void idempotency(CallContext ctx, RequestOptions o) {
    if ("POST".equals(ctx.method)) {
      ctx.idempotencyKey = o.idempotencyKey().orElseGet(() -> UUID.randomUUID().toString());
    }
  }

  // 3 deadline (per call)
  private void deadline(CallContext ctx) {
    ctx.deadlineMillis = config.clock().millis() + ctx.timeout.toMillis();
  }

  // 4 retry (per call, wraps the per-attempt stages)
  //
  // Two counters: `attempt` numbers the HTTP attempts (ctx.attempt, logs, statistics); `used`
  // counts the attempts charged to the maxAttempts budget. A 429 or 503 carrying Retry-After is
  // the server pacing us, not a failure: while fewer than maxPacedRetries such retries were made,
  // it is retried after the requested wait (within the deadline) without being charged. Retrying
  // nothing (max == 1) means no paced retries either.
  private Exchange retry(CallContext ctx, DocumentTarget target, CircuitBreaker breaker) {
    int max = RetryClassifier.retryableMethod(ctx.method) ? config.retry().maxAttempts() : 1;
    int maxPaced = max > 1 ? config.retry().maxPacedRetries() : 0;
    int used = 0;
    int paced = 0;
    CsolException failure = null;
    for (int attempt = 1; ; attempt++) {
      if (failure != null && breaker != null && isOpen(breaker)) {
        // other calls opened the circuit while this one waited to retry
        throw new CircuitOpenException(ctx.tool, ctx.requestId, ctx.attemptsSent,
            ctx.mayHaveBeenApplied, ctx.idempotencyKey, failure);
      }
      ctx.attempt = attempt;
      counters.attempt();
      Either<Throwable, Backoff.Outcome> outcome;
      boolean pacedRetry = false;
      try {
        Exchange ex = auth(ctx, () -> observe(ctx, () -> transport(ctx, target)));
        if (ex.head().successful()) {
          return ex;
        }
        ApiException problem = problem(ex);
        if (!RetryClassifier.retryableStatus(ex.status())) {
          throw problem;
        }
        Optional<Duration> wait = problem.retryAfter();
        pacedRetry = wait.isPresent() && (ex.status() == 429 || ex.status() == 503)
            && paced < maxPaced;
        failure = problem;
        outcome = Either.right(() -> wait);
      } catch (IOException e) {
        boolean retryable = RetryClassifier.retryableIo(e);
        // counted against the budget, so never "attempt 6 of 4" after paced retries
        failure = new TransportException("I/O failure on attempt " + (used + 1) + " of " + max
            + afterPaced(paced) + ": " + e.getClass().getSimpleName() + ": " + e.getMessage(),
            ctx.requestId, retryable, e);
        if (!retryable) {
          throw failure;
        }
        outcome = Either.left(e);
      } catch (ResponseDecodingException e) {
        // A 2xx body that is not well-formed JSON arrived complete but corrupted: repeating a GET,
        // or a POST with its idempotency key, is safe, so it gets the same budget as a reset.
        if (!e.retryable() || !ctx.decoding) {
          throw e;
        }
        failure = e;
        outcome = Either.left(e);
      }
      if (pacedRetry) {
        paced++;
      } else if (++used >= max) {
        throw failure;
      }
      // the exponent counts charged attempts only: paced retries use Retry-After, not jitter
      long delay = backoff.apply(Math.max(used, 1), outcome);
      if (delay >= ctx.remaining(config.clock()).toMillis()) {
        if (outcome.isRight() && outcome.get().retryAfter().isPresent()) {
          throw failure; // the server asks for a wait beyond our deadline: fail now, not later
        }
        throw ctx.deadlineExceeded(attempt, failure);
      }
      counters.retry();
      CallLog.retryScheduled(ctx, failure.getClass().getSimpleName(), delay, pacedRetry);
      events.retryScheduled(ctx, failure, delay, pacedRetry);
      sleep(ctx, delay);
      if (ctx.remaining(config.clock()).toMillis() <= 0) {
        throw ctx.deadlineExceeded(attempt, failure);
      }
    }
  }

  private static String afterPaced(int paced) {
    return paced == 0 ? "" : " (after " + paced + " paced " + (paced == 1 ? "retry)" : "retries)");
  }

  // 5 circuit breaker (per call, around 4): the breaker counts calls, not attempts, as its
  // options say; a call that succeeded after retries is a success. Every failure leaving the
  // call records what its attempts sent.
  private Exchange circuit(CallContext ctx, DocumentTarget target) {
    counters.call();
    CircuitBreaker b = breakers.forTool(ctx.tool).orElse(null);
    try {
      if (b == null) {
        return retry(ctx, target, null);
      }
      if (!b.tryAcquirePermission()) {
        throw new CircuitOpenException(ctx.tool, ctx.requestId, 0, false, ctx.idempotencyKey,
            null);
      }
      long start = System.nanoTime();
      try {
        Exchange ex = retry(ctx, target, b);
        b.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        return ex;
      } catch (RuntimeException | Error e) {
        if (outage(e)) {
          b.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, e);
        } else if (e instanceof ApiException) {
          b.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS); // the service answered
        } else {
          b.releasePermission(); // no signal either way (sign-in rejected, digest mismatch, ...)
        }
        throw e;
      }
    } catch (CsolException e) {
      throw ErrorAccess.recordCall(e, ctx.attemptsSent, ctx.mayHaveBeenApplied,
          ctx.idempotencyKey);
    }
  }

  /** Whether a call's final failure says the tool is unavailable: no answer, 5xx, garbage. */
  private static boolean outage(Throwable e) {
    if (e instanceof TransportException) {
      return !(e.getCause() instanceof InterruptedException);
    }
    if (e instanceof ApiException) {
      return ((ApiException) e).status() >= 500;
    }
    return e instanceof ResponseDecodingException && ((ResponseDecodingException) e).retryable();
  }

  private static boolean isOpen(CircuitBreaker b) {
    CircuitBreaker.State state = b.getState();
    return state == CircuitBreaker.State.OPEN || state == CircuitBreaker.State.FORCED_OPEN;
  }

  // 6 auth (per attempt): one token renewal and one replay per call on 401
  private Exchange auth(CallContext ctx, Stage next) throws IOException {
    TokenManager tm = tokens;
    if (!ctx.authenticated || tm == null) {
      return next.run();
    }
    AccessToken token = TokenRequests.token(tm, ctx, config.clock());
    ctx.bearer = token.value();
    Exchange ex = next.run();
    if (ex.status() != 401 || ctx.replayedAfter401) {
      return ex;
    }
    ctx.replayedAfter401 = true;
    tm.invalidate(token);
    ctx.bearer = TokenRequests.token(tm, ctx, config.clock()).value();
    CallLog.tokenRenewed(ctx);
    return next.run();
  }

  // 7 observe (per attempt)
  private Exchange observe(CallContext ctx, Stage next) throws IOException {
    events.attemptStarted(ctx);
    long start = System.nanoTime();
    try {
      Exchange ex = next.run();
      long nanos = System.nanoTime() - start;
      ctx.lastStatus = ex.status();
      CallLog.attempt(ctx, ex.status(), nanos / 1_000_000);
      events.attemptFinished(ctx, ex, null, nanos);
      return ex;
    } catch (IOException | RuntimeException e) {
      long nanos = System.nanoTime() - start;
      ctx.lastStatus = 0;
      CallLog.attemptFailed(ctx, e, nanos / 1_000_000);
      events.attemptFinished(ctx, null, e, nanos);
      throw e;
    }
  }

  // 8 transport (per attempt)
  //
  // Also records whether the attempt reached the server and whether its outcome is unknown (it
  // may have taken effect): a reset after sending, 500/502/504, or a 2xx whose body was lost.
  private Exchange transport(CallContext ctx, DocumentTarget target) throws IOException {
    Duration budget = ctx.remaining(config.clock());
    ctx.decoding = false;
    ctx.received = null;
    Exchange ex;
    try {
      ex = http.send(Requests.build(config.baseUri(), config.userAgent(), ctx, target != null),
          budget.toMillis() < 1 ? Duration.ofMillis(1) : budget,
          (head, raw) -> {
            // counted only for listeners (bytesReceived); the stream is not touched otherwise
            InputStream in = raw;
            if (events.enabled()) {
              ctx.received = new BoundedBody(raw, Long.MAX_VALUE, head.status(), ctx.requestId);
              in = ctx.received;
            }
            if (ctx.onHead != null && head.successful()) {
              ctx.onHead.accept(head);
            }
            if (ctx.decodeAs != null && head.successful() && head.status() != 204) {
              ctx.decoding = true;
              return Exchange.decode(ctx.requestId, head, in, ctx.decodeAs);
            }
            return Exchange.read(ctx.requestId, head, in, target);
          });
    } catch (IOException e) {
      if (!RetryClassifier.beforeSending(e)) {
        ctx.sent(true);
      }
      throw e;
    } catch (CsolException e) {
      ctx.sent(true); // a response head arrived; its body could not be used
      throw e;
    }
    int status = ex.status();
    ctx.sent(status == 500 || status == 502 || status == 504);
    return ex;
  }

  // 9 decode (per call)
  @SuppressWarnings("unchecked")
  static <T> T decode(Exchange ex, Type type) {
    if (ex.decoded()) {
      return (T) ex.value();
    }
    if (ex.status() == 204 || (ex.body().length == 0 && type == Void.class)) {
      return null;
    }
    return Json.read(ex.body(), type, ex.requestId(), ex.status());
  }

  private ApiException problem(Exchange ex) {
    // ErrorAccess returns what ProblemMapper made: always an ApiException
    return (ApiException) ErrorAccess.fromResponse(ex.status(), ex.body(),
        ex.head().header("Content-Type").orElse(null), ex.requestId(), ex.head().headers(),
        config.clock());
  }

  private void sleep(CallContext ctx, long millis) {
    try {
      config.sleeper().sleep(Duration.ofMillis(millis));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransportException("interrupted while waiting to retry", ctx.requestId, false, e);
    }
  }
}
