// Generated from api/openapi.yaml#/paths/~1v1~1orders~1{number}~1approve/post/requestBody. Do not edit.
package io.csol.golden;

import javax.annotation.processing.Generated;

/**
 * The JSON body of {@link ApproveOrderRequest}, as {@code approveOrder} sends it; sdk-core's writer
 * omits null members.
 *
 * @param comment A note for the file, or {@code null}
 * @param priority how urgent, or {@code null}
 */
@Generated("io.csol.codegen")
record ApproveOrderBody(String comment, Integer priority) {
}
