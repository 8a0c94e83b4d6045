// Generated from api/openapi.yaml#/components/schemas/OrderLine/properties/delivery. Do not edit.
package io.csol.golden;

import java.time.LocalDate;
import javax.annotation.processing.Generated;

/**
 * When the line is delivered; absent for services.
 *
 * @param from first day
 * @param to last day
 */
@Generated("io.csol.codegen")
public record DeliveryWindow(LocalDate from, LocalDate to) {
}
