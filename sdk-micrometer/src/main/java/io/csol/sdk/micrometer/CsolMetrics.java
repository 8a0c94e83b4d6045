package io.csol.sdk.micrometer;

import io.csol.sdk.core.CallListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Micrometer meters for every call a {@code CsolClient} makes. Register it as a listener:
 *
 * <pre>{@code
 * CsolClient csol = CsolClient.builder()
 *     .baseUri("https://api.csol.io")
 *     .credentials(credentials)
 *     .listener(CsolMetrics.of(meterRegistry))
 *     .build();
 * }</pre>
 *
 * <p>Meters (names shown with the default prefix {@code csol.client}):
 * <ul>
 *   <li>{@code csol.client.calls}, a timer per call, backoff waits included, tagged {@code tool},
 *       {@code operation}, {@code method}, {@code outcome} (a {@link CallListener.Outcome} name) and
 *       {@code status} (the last HTTP status, e.g. {@code "200"}, or {@code "NONE"} when no
 *       answer arrived);
 *   <li>{@code csol.client.attempts}, a timer per HTTP attempt, tagged {@code tool},
 *       {@code operation}, {@code method} and {@code status};
 *   <li>{@code csol.client.retries}, a counter of retries, tagged {@code tool},
 *       {@code operation}, {@code reason} (a {@link CallListener.RetryReason} name) and
 *       {@code paced} ({@code "true"} when the server asked for the wait).
 * </ul>
 *
 * <p>Every tag value comes from a bounded set: the operation is the operationId of the API
 * contract, never a path with ids in it, and the request id is never a tag (it is on the
 * observation of {@link CsolObservations}, as a high-cardinality value). Each page of a list is
 * a call of its own, so paging progress is the count of {@code csol.client.calls} of the list
 * operation; the listener API reports no other paging figure.
 *
 * <p>Instances are thread-safe and keep no state per call.
 */
public final class CsolMetrics implements CallListener {
  /** The default prefix of every meter name. */
  public static final String DEFAULT_PREFIX = "csol.client";

  private static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*");

  private final MeterRegistry registry;
  private final String calls;
  private final String attempts;
  private final String retries;
  private final Tags commonTags;

  private CsolMetrics(Builder builder) {
    this.registry = builder.registry;
    this.calls = builder.prefix + ".calls";
    this.attempts = builder.prefix + ".attempts";
    this.retries = builder.prefix + ".retries";
    this.commonTags = builder.commonTags;
  }

  /**
   * Meters named {@code csol.client.*} in a registry, with no extra tags.
   *
   * @param registry where the meters go; not null
   * @return the listener to register with {@code CsolClient.Builder#listener}
   */
  public static CsolMetrics of(MeterRegistry registry) {
    return builder(registry).build();
  }

  /**
   * A builder, to change the name prefix or add tags to every meter.
   *
   * @param registry where the meters go; not null
   * @return a builder with the defaults of {@link #of(MeterRegistry)}
   */
  public static Builder builder(MeterRegistry registry) {
    return new Builder(Objects.requireNonNull(registry, "registry must not be null"));
  }

  @Override
  public void attemptFinished(AttemptEvent event) {
    CallInfo call = event.call();
    Timer.builder(attempts)
        .description("HTTP attempts of csol-sdk calls, retries included")
        .tags(commonTags)
        .tags("tool", Tagging.tool(call), "operation", Tagging.operation(call),
            "method", call.method(), "status", Tagging.status(event.status()))
        .register(registry)
        .record(event.duration());
  }

  @Override
  public void retryScheduled(RetryEvent event) {
    CallInfo call = event.call();
    Counter.builder(retries)
        .description("Retries of csol-sdk calls, by reason")
        .tags(commonTags)
        .tags("tool", Tagging.tool(call), "operation", Tagging.operation(call),
            "reason", event.reason().name(), "paced", Boolean.toString(event.paced()))
        .register(registry)
        .increment();
  }

  @Override
  public void callFinished(CallEvent event) {
    CallInfo call = event.call();
    Timer.builder(calls)
        .description("csol-sdk calls, from the first attempt to the outcome, backoff included")
        .tags(commonTags)
        .tags("tool", Tagging.tool(call), "operation", Tagging.operation(call),
            "method", call.method(), "outcome", event.outcome().name(),
            "status", Tagging.status(event.status()))
        .register(registry)
        .record(event.duration());
  }

  @Override
  public String toString() {
    return "CsolMetrics[" + calls + ", " + attempts + ", " + retries + ", tags=" + commonTags + "]";
  }

  /** Options of {@link CsolMetrics}; not thread-safe, build once. */
  public static final class Builder {
    private final MeterRegistry registry;
    private String prefix = DEFAULT_PREFIX;
    private Tags commonTags = Tags.empty();

    private Builder(MeterRegistry registry) {
      this.registry = registry;
    }

    /**
     * Sets the start of every meter name, e.g. {@code "billing.csol"} for
     * {@code billing.csol.calls}.
     *
     * @param prefix lower-case dot-separated words of letters, digits and underscores, e.g.
     *     {@code csol.client} (the default)
     * @return this builder
     */
    public Builder prefix(String prefix) {
      Objects.requireNonNull(prefix, "prefix must not be null");
      if (!PREFIX.matcher(prefix).matches()) {
        throw new IllegalArgumentException("prefix must be lower-case dot-separated words of"
            + " letters, digits and '_' starting with a letter, e.g. \"csol.client\"; was \""
            + prefix + "\"");
      }
      this.prefix = prefix;
      return this;
    }

    /**
     * Adds tags to every meter, e.g. the application's name when several share a registry.
     *
     * @param tags tags whose keys are none of {@code tool}, {@code operation}, {@code method},
     *     {@code outcome}, {@code status}, {@code reason} and {@code paced}; not null
     * @return this builder
     */
    public Builder commonTags(Iterable<Tag> tags) {
      Objects.requireNonNull(tags, "tags must not be null");
      for (Tag tag : tags) {
        Objects.requireNonNull(tag, "tags must not contain null");
        switch (tag.getKey()) {
          case "tool", "operation", "method", "outcome", "status", "reason", "paced" ->
              throw new IllegalArgumentException("tags must not use the key \"" + tag.getKey()
                  + "\": the meters set it; reserved keys are tool, operation, method, outcome,"
                  + " status, reason and paced");
          default -> {
          }
        }
      }
      this.commonTags = this.commonTags.and(tags);
      return this;
    }

    /** @return the listener, to register with {@code CsolClient.Builder#listener} */
    public CsolMetrics build() {
      return new CsolMetrics(this);
    }
  }
}
