package io.csol.sdk.invoices;

import io.csol.sdk.core.query.DateField;
import io.csol.sdk.core.query.DateTimeField;
import io.csol.sdk.core.query.EnumField;
import io.csol.sdk.core.query.Field;
import io.csol.sdk.core.query.MoneyField;
import io.csol.sdk.core.query.TextField;
import java.util.List;

/**
 * The filterable fields of invoices, typed and tied to {@link Invoice}, with the sortable ones
 * marked as the API documents.
 *
 * <p>Use them in {@link InvoiceQuery#where}, {@link InvoiceQuery#sortBy},
 * {@link InvoiceQuery#fields} and invoice exports; they do not compile in a query of another
 * collection:
 * <pre>{@code
 * invoices.listInvoices()
 *     .where(Filter.or(InvoiceFields.TOTAL.ge(Money.of("1000.00", "EUR")),
 *                      InvoiceFields.CONTRACT_NUMBER.startsWith("CTR-")))
 *     .sortBy(InvoiceFields.DUE_DATE.desc(), InvoiceFields.NUMBER.asc())
 *     .stream();
 * }</pre>
 * Money comparisons check the currency too ({@code (total ge 1000.00 and currency eq 'EUR')}).
 * List fields ({@link #ORDER_NUMBERS}, {@link #SERIAL_NUMBER}) match when any element matches.
 */
public final class InvoiceFields {
  /** The invoice number (the id); sortable. */
  public static final TextField<Invoice> NUMBER = TextField.<Invoice>of("number").asSortable();
  /** The customer number; sortable. */
  public static final TextField<Invoice> CUSTOMER_NUMBER =
      TextField.<Invoice>of("customerNumber").asSortable();
  /** The ISO country code; sortable. */
  public static final TextField<Invoice> COUNTRY = TextField.<Invoice>of("country").asSortable();
  /** The issue date; sortable. */
  public static final DateField<Invoice> ISSUE_DATE =
      DateField.<Invoice>of("issueDate").asSortable();
  /** The due date; sortable. */
  public static final DateField<Invoice> DUE_DATE = DateField.<Invoice>of("dueDate").asSortable();
  /** The net amount, in the invoice's currency; sortable. */
  public static final MoneyField<Invoice> NET =
      MoneyField.<Invoice>of("net", "currency").asSortable();
  /** The tax amount, in the invoice's currency; sortable. */
  public static final MoneyField<Invoice> TAX =
      MoneyField.<Invoice>of("tax", "currency").asSortable();
  /** The total amount, in the invoice's currency; sortable. */
  public static final MoneyField<Invoice> TOTAL =
      MoneyField.<Invoice>of("total", "currency").asSortable();
  /** The open amount, in the invoice's currency; sortable. */
  public static final MoneyField<Invoice> OPEN_AMOUNT =
      MoneyField.<Invoice>of("openAmount", "currency").asSortable();
  /** The ISO currency code; sortable. */
  public static final TextField<Invoice> CURRENCY =
      TextField.<Invoice>of("currency").asSortable();
  /** The payment status; sortable. */
  public static final EnumField<Invoice, InvoiceStatus> STATUS =
      EnumField.<Invoice, InvoiceStatus>of("status", InvoiceStatus.class).asSortable();
  /** The approval status; sortable. */
  public static final EnumField<Invoice, ApprovalStatus> APPROVAL_STATUS =
      EnumField.<Invoice, ApprovalStatus>of("approvalStatus", ApprovalStatus.class).asSortable();
  /** The customer's purchase-order number; not sortable. */
  public static final TextField<Invoice> PURCHASE_ORDER_NUMBER =
      TextField.<Invoice>of("purchaseOrderNumber");
  /** Any of the order numbers (a list; any element matches); not sortable. */
  public static final TextField<Invoice> ORDER_NUMBERS =
      TextField.<Invoice>of("orderNumbers").asList();
  /** The contract number; not sortable. */
  public static final TextField<Invoice> CONTRACT_NUMBER = TextField.<Invoice>of("contractNumber");
  /** The serial numbers of the lines (a list; any line matches); not sortable. */
  public static final TextField<Invoice> SERIAL_NUMBER =
      TextField.<Invoice>of("lines.serialNumber").asList();
  /** When the invoice last changed; sortable. */
  public static final DateTimeField<Invoice> UPDATED_AT =
      DateTimeField.<Invoice>of("updatedAt").asSortable();

  private static final List<Field<Invoice>> ALL = List.of(NUMBER, CUSTOMER_NUMBER, COUNTRY,
      ISSUE_DATE, DUE_DATE, NET, TAX, TOTAL, OPEN_AMOUNT, CURRENCY, STATUS, APPROVAL_STATUS,
      PURCHASE_ORDER_NUMBER, ORDER_NUMBERS, CONTRACT_NUMBER, SERIAL_NUMBER, UPDATED_AT);

  private InvoiceFields() {
  }

  /**
   * Returns every field of invoices, in the order documented.
   *
   * @return an immutable list
   */
  public static List<Field<Invoice>> all() {
    return ALL;
  }
}
