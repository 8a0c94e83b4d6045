package io.csol.sdk.statements;

/**
 * How far a statement line has been cleared against other lines.
 *
 * <p>{@link #UNKNOWN} stands for a status this SDK version does not know yet.
 */
public enum LineStatus {
  /** Nothing cleared yet. */
  OPEN,
  /** Part of the amount is cleared. */
  PARTIALLY_CLEARED,
  /** Fully cleared; the open amount is zero. */
  CLEARED,
  /** A status the server reported that this SDK version does not know. */
  UNKNOWN
}
