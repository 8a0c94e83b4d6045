// Generated from api/openapi.yaml#/components/schemas/DisputeReason. Do not edit.
package io.csol.golden;

import javax.annotation.processing.Generated;

/**
 * Why an order is disputed.
 *
 * <p>{@link #UNKNOWN} stands for a value this SDK version does not know yet, so a newer server
 * never breaks an older client.
 */
@Generated("io.csol.codegen")
public enum DisputeReason {
  /** The price charged is wrong. */
  PRICE,
  /** The quantity charged is wrong. */
  QUANTITY,
  /** The goods were not received. */
  NOT_RECEIVED,
  /** The order duplicates another one. */
  DUPLICATE,
  /** Any other reason; explain it in the details. */
  OTHER,
  /** A value the server reported that this SDK version does not know; never sent. */
  UNKNOWN
}
