package io.csol.sdk.invoices;

import io.csol.sdk.core.query.DateField;
import io.csol.sdk.core.query.DateTimeField;
import io.csol.sdk.core.query.EnumField;
import io.csol.sdk.core.query.MoneyField;
import io.csol.sdk.core.query.TextField;

/**
 * The filterable fields of invoices, typed, with the sortable ones marked as the API documents.
 *
 * <p>Use them in {@link InvoiceSearch#where}, {@link InvoiceSearch#sortBy} and
 * {@link InvoiceSearch#fields}:
 * <pre>{@code
 * invoices.search()
 *     .where(Filter.or(InvoiceFields.TOTAL.ge(Money.of("1000.00", "EUR")),
 *                      InvoiceFields.CONTRACT_NUMBER.startsWith("CTR-")))
 *     .sortBy(InvoiceFields.DUE_DATE.desc(), InvoiceFields.NUMBER.asc())
 *     .stream();
 * }</pre>
 * Money fields filter the amount only; combine them with {@link #CURRENCY}. List fields
 * ({@link #ORDER_NUMBERS}, {@link #SERIAL_NUMBER}) match when any element matches.
 */
public final class InvoiceFields {
  /** The invoice number (the id); sortable. */
  public static final TextField NUMBER = TextField.of("number").asSortable();
  /** The customer number; sortable. */
  public static final TextField CUSTOMER_NUMBER = TextField.of("customerNumber").asSortable();
  /** The ISO country code; sortable. */
  public static final TextField COUNTRY = TextField.of("country").asSortable();
  /** The issue date; sortable. */
  public static final DateField ISSUE_DATE = DateField.of("issueDate").asSortable();
  /** The due date; sortable. */
  public static final DateField DUE_DATE = DateField.of("dueDate").asSortable();
  /** The net amount; sortable. */
  public static final MoneyField NET = MoneyField.of("net").asSortable();
  /** The tax amount; sortable. */
  public static final MoneyField TAX = MoneyField.of("tax").asSortable();
  /** The total amount; sortable. */
  public static final MoneyField TOTAL = MoneyField.of("total").asSortable();
  /** The open amount; sortable. */
  public static final MoneyField OPEN_AMOUNT = MoneyField.of("openAmount").asSortable();
  /** The ISO currency code; sortable. */
  public static final TextField CURRENCY = TextField.of("currency").asSortable();
  /** The payment status; sortable. */
  public static final EnumField<InvoiceStatus> STATUS =
      EnumField.of("status", InvoiceStatus.class).asSortable();
  /** The approval status; sortable. */
  public static final EnumField<ApprovalStatus> APPROVAL_STATUS =
      EnumField.of("approvalStatus", ApprovalStatus.class).asSortable();
  /** The customer's purchase-order number; not sortable. */
  public static final TextField PURCHASE_ORDER_NUMBER = TextField.of("purchaseOrderNumber");
  /** The order numbers (a list; any element matches); not sortable. */
  public static final TextField ORDER_NUMBERS = TextField.of("orderNumbers");
  /** The contract number; not sortable. */
  public static final TextField CONTRACT_NUMBER = TextField.of("contractNumber");
  /** The serial numbers of the lines (a list; any line matches); not sortable. */
  public static final TextField SERIAL_NUMBER = TextField.of("lines.serialNumber");
  /** When the invoice last changed; sortable. */
  public static final DateTimeField UPDATED_AT = DateTimeField.of("updatedAt").asSortable();

  private InvoiceFields() {
  }
}
