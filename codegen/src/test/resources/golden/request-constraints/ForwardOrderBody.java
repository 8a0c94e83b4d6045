// Generated from api/openapi.yaml#/components/schemas/ForwardRequest. Do not edit.
package io.csol.golden;

import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The JSON body of {@link ForwardOrderRequest}, as {@code forwardOrder} sends it; sdk-core's writer
 * omits null members.
 *
 * @param recipients the colleagues' e-mail addresses
 * @param message optional note to the recipients, or {@code null}
 * @param replyTo where answers go, or {@code null}
 */
@Generated("io.csol.codegen")
record ForwardOrderBody(List<String> recipients, String message, String replyTo) {
}
