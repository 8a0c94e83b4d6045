package io.csol.sdk.core.requests;

/**
 * The kind of record a request is about.
 *
 * <p>{@link #UNKNOWN} stands for a value this SDK version does not know yet, so a newer server
 * never breaks an older client.
 */
public enum RelatedRecordType {
  /** An invoice, by its number. */
  INVOICE,
  /** An order, by its number. */
  ORDER,
  /** A contract, by its number. */
  CONTRACT,
  /** An installed machine, by its serial number. */
  INSTALLED_ITEM,
  /** A contract change request, by its id. */
  CHANGE_REQUEST,
  /** A statement line, by its id. */
  STATEMENT_LINE,
  /** An entitlement request, as {@code TOOL:customerNumber} (e.g. {@code INVOICES:1000001}). */
  ENTITLEMENT,
  /** A value the server reported that this SDK version does not know; never sent. */
  UNKNOWN
}
