package io.csol.sdk.core.requests;

/**
 * Where a request stands.
 *
 * <p>{@link #UNKNOWN} stands for a value this SDK version does not know yet, so a newer server
 * never breaks an older client.
 */
public enum RequestStatus {
  /** Opened; support has not seen it yet. */
  SUBMITTED,
  /** Support has seen it. */
  ACKNOWLEDGED,
  /** Support is working on it (also after a customer message on an answered request). */
  IN_PROGRESS,
  /** Support has answered; the customer may reply (back to IN_PROGRESS) or close it. */
  ANSWERED,
  /** Closed by the customer; no more messages. */
  CLOSED,
  /** A value the server reported that this SDK version does not know; never sent. */
  UNKNOWN
}
