package io.csol.sdk.invoices;

/**
 * Where an invoice stands in the customer's own review: pending, approved or disputed.
 *
 * <p>{@link #UNKNOWN} stands for a value this SDK version does not know yet.
 */
public enum ApprovalStatus {
  /** Not reviewed yet. */
  PENDING,
  /** Approved for payment. */
  APPROVED,
  /** Disputed; an inquiry request is open (see {@link Invoice#disputeTrackingNumber()}). */
  DISPUTED,
  /** A value the server reported that this SDK version does not know. */
  UNKNOWN
}
