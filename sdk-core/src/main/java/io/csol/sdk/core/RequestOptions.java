package io.csol.sdk.core;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Per-call options: deadline, idempotency key, request id and extra headers.
 *
 * <p>Immutable and thread-safe. Unset values fall back to the client's defaults.
 */
public final class RequestOptions {
  private static final RequestOptions DEFAULTS = new Builder().build();
  /** Headers the pipeline owns; setting them through {@link Builder#header} would break it. */
  private static final Set<String> RESERVED = Set.of("authorization", "idempotency-key",
      "x-request-id", "user-agent", "content-type", "content-length", "host", "accept-encoding",
      "transfer-encoding", "connection");

  private final Duration timeout;
  private final String idempotencyKey;
  private final String requestId;
  private final Map<String, String> headers;

  private RequestOptions(Builder b) {
    this.timeout = b.timeout;
    this.idempotencyKey = b.idempotencyKey;
    this.requestId = b.requestId;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
  }

  /** @return options with nothing set (client defaults apply) */
  public static RequestOptions defaults() {
    return DEFAULTS;
  }

  /** @return a new empty builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder holding these options' values */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.timeout = timeout;
    b.idempotencyKey = idempotencyKey;
    b.requestId = requestId;
    b.headers.putAll(headers);
    return b;
  }

  /** @return the whole-call deadline, if set */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /** @return the caller's idempotency key, if set */
  public Optional<String> idempotencyKey() {
    return Optional.ofNullable(idempotencyKey);
  }

  /** @return the caller's request id, if set */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /** @return extra headers to send (unmodifiable) */
  public Map<String, String> headers() {
    return headers;
  }

  @Override
  public String toString() {
    // Header values may be secrets; only their names are shown.
    return "RequestOptions[timeout=" + timeout + ", idempotencyKey=" + (idempotencyKey != null)
        + ", requestId=" + requestId + ", headers=" + headers.keySet() + "]";
  }

  /** Builds {@link RequestOptions}. Not thread-safe. */
  public static final class Builder {
    private Duration timeout;
    private String idempotencyKey;
    private String requestId;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Builder() {
    }

    /**
     * Sets the whole-call deadline covering every attempt and every backoff sleep.
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout must not be null");
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be positive, was " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * Sets the idempotency key sent on POST; use a business key so a re-run job is deduplicated.
     *
     * @param idempotencyKey 1..255 visible ASCII characters
     * @return this builder
     */
    public Builder idempotencyKey(String idempotencyKey) {
      this.idempotencyKey = visibleAscii("idempotencyKey", idempotencyKey);
      return this;
    }

    /**
     * Sets the request id sent as {@code X-Request-Id} (otherwise one is generated per call).
     *
     * @param requestId 1..255 visible ASCII characters
     * @return this builder
     */
    public Builder requestId(String requestId) {
      this.requestId = visibleAscii("requestId", requestId);
      return this;
    }

    /**
     * Adds an extra header. Pipeline-owned headers (Authorization, Idempotency-Key, X-Request-Id,
     * User-Agent, Content-Type, ...) are rejected.
     *
     * @param name header name, visible ASCII
     * @param value header value, not null, no line breaks
     * @return this builder
     */
    public Builder header(String name, String value) {
      visibleAscii("name", name);
      Objects.requireNonNull(value, "value must not be null");
      if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("name: header " + name
            + " is set by the SDK; use the dedicated option instead");
      }
      if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
        throw new IllegalArgumentException("value must not contain line breaks");
      }
      headers.put(name, value);
      return this;
    }

    /** @return the immutable options */
    public RequestOptions build() {
      return new RequestOptions(this);
    }

    private static String visibleAscii(String param, String v) {
      Objects.requireNonNull(v, param + " must not be null");
      if (v.isEmpty() || v.length() > 255) {
        throw new IllegalArgumentException(param + " must be 1..255 characters, was " + v.length());
      }
      for (int i = 0; i < v.length(); i++) {
        char c = v.charAt(i);
        if (c < 0x21 || c > 0x7e) {
          throw new IllegalArgumentException(param + " must be visible ASCII (0x21..0x7E)");
        }
      }
      return v;
    }
  }
}
