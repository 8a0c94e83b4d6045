package io.csol.sdk.invoices;

/**
 * The payment status of an invoice.
 *
 * <p>{@link #UNKNOWN} stands for a status this SDK version does not know yet, so a newer server
 * never breaks an older client.
 */
public enum InvoiceStatus {
  /** Issued and not yet due, nothing paid. */
  OPEN,
  /** Part of the total has been paid or credited. */
  PARTIALLY_PAID,
  /** Fully settled. */
  PAID,
  /** Past the due date with an open amount. */
  OVERDUE,
  /** Cancelled; nothing is owed. */
  CANCELLED,
  /** A status the server reported that this SDK version does not know. */
  UNKNOWN
}
