package io.csol.codegen.model;

import java.math.BigDecimal;

/**
 * The limits a request property carries in the contract; each is {@code null} when absent.
 *
 * @param minLength string {@code minLength}
 * @param maxLength string {@code maxLength}
 * @param pattern string {@code pattern}
 * @param format string {@code format} that needs checking ({@code email}), or {@code null}
 * @param minItems array {@code minItems}
 * @param maxItems array {@code maxItems}
 * @param itemFormat {@code format} of a string array's items ({@code email}), or {@code null}
 * @param minimum number {@code minimum}
 * @param maximum number {@code maximum}
 */
public record Constraints(Integer minLength, Integer maxLength, String pattern, String format,
    Integer minItems, Integer maxItems, String itemFormat, BigDecimal minimum, BigDecimal maximum) {

  /** No limits at all. */
  public static final Constraints NONE =
      new Constraints(null, null, null, null, null, null, null, null, null);
}
