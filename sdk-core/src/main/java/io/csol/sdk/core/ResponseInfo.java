package io.csol.sdk.core;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What a successful call's response said besides its body: request id, status, the rate-limit
 * headers and how many attempts it took. Passed to the callback set with
 * {@link RequestOptions.Builder#onResponse(java.util.function.Consumer)}.
 *
 * <pre>{@code
 * AtomicReference<ResponseInfo> last = new AtomicReference<>();
 * Invoice invoice = invoices.getInvoice("9100000001",
 *     RequestOptions.builder().onResponse(last::set).build());
 * last.get().rateLimit().ifPresent(r -> {
 *   if (r.remaining() < 10) {
 *     pauseFor(r.reset()); // spread the rest of the job over the next window
 *   }
 * });
 * log.info("invoice {} read, requestId={}", invoice.number(), last.get().requestId());
 * }</pre>
 *
 * @param requestId the call's {@code X-Request-Id}: quote it to support
 * @param status the HTTP status (2xx)
 * @param attempts the HTTP attempts the call took (1 unless it was retried)
 * @param rateLimit the {@code RateLimit-Limit}, {@code RateLimit-Remaining} and
 *     {@code RateLimit-Reset} headers; empty when any of them is missing or not a non-negative
 *     integer
 */
public record ResponseInfo(String requestId, int status, int attempts,
    Optional<RateLimit> rateLimit) {
  /**
   * Checks that no reference component is null.
   *
   * @param requestId see the record description
   * @param status see the record description
   * @param attempts see the record description
   * @param rateLimit see the record description
   */
  public ResponseInfo {
    Objects.requireNonNull(requestId, "requestId must not be null");
    Objects.requireNonNull(rateLimit, "rateLimit must not be null");
  }

  /**
   * The request budget as the server reported it with the response.
   *
   * @param limit {@code RateLimit-Limit}: requests allowed per window
   * @param remaining {@code RateLimit-Remaining}: requests left in this window
   * @param reset {@code RateLimit-Reset}: time until the budget refills
   */
  public record RateLimit(long limit, long remaining, Duration reset) {
    /**
     * Checks the values.
     *
     * @param limit see the record description
     * @param remaining see the record description
     * @param reset see the record description
     * @throws IllegalArgumentException if a value is negative
     */
    public RateLimit {
      Objects.requireNonNull(reset, "reset must not be null");
      if (limit < 0 || remaining < 0 || reset.isNegative()) {
        throw new IllegalArgumentException("limit, remaining and reset must not be negative, were "
            + limit + ", " + remaining + ", " + reset);
      }
    }
  }
}
