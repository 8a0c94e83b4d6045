// Generated from api/openapi.yaml#/paths. Do not edit.
package io.csol.sandbox.tools.orders;

import javax.annotation.processing.Generated;

/** The limits the contract sets on request bodies, named {@code <OPERATION>_<LIMIT>}. */
@Generated("io.csol.codegen")
final class RequestLimits {
  /** The fewest elements of {@code recipients} that {@code forwardOrder} accepts. */
  static final int FORWARD_ORDER_MIN_RECIPIENTS = 1;
  /** The most elements of {@code recipients} that {@code forwardOrder} accepts. */
  static final int FORWARD_ORDER_MAX_RECIPIENTS = 20;
  /** The longest {@code message} that {@code forwardOrder} accepts. */
  static final int FORWARD_ORDER_MAX_MESSAGE_LENGTH = 2000;

  private RequestLimits() {
  }
}
