package io.csol.sdk.core;

/**
 * A csol tool: the unit of entitlement on the server, one SDK module per tool.
 *
 * <p>{@link #UNKNOWN} stands for a tool name this SDK version does not know yet, so a newer
 * server never breaks an older client.
 */
public enum Tool {
  /** Service and maintenance contracts. */
  CONTRACTS,
  /** Purchase orders. */
  ORDERS,
  /** Invoices, their documents and approvals. */
  INVOICES,
  /** Account statements, credit notes and payments. */
  STATEMENTS,
  /** Installed base and inventory. */
  INVENTORY,
  /** Service requests and disputes. */
  REQUESTS,
  /** A tool the server reported that this SDK version does not know. */
  UNKNOWN
}
