package io.csol.sdk.core.access;

import io.csol.sdk.core.Tool;
import java.time.Instant;
import java.util.Optional;

/**
 * The caller's entitlement to one tool for one customer number.
 *
 * @param tool the tool; {@link Tool#UNKNOWN} for a tool this SDK version does not know
 * @param customerNumber the 7-digit customer number
 * @param country ISO 3166-1 alpha-2 country of the customer number
 * @param status active, pending, denied or revoked
 * @param trackingNumber the tracking number of the request behind it, or null when none
 * @param updatedAt when the status last changed
 */
public record Entitlement(Tool tool, String customerNumber, String country,
    EntitlementStatus status, String trackingNumber, Instant updatedAt) {

  /**
   * Returns the tracking number of the request behind this entitlement, if there is one.
   *
   * @return the tracking number such as {@code R-2026-000042}, or empty
   */
  public Optional<String> tracking() {
    return Optional.ofNullable(trackingNumber);
  }

  /**
   * Tells whether the tool may be used for the customer number now.
   *
   * @return true when the status is {@link EntitlementStatus#ACTIVE}
   */
  public boolean isActive() {
    return status == EntitlementStatus.ACTIVE;
  }
}
