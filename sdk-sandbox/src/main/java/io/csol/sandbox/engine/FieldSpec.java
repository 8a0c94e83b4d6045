package io.csol.sandbox.engine;

import java.util.Objects;
import java.util.function.Function;

/**
 * One declared field of a resource: its query name, type, value getter and whether it sorts.
 *
 * @param name dotted query name, e.g. {@code status} or {@code lines.serialNumber}
 * @param type field type
 * @param getter returns String, BigDecimal, LocalDate, Instant, Boolean, an Enum or String,
 *     a List of those, or null
 * @param sortable whether the field may appear in {@code sort} (must then be single-valued)
 * @param <R> record type
 */
public record FieldSpec<R>(String name, FieldType type, Function<R, Object> getter,
    boolean sortable) {

  /** Validates the components. */
  public FieldSpec {
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(type, "type must not be null (one of " + java.util.Arrays.toString(FieldType.values()) + ")");
    Objects.requireNonNull(getter, "getter must not be null");
    if (!name.matches("[a-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*)*")) {
      throw new IllegalArgumentException(
          "name must be lowerCamelCase names joined by '.', e.g. 'lines.serialNumber', was '" + name + "'");
    }
  }

  /** Returns the raw value of this field on a record (may be a List or null). */
  public Object valueOf(R record) {
    return getter.apply(record);
  }
}
