// Generated from api/openapi.yaml#/components/schemas/DisputeRequest. Do not edit.
package io.csol.golden;

import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The JSON body of {@link DisputeOrderRequest}, as {@code disputeOrder} sends it; sdk-core's writer
 * omits null members.
 *
 * @param reason why an order is disputed
 * @param details the explanation sent to support
 * @param reference your own reference
 * @param attachments names of attached files, or {@code null}
 */
@Generated("io.csol.codegen")
record DisputeOrderBody(DisputeReason reason, String details, String reference,
    List<String> attachments) {
}
