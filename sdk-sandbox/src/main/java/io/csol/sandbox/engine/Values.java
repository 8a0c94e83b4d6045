package io.csol.sandbox.engine;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Comparator;

/** Brings getter values to one canonical Java type per field type so they compare reliably. */
final class Values {
  /** Canonical values are mutually comparable within one field type. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static final Comparator<Object> NATURAL = (a, b) -> ((Comparable) a).compareTo(b);

  private Values() {
  }

  /**
   * Converts a single getter value to the canonical type of {@code type}: String (TEXT and ENUM),
   * BigDecimal, LocalDate, Instant or Boolean; null stays null.
   *
   * @throws IllegalStateException when the getter returned a type that cannot stand for the field
   */
  static Object canonical(Object raw, FieldType type, String field) {
    if (raw == null) {
      return null;
    }
    switch (type) {
      case TEXT:
        if (raw instanceof String || raw instanceof CharSequence) {
          return raw.toString();
        }
        break;
      case ENUM:
        if (raw instanceof Enum<?> e) {
          return e.name();
        }
        if (raw instanceof CharSequence) {
          return raw.toString();
        }
        break;
      case NUMBER:
        if (raw instanceof BigDecimal d) {
          return d;
        }
        if (raw instanceof Long || raw instanceof Integer || raw instanceof Short || raw instanceof Byte) {
          return BigDecimal.valueOf(((Number) raw).longValue());
        }
        if (raw instanceof BigInteger i) {
          return new BigDecimal(i);
        }
        if (raw instanceof Double || raw instanceof Float) {
          return new BigDecimal(raw.toString());
        }
        break;
      case DATE:
        if (raw instanceof LocalDate) {
          return raw;
        }
        break;
      case DATE_TIME:
        if (raw instanceof Instant) {
          return raw;
        }
        if (raw instanceof OffsetDateTime o) {
          return o.toInstant();
        }
        if (raw instanceof ZonedDateTime z) {
          return z.toInstant();
        }
        break;
      case BOOLEAN:
        if (raw instanceof Boolean) {
          return raw;
        }
        break;
      default:
        break;
    }
    // A spec bug, not a client error: make it loud.
    throw new IllegalStateException("getter of field '" + field + "' returned a "
        + raw.getClass().getName() + ", which cannot stand for a " + type + " field");
  }
}
