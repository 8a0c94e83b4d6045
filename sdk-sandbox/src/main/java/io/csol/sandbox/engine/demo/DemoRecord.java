package io.csol.sandbox.engine.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One demo record.
 *
 * @param id "D" and 7 digits, e.g. "D0000001"
 * @param name text, sometimes with a quote (e.g. "O'Brien")
 * @param amount number with 2 decimals, null for about 1 in 100 records
 * @param day a date in 2026
 * @param at an instant in 2026
 * @param active boolean
 * @param kind A, B or C
 * @param tags 0..3 of red, green, blue, gold
 */
public record DemoRecord(String id, String name, BigDecimal amount, LocalDate day, Instant at,
    boolean active, Kind kind, List<String> tags) {

  /** The demo enum. */
  public enum Kind {
    /** Kind A. */
    A,
    /** Kind B. */
    B,
    /** Kind C. */
    C
  }

  /** Validates the components and copies the tags. */
  public DemoRecord {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(kind, "kind must not be null (A, B or C)");
    tags = tags == null ? List.of() : List.copyOf(tags);
  }
}
