package io.csol.sdk.statements;

/**
 * The kind of document a statement line stands for.
 *
 * <p>{@link #UNKNOWN} stands for a type this SDK version does not know yet.
 */
public enum DocumentType {
  /** An invoice; the amount is positive. */
  INVOICE,
  /** A credit note; the amount is negative. */
  CREDIT_NOTE,
  /** A payment received; the amount is negative. */
  PAYMENT,
  /** A manual adjustment of the account. */
  ADJUSTMENT,
  /** A type the server reported that this SDK version does not know. */
  UNKNOWN
}
