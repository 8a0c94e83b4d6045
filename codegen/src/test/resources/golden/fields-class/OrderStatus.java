// Generated from api/openapi.yaml#/components/schemas/OrderStatus. Do not edit.
package io.csol.golden;

import javax.annotation.processing.Generated;

/**
 * Where an order stands.
 *
 * <p>{@link #UNKNOWN} stands for a value this SDK version does not know yet, so a newer server
 * never breaks an older client.
 */
@Generated("io.csol.codegen")
public enum OrderStatus {
  /** Not shipped yet. */
  OPEN,
  /** On its way. */
  SHIPPED,
  /** A value the server reported that this SDK version does not know; never sent. */
  UNKNOWN
}
