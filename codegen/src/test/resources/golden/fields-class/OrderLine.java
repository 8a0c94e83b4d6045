// Generated from api/openapi.yaml#/components/schemas/Order/properties/lines/items. Do not edit.
package io.csol.golden;

import javax.annotation.processing.Generated;

/**
 * One line.
 *
 * @param serialNumber the machine's serial number, or {@code null}
 */
@Generated("io.csol.codegen")
public record OrderLine(String serialNumber) {
}
