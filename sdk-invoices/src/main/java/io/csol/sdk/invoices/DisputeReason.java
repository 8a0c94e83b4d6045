package io.csol.sdk.invoices;

/**
 * Why an invoice is disputed.
 *
 * <p>{@link #UNKNOWN} only appears in data read from a newer server; it cannot be sent in a
 * {@link DisputeInvoiceRequest}.
 */
public enum DisputeReason {
  /** The price charged is wrong. */
  PRICE,
  /** The quantity charged is wrong. */
  QUANTITY,
  /** The goods or services were not received. */
  NOT_RECEIVED,
  /** The invoice duplicates another one. */
  DUPLICATE,
  /** Any other reason; explain it in the details. */
  OTHER,
  /** A reason the server reported that this SDK version does not know; never sent. */
  UNKNOWN
}
