// Generated from api/openapi.yaml#/components/x-csol-collections/orders. Do not edit.
package io.csol.sandbox.tools.orders;

import io.csol.sandbox.engine.FieldType;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The contract's catalogue of collection {@code orders}: its filterable fields in contract order,
 * the default sort and the values of its enum fields.
 */
@Generated("io.csol.codegen")
final class OrdersCatalogue {
  /** The collection's key in the contract. */
  static final String NAME = "orders";
  /** The sort applied when a request asks for none. */
  static final String DEFAULT_SORT = "number";
  /** The filterable fields, in contract order. */
  static final List<Field> FIELDS = List.of(
          new Field("number", FieldType.TEXT, true, false),
          new Field("total", FieldType.NUMBER, true, false),
          new Field("lineCount", FieldType.NUMBER, true, false),
          new Field("placedOn", FieldType.DATE, true, false),
          new Field("updatedAt", FieldType.DATE_TIME, true, false),
          new Field("express", FieldType.BOOLEAN, false, false),
          new Field("status", FieldType.ENUM, true, false),
          new Field("tags", FieldType.TEXT, false, true),
          new Field("lines.serialNumber", FieldType.TEXT, false, true));
  /** The values of enum field {@code status} ({@code OrderStatus}). */
  static final Set<String> STATUS_VALUES = Set.of("OPEN", "SHIPPED");

  private OrdersCatalogue() {
  }

  /**
   * One filterable field.
   *
   * @param name the dotted query name
   * @param type the engine type (money is {@code NUMBER}: the engine compares amounts)
   * @param sortable whether it may be sorted by
   * @param list whether it holds a list
   */
  record Field(String name, FieldType type, boolean sortable, boolean list) {
  }
}
