package io.csol.codegen.model;

import java.util.Objects;

/**
 * A Java type as the intermediate model sees it, independent of JavaPoet.
 *
 * @param kind what kind of type
 * @param name the generated type's simple name for {@link Kind#ENUM} and {@link Kind#MODEL}, else
 *     {@code null}
 * @param element the element type of a {@link Kind#LIST}, else {@code null}
 */
public record JType(Kind kind, String name, JType element) {

  /** The kinds of type a contract property can map to. */
  public enum Kind {
    /** {@code String}. */
    STRING,
    /** {@code int} (required) or {@code Integer}. */
    INT,
    /** {@code long} (required) or {@code Long}. */
    LONG,
    /** {@code java.math.BigDecimal}. */
    DECIMAL,
    /** {@code boolean} (required) or {@code Boolean}. */
    BOOLEAN,
    /** {@code java.time.LocalDate}. */
    DATE,
    /** {@code java.time.Instant}. */
    DATE_TIME,
    /** sdk-core's {@code io.csol.sdk.core.Money}. */
    MONEY,
    /** A generated enum. */
    ENUM,
    /** A generated record. */
    MODEL,
    /** {@code java.util.List} of {@link #element()}. */
    LIST
  }

  /** Checks that names and elements are set exactly where the kind needs them. */
  public JType {
    Objects.requireNonNull(kind, "kind");
    if ((kind == Kind.ENUM || kind == Kind.MODEL) != (name != null)) {
      throw new IllegalArgumentException("name is needed exactly for ENUM and MODEL, kind " + kind);
    }
    if ((kind == Kind.LIST) != (element != null)) {
      throw new IllegalArgumentException("element is needed exactly for LIST, kind " + kind);
    }
  }

  /**
   * A type without name or element.
   *
   * @param kind a scalar kind
   * @return the type
   */
  public static JType of(Kind kind) {
    return new JType(kind, null, null);
  }

  /**
   * A generated enum or record.
   *
   * @param kind ENUM or MODEL
   * @param name the simple name
   * @return the type
   */
  public static JType named(Kind kind, String name) {
    return new JType(kind, name, null);
  }

  /**
   * A list.
   *
   * @param element the element type
   * @return the type
   */
  public static JType listOf(JType element) {
    return new JType(Kind.LIST, null, element);
  }
}
