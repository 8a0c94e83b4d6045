// Generated from api/openapi.yaml#/components/schemas/OrderLine. Do not edit.
package io.csol.golden;

import java.math.BigDecimal;
import javax.annotation.processing.Generated;

/**
 * One line of an order.
 *
 * @param quantity quantity ordered (exact decimal)
 * @param delivery when the line is delivered; absent for services, or {@code null}
 */
@Generated("io.csol.codegen")
public record OrderLine(BigDecimal quantity, DeliveryWindow delivery) {
}
