// Generated from api/openapi.yaml#/components/schemas/Order. Do not edit.
package io.csol.golden;

import io.csol.sdk.core.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * An order with its lines.
 *
 * @param number the order number, or {@code null}
 * @param currency ISO 4217 code of the amounts, or {@code null}
 * @param total sum of the lines, or {@code null}
 * @param lineCount how many lines, or {@code null}
 * @param placedOn the day it was placed, or {@code null}
 * @param updatedAt when it last changed, or {@code null}
 * @param express whether it ships express, or {@code null}
 * @param status where it stands, or {@code null}
 * @param tags free labels; never {@code null}, empty when absent
 * @param lines the lines; never {@code null}, empty when absent
 */
@Generated("io.csol.codegen")
public record Order(String number, String currency, Money total, Integer lineCount,
    LocalDate placedOn, Instant updatedAt, Boolean express, OrderStatus status, List<String> tags,
    List<OrderLine> lines) {
  /**
   * Copies the lists defensively and turns absent lists into empty ones.
   *
   * @param number the order number, or {@code null}
   * @param currency ISO 4217 code of the amounts, or {@code null}
   * @param total sum of the lines, or {@code null}
   * @param lineCount how many lines, or {@code null}
   * @param placedOn the day it was placed, or {@code null}
   * @param updatedAt when it last changed, or {@code null}
   * @param express whether it ships express, or {@code null}
   * @param status where it stands, or {@code null}
   * @param tags free labels; never {@code null}, empty when absent
   * @param lines the lines; never {@code null}, empty when absent
   */
  public Order {
    tags = tags == null ? List.of() : List.copyOf(tags);
    lines = lines == null ? List.of() : List.copyOf(lines);
  }
}
