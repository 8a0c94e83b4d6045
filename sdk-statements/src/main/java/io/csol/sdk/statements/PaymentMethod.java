package io.csol.sdk.statements;

/**
 * How a payment was made.
 *
 * <p>{@link #UNKNOWN} stands for a method this SDK version does not know yet.
 */
public enum PaymentMethod {
  /** A bank transfer. */
  BANK_TRANSFER,
  /** A card payment. */
  CARD,
  /** A direct debit. */
  DIRECT_DEBIT,
  /** A method the server reported that this SDK version does not know. */
  UNKNOWN
}
