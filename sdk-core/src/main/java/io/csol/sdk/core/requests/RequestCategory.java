package io.csol.sdk.core.requests;

/**
 * What a request is about.
 *
 * <p>{@link #UNKNOWN} stands for a value this SDK version does not know yet, so a newer server
 * never breaks an older client.
 */
public enum RequestCategory {
  /** Service and maintenance contracts. */
  CONTRACTS,
  /** Orders and deliveries. */
  ORDERS,
  /** Invoices, including disputes and other invoice inquiries. */
  INVOICES,
  /** Statements of account, credit notes and payments. */
  STATEMENTS,
  /** The installed base of machines. */
  INVENTORY,
  /** The csol account itself, including requests for access to a tool (entitlement requests). */
  ACCOUNT,
  /** Anything else. */
  GENERAL,
  /** A value the server reported that this SDK version does not know; never sent. */
  UNKNOWN
}
