package io.csol.sdk.core.access;

import io.csol.sdk.core.Tool;
import java.time.Instant;
import java.util.Optional;

/**
 * The server's answer to an entitlement request: normally {@code PENDING} with a tracking number.
 * The tracking number is a request in My requests (category ACCOUNT); follow it in one call with
 * {@code RequestsClient.of(csol).getRequest(result.trackingNumber())} (module
 * {@code io.csol.sdk.requests}).
 *
 * @param tool the requested tool
 * @param customerNumber the customer number it was requested for
 * @param country the customer number's country
 * @param status the entitlement's status after the request, normally PENDING
 * @param trackingNumber the tracking number to quote, e.g. {@code R-2026-000123}, or null
 * @param updatedAt when the request was recorded
 */
public record EntitlementRequestResult(Tool tool, String customerNumber, String country,
    EntitlementStatus status, String trackingNumber, Instant updatedAt) {

  /**
   * Returns the tracking number, if the server gave one.
   *
   * @return the tracking number, or empty
   */
  public Optional<String> tracking() {
    return Optional.ofNullable(trackingNumber);
  }
}
