// Generated from api/openapi.yaml#/components/x-csol-collections/orders. Do not edit.
package io.csol.golden;

import io.csol.sdk.core.query.BooleanField;
import io.csol.sdk.core.query.DateField;
import io.csol.sdk.core.query.DateTimeField;
import io.csol.sdk.core.query.EnumField;
import io.csol.sdk.core.query.MoneyField;
import io.csol.sdk.core.query.NumberField;
import io.csol.sdk.core.query.TextField;
import javax.annotation.processing.Generated;

/**
 * The filterable fields of {@link Order} (collection {@code orders}), typed to it, with the
 * sortable ones marked.
 *
 * <p>The default sort is {@code number}. List fields match when any element matches; money fields
 * always compare the currency too.
 */
@Generated("io.csol.codegen")
public final class OrderFields {
  /** The order number; sortable. */
  public static final TextField<Order> NUMBER = TextField.<Order>of("number").asSortable();
  /** Sum of the lines; sortable. */
  public static final MoneyField<Order> TOTAL = MoneyField.<Order>of("total", "currency")
      .asSortable();
  /** How many lines; sortable. */
  public static final NumberField<Order> LINE_COUNT = NumberField.<Order>of("lineCount")
      .asSortable();
  /** The day it was placed; sortable. */
  public static final DateField<Order> PLACED_ON = DateField.<Order>of("placedOn").asSortable();
  /** When it last changed; sortable. */
  public static final DateTimeField<Order> UPDATED_AT = DateTimeField.<Order>of("updatedAt")
      .asSortable();
  /** Whether it ships express; not sortable. */
  public static final BooleanField<Order> EXPRESS = BooleanField.<Order>of("express");
  /** Where it stands; sortable. */
  public static final EnumField<Order, OrderStatus> STATUS =
      EnumField.<Order, OrderStatus>of("status", OrderStatus.class).asSortable();
  /** Any of the labels (a list; any element matches); not sortable. */
  public static final TextField<Order> TAGS = TextField.<Order>of("tags").asList();
  /** The machine's serial number (a list; any element matches); not sortable. */
  public static final TextField<Order> SERIAL_NUMBER = TextField.<Order>of("lines.serialNumber")
      .asList();

  private OrderFields() {
  }
}
