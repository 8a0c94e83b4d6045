package io.csol.sdk.micrometer;

import io.csol.sdk.core.CallListener.CallInfo;

/** Bounded tag values shared by the metrics and the observations. */
final class Tagging {
  /** The tag value when there is no status or no operation. */
  static final String NONE = "NONE";

  private Tagging() {
  }

  /**
   * An HTTP status as a tag value: "200", "404"..., "NONE" when no answer arrived. Anything a
   * server could send outside 100-599 is folded into "OTHER" so that the set stays bounded.
   */
  static String status(int status) {
    if (status == 0) {
      return NONE;
    }
    return status >= 100 && status <= 599 ? Integer.toString(status) : "OTHER";
  }

  /** The operationId, or "NONE" for a request without one (an empty tag value is dropped by some registries). */
  static String operation(CallInfo call) {
    return call.operation().isEmpty() ? NONE : call.operation();
  }

  static String tool(CallInfo call) {
    return call.tool().name();
  }
}
