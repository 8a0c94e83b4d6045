package io.csol.sdk.core;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Per-call options: deadline, idempotency key, request id, extra headers and, for document
 * downloads, a size cap and whether a digest is required.
 *
 * <p>Immutable and thread-safe. Unset values fall back to the client's defaults.
 */
public final class RequestOptions {
  /** The default cap on a downloaded document: 2 GiB. */
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 2L << 30;
  private static final RequestOptions DEFAULTS = new Builder().build();
  /** Headers the pipeline owns; setting them through {@link Builder#header} would break it. */
  private static final Set<String> RESERVED = Set.of("authorization", "idempotency-key",
      "x-request-id", "user-agent", "content-type", "content-length", "host", "accept-encoding",
      "transfer-encoding", "connection");

  private final Duration timeout;
  private final String idempotencyKey;
  private final String requestId;
  private final Map<String, String> headers;
  private final long maxDocumentBytes;
  private final boolean documentDigestRequired;
  private final Consumer<ResponseInfo> onResponse;

  private RequestOptions(Builder b) {
    this.onResponse = b.onResponse;
    this.timeout = b.timeout;
    this.idempotencyKey = b.idempotencyKey;
    this.requestId = b.requestId;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
    this.maxDocumentBytes = b.maxDocumentBytes;
    this.documentDigestRequired = b.documentDigestRequired;
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
    b.maxDocumentBytes = maxDocumentBytes;
    b.documentDigestRequired = documentDigestRequired;
    b.onResponse = onResponse;
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

  /** @return the most bytes a downloaded document may have (default 2 GiB) */
  public long maxDocumentBytes() {
    return maxDocumentBytes;
  }

  /** @return whether a download without a {@code Repr-Digest: sha-256} header fails (default false) */
  public boolean documentDigestRequired() {
    return documentDigestRequired;
  }

  /** @return the callback that receives a successful call's {@link ResponseInfo}, if set */
  public Optional<Consumer<ResponseInfo>> onResponse() {
    return Optional.ofNullable(onResponse);
  }

  @Override
  public String toString() {
    // Header values may be secrets; only their names are shown.
    return "RequestOptions[timeout=" + timeout + ", idempotencyKey=" + (idempotencyKey != null)
        + ", requestId=" + requestId + ", headers=" + headers.keySet() + ", maxDocumentBytes="
        + maxDocumentBytes + ", documentDigestRequired=" + documentDigestRequired
        + (onResponse == null ? "" : ", onResponse") + "]";
  }

  /** Builds {@link RequestOptions}. Not thread-safe. */
  public static final class Builder {
    private Duration timeout;
    private String idempotencyKey;
    private String requestId;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private long maxDocumentBytes = DEFAULT_MAX_DOCUMENT_BYTES;
    private boolean documentDigestRequired;
    private Consumer<ResponseInfo> onResponse;

    private Builder() {
    }

    /**
     * Sets a callback that receives the request id, status, rate-limit headers and attempt count
     * of each successful call made with these options (every page of a list is a call of its
     * own, so it runs once per page). It runs on the calling thread after the response was read,
     * before the method returns; like a {@link CallListener} it cannot break the call: an
     * exception it throws is logged at WARN and ignored. Failed calls do not reach it (their
     * exception carries the request id and status).
     *
     * <pre>{@code
     * AtomicReference<ResponseInfo> info = new AtomicReference<>();
     * Invoice invoice = invoices.getInvoice("9100000001",
     *     RequestOptions.builder().onResponse(info::set).build());
     * long left = info.get().rateLimit().map(ResponseInfo.RateLimit::remaining).orElse(-1L);
     * }</pre>
     *
     * @param callback receives one {@link ResponseInfo} per successful call, not null
     * @return this builder
     */
    public Builder onResponse(Consumer<ResponseInfo> callback) {
      this.onResponse = Objects.requireNonNull(callback, "onResponse callback must not be null");
      return this;
    }

    /**
     * Caps the size of a downloaded document (default {@link #DEFAULT_MAX_DOCUMENT_BYTES}, 2 GiB).
     * A larger document fails with {@code ResponseDecodingException} as soon as its
     * {@code Content-Length} or its bytes pass the cap, and nothing is left at the target path.
     *
     * @param bytes 1 or more
     * @return this builder
     */
    public Builder maxDocumentBytes(long bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("maxDocumentBytes must be 1 or more, was " + bytes);
      }
      this.maxDocumentBytes = bytes;
      return this;
    }

    /**
     * Makes a download fail with {@code DocumentIntegrityException} when the server sends no
     * {@code Repr-Digest: sha-256=...} header (default false: such a document is accepted
     * unverified). A malformed or mismatching digest fails either way.
     *
     * @param required true to require a digest
     * @return this builder
     */
    public Builder requireDocumentDigest(boolean required) {
      this.documentDigestRequired = required;
      return this;
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
