package io.csol.sdk.invoices;

import static io.csol.sdk.invoices.InvoiceFields.APPROVAL_STATUS;
import static io.csol.sdk.invoices.InvoiceFields.CONTRACT_NUMBER;
import static io.csol.sdk.invoices.InvoiceFields.COUNTRY;
import static io.csol.sdk.invoices.InvoiceFields.CURRENCY;
import static io.csol.sdk.invoices.InvoiceFields.CUSTOMER_NUMBER;
import static io.csol.sdk.invoices.InvoiceFields.DUE_DATE;
import static io.csol.sdk.invoices.InvoiceFields.ISSUE_DATE;
import static io.csol.sdk.invoices.InvoiceFields.OPEN_AMOUNT;
import static io.csol.sdk.invoices.InvoiceFields.ORDER_NUMBERS;
import static io.csol.sdk.invoices.InvoiceFields.PURCHASE_ORDER_NUMBER;
import static io.csol.sdk.invoices.InvoiceFields.SERIAL_NUMBER;
import static io.csol.sdk.invoices.InvoiceFields.STATUS;

import io.csol.sdk.core.Money;
import io.csol.sdk.core.query.Filter;
import io.csol.sdk.core.query.SearchRequest;
import io.csol.sdk.core.spi.Check;
import io.csol.sdk.core.spi.tool.ToolOperations;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A query of invoices (operation {@code listInvoices}): typed shortcuts for the common conditions, {@link #where} for any
 * other filter built from {@link InvoiceFields}; every condition is AND-ed with the others.
 *
 * <pre>{@code
 * invoices.listInvoices()
 *     .status(InvoiceStatus.OPEN, InvoiceStatus.OVERDUE)   // status in (OPEN, OVERDUE)
 *     .dueBefore(LocalDate.of(2026, 12, 1))                 // and dueDate lt 2026-12-01
 *     .currency("EUR")                                      // and currency eq 'EUR'
 *     .sortBy(InvoiceFields.DUE_DATE.desc())
 *     .stream();
 * }</pre>
 *
 * <p>Values are always written as escaped literals, so no value can change the filter's
 * structure. Search results carry no invoice lines; read one invoice with
 * {@link InvoicesClient#getInvoice} for its lines. A builder is not thread-safe; {@link #list()}
 * takes a snapshot.
 */
public final class InvoiceQuery extends SearchRequest<Invoice, InvoiceQuery> {

  InvoiceQuery(ToolOperations ops) {
    super(ops.caller(), ops.tool(), ops.path(""), ops.operationId(), Invoice.class);
  }

  /**
   * Keeps invoices with one of these payment statuses.
   *
   * @param statuses one or more statuses, not {@code UNKNOWN}
   * @return this query
   * @throws NullPointerException if {@code statuses} is or contains null
   * @throws IllegalArgumentException if none is given or one is {@code UNKNOWN}
   */
  public InvoiceQuery status(InvoiceStatus... statuses) {
    Objects.requireNonNull(statuses, "statuses must not be null");
    return where(statuses.length == 1 ? STATUS.eq(statuses[0]) : STATUS.in(statuses));
  }

  /**
   * Keeps invoices with one of these approval statuses.
   *
   * @param statuses one or more statuses, not {@code UNKNOWN}
   * @return this query
   * @throws NullPointerException if {@code statuses} is or contains null
   * @throws IllegalArgumentException if none is given or one is {@code UNKNOWN}
   */
  public InvoiceQuery approvalStatus(ApprovalStatus... statuses) {
    Objects.requireNonNull(statuses, "statuses must not be null");
    return where(statuses.length == 1
        ? APPROVAL_STATUS.eq(statuses[0]) : APPROVAL_STATUS.in(statuses));
  }

  /**
   * Keeps invoices of these customer numbers.
   *
   * @param customerNumbers one or more customer numbers
   * @return this query
   * @throws NullPointerException if {@code customerNumbers} is or contains null
   * @throws IllegalArgumentException if none is given
   */
  public InvoiceQuery customerNumber(String... customerNumbers) {
    Objects.requireNonNull(customerNumbers, "customerNumbers must not be null");
    return where(customerNumbers.length == 1
        ? CUSTOMER_NUMBER.eq(customerNumbers[0]) : CUSTOMER_NUMBER.in(customerNumbers));
  }

  /**
   * Keeps invoices of customer numbers in this country.
   *
   * @param country ISO 3166-1 alpha-2 code, e.g. {@code SE}
   * @return this query
   * @throws IllegalArgumentException if {@code country} is not two upper-case letters
   */
  public InvoiceQuery country(String country) {
    return where(COUNTRY.eq(Check.country("country", country)));
  }

  /**
   * Keeps invoices in this currency.
   *
   * @param currency ISO 4217 code, e.g. {@code EUR}
   * @return this query
   * @throws IllegalArgumentException if {@code currency} is not three upper-case letters
   */
  public InvoiceQuery currency(String currency) {
    return where(CURRENCY.eq(Check.currency("currency", currency)));
  }

  /**
   * Keeps invoices due strictly before a day.
   *
   * @param date the first day not included, not null
   * @return this query
   */
  public InvoiceQuery dueBefore(LocalDate date) {
    return where(DUE_DATE.lt(Objects.requireNonNull(date, "date must not be null")));
  }

  /**
   * Keeps invoices due strictly after a day.
   *
   * @param date the last day not included, not null
   * @return this query
   */
  public InvoiceQuery dueAfter(LocalDate date) {
    return where(DUE_DATE.gt(Objects.requireNonNull(date, "date must not be null")));
  }

  /**
   * Keeps invoices issued from {@code from} to {@code to}, both days included.
   *
   * @param from the first day, not null
   * @param to the last day, not null, not before {@code from}
   * @return this query
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public InvoiceQuery issuedBetween(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from must not be null");
    Objects.requireNonNull(to, "to must not be null");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to must not be before from, was from=" + from
          + " to=" + to);
    }
    return where(Filter.and(ISSUE_DATE.ge(from), ISSUE_DATE.le(to)));
  }

  /**
   * Keeps invoices in the currency of {@code amount} whose open amount is at least its amount.
   *
   * @param amount the smallest open amount and its currency, not null
   * @return this query
   */
  public InvoiceQuery openAmountAtLeast(Money amount) {
    return where(OPEN_AMOUNT.ge(Objects.requireNonNull(amount, "amount must not be null")));
  }

  /**
   * Keeps invoices with this purchase-order number (exact match).
   *
   * @param purchaseOrderNumber the number, not null
   * @return this query
   */
  public InvoiceQuery purchaseOrderNumber(String purchaseOrderNumber) {
    return where(PURCHASE_ORDER_NUMBER.eq(purchaseOrderNumber));
  }

  /**
   * Keeps invoices that bill this order (any of their order numbers matches).
   *
   * @param orderNumber the order number, not null
   * @return this query
   */
  public InvoiceQuery orderNumber(String orderNumber) {
    return where(ORDER_NUMBERS.eq(orderNumber));
  }

  /**
   * Keeps invoices of this contract.
   *
   * @param contractNumber the contract number, not null
   * @return this query
   */
  public InvoiceQuery contractNumber(String contractNumber) {
    return where(CONTRACT_NUMBER.eq(contractNumber));
  }

  /**
   * Keeps invoices with a line for this machine serial number.
   *
   * @param serialNumber the serial number, not null
   * @return this query
   */
  public InvoiceQuery serialNumber(String serialNumber) {
    return where(SERIAL_NUMBER.eq(serialNumber));
  }
}
