// Generated from api/openapi.yaml#/components/schemas/Order. Do not edit.
package io.csol.golden;

import io.csol.sdk.core.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * An order with its lines. {@code total} = sum of the line amounts; uses &lt;b&gt; &amp; &#64;
 * characters.
 *
 * @param number the order number (its id), e.g. {@code ORD-1}
 * @param customerNumber the customer number (7 digits), e.g. {@code 1000001}
 * @param placedOn the day the order was placed, or {@code null}
 * @param placedAt when the order was placed
 * @param lineCount how many lines the order has
 * @param itemCount how many units; absent for services, or {@code null}
 * @param total sum of the lines, or {@code null}
 * @param express whether it ships express, or {@code null}
 * @param tags free labels; never {@code null}, empty when absent
 * @param lines the lines, in order; never {@code null}, empty when absent
 * @param notes optional notes; never {@code null}, empty when absent
 */
@Generated("io.csol.codegen")
public record Order(String number, String customerNumber, LocalDate placedOn, Instant placedAt,
    int lineCount, Long itemCount, Money total, Boolean express, List<String> tags,
    List<OrderLine> lines, List<String> notes) {
  /**
   * Copies the lists defensively and turns absent lists into empty ones.
   *
   * @param number the order number (its id), e.g. {@code ORD-1}
   * @param customerNumber the customer number (7 digits), e.g. {@code 1000001}
   * @param placedOn the day the order was placed, or {@code null}
   * @param placedAt when the order was placed
   * @param lineCount how many lines the order has
   * @param itemCount how many units; absent for services, or {@code null}
   * @param total sum of the lines, or {@code null}
   * @param express whether it ships express, or {@code null}
   * @param tags free labels; never {@code null}, empty when absent
   * @param lines the lines, in order; never {@code null}, empty when absent
   * @param notes optional notes; never {@code null}, empty when absent
   */
  public Order {
    tags = tags == null ? List.of() : List.copyOf(tags);
    lines = lines == null ? List.of() : List.copyOf(lines);
    notes = notes == null ? List.of() : List.copyOf(notes);
  }
}
