package io.csol.sdk.micrometer;

import io.csol.sdk.core.CallListener;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One Micrometer {@link Observation} per call a {@code CsolClient} makes, so that an
 * application's tracing (OpenTelemetry or Brave through Micrometer Tracing's bridge) gets a span
 * per call, and its observation handlers whatever else they do. Register it as a listener:
 *
 * <pre>{@code
 * CsolClient csol = CsolClient.builder()
 *     .baseUri("https://api.csol.io")
 *     .credentials(credentials)
 *     .listener(CsolObservations.of(observationRegistry))
 *     .build();
 * }</pre>
 *
 * <p>Each observation is named {@value #NAME}, with the contextual (span) name
 * {@code "csol <operation>"}. Low-cardinality keys: {@code tool}, {@code operation},
 * {@code method}, {@code outcome}, {@code status} (e.g. {@code "200"}, or {@code "NONE"} when no
 * answer arrived) and {@code error} (the exception's simple class name, or {@code "none"});
 * high-cardinality key: {@code requestId}, the call's {@code X-Request-Id}, which finds the call
 * in the server's logs. A failed call's observation also carries an error (a throwable named
 * after the exception, without a stack trace), so tracing marks its span as failed. Every retry
 * is an event of the observation.
 *
 * <p>An observation starts with the call's first attempt and stops when the call ends; its
 * parent is the observation current on the calling thread at that moment, so the call's span
 * nests under the application's own. A call stopped by an open circuit breaker sends nothing;
 * its observation starts and stops when the call ends. The observation is not put in scope
 * while the call runs: the SDK does not forward trace headers, and a scope is the one piece of
 * state that could outlive a call if an event were missed.
 *
 * <p>Instances are thread-safe. State is kept only from the first attempt to the end of a
 * call, keyed by the identity of the call's {@link CallInfo}, and removed when the call ends,
 * whether it succeeded or failed.
 */
public final class CsolObservations implements CallListener {
  /** The name of every observation. */
  public static final String NAME = "csol.client.call";

  private final ObservationRegistry registry;
  /** Observations of the calls in flight; an entry lives from the first attempt to callFinished. */
  private final Map<CallKey, Observation> inFlight = new ConcurrentHashMap<>();

  private CsolObservations(ObservationRegistry registry) {
    this.registry = registry;
  }

  /**
   * Observations in a registry.
   *
   * @param registry the application's registry (with its tracing handler); not null
   * @return the listener to register with {@code CsolClient.Builder#listener}
   */
  public static CsolObservations of(ObservationRegistry registry) {
    return new CsolObservations(Objects.requireNonNull(registry, "registry must not be null"));
  }

  @Override
  public void attemptStarted(AttemptEvent event) {
    // computeIfAbsent: a 401 answered by a token renewal replays attempt 1, and a retry starts
    // another attempt; only the call's first attempt starts its observation
    inFlight.computeIfAbsent(new CallKey(event.call()), key -> start(key.call));
  }

  @Override
  public void retryScheduled(RetryEvent event) {
    Observation observation = inFlight.get(new CallKey(event.call()));
    if (observation != null) {
      observation.event(Observation.Event.of("csol.client.retry",
          "retry after attempt " + event.attempt() + ": " + event.reason().name()));
    }
  }

  @Override
  public void callFinished(CallEvent event) {
    // removed before anything else runs, so that no handler failure can leave the entry behind
    Observation observation = inFlight.remove(new CallKey(event.call()));
    if (observation == null) {
      observation = start(event.call());
    }
    observation.lowCardinalityKeyValue("outcome", event.outcome().name())
        .lowCardinalityKeyValue("status", Tagging.status(event.status()))
        .lowCardinalityKeyValue("error", event.error() == null ? "none" : event.error());
    if (event.error() != null) {
      observation.error(new CallFailed(event.error()));
    }
    observation.stop();
  }

  /** The number of calls started and not yet finished; for tests, which check nothing leaks. */
  int inFlight() {
    return inFlight.size();
  }

  private Observation start(CallInfo call) {
    String operation = Tagging.operation(call);
    return Observation.createNotStarted(NAME, registry)
        .contextualName("csol " + operation)
        .lowCardinalityKeyValue("tool", Tagging.tool(call))
        .lowCardinalityKeyValue("operation", operation)
        .lowCardinalityKeyValue("method", call.method())
        .highCardinalityKeyValue("requestId", call.requestId())
        .start();
  }

  @Override
  public String toString() {
    return "CsolObservations[" + NAME + ", inFlight=" + inFlight.size() + "]";
  }

  /**
   * A call, by the identity of its description: CallInfo is a record, so two calls with equal
   * components (a request id an application set twice) must still not share an entry.
   */
  private static final class CallKey {
    private final CallInfo call;

    CallKey(CallInfo call) {
      this.call = call;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof CallKey && ((CallKey) other).call == call;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(call);
    }
  }

  /**
   * The error an observation of a failed call carries: the listener sees the exception's name
   * only, not the exception. No stack trace: it would point here, not at the failure.
   */
  static final class CallFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CallFailed(String exceptionName) {
      super(exceptionName, null, false, false);
    }
  }
}
