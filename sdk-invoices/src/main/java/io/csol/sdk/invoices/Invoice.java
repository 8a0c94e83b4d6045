package io.csol.sdk.invoices;

import io.csol.sdk.core.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An invoice as the Invoices tool reports it.
 *
 * <p>Immutable. {@code openAmount = total - paidAmount - creditedAmount} and
 * {@code total = net + tax}. Search results carry no lines ({@link #lines()} is empty); an
 * invoice read by number carries them. When a search asks for a subset of fields, the components
 * not asked for are {@code null} (lists empty). {@code contractNumber} and
 * {@code disputeTrackingNumber} are {@code null} when the invoice has none.
 *
 * @param number the invoice number (its id), e.g. {@code 9100000001}
 * @param customerNumber the billed customer number (7 digits)
 * @param country ISO 3166-1 alpha-2 country of the customer number
 * @param issueDate the day the invoice was issued
 * @param dueDate the day payment is due
 * @param currency ISO 4217 code of every amount on the invoice
 * @param net amount before tax
 * @param tax tax amount
 * @param total net plus tax
 * @param paidAmount amount paid so far
 * @param creditedAmount amount credited so far
 * @param openAmount amount still owed
 * @param status payment status
 * @param approvalStatus the customer's review status
 * @param purchaseOrderNumber the customer's purchase-order number
 * @param orderNumbers the orders invoiced (never null)
 * @param contractNumber the contract invoiced, or {@code null}
 * @param disputeTrackingNumber tracking number of the dispute request, or {@code null}
 * @param updatedAt when the invoice last changed
 * @param lines the lines (never null; empty in search results)
 */
public record Invoice(
    String number,
    String customerNumber,
    String country,
    LocalDate issueDate,
    LocalDate dueDate,
    String currency,
    Money net,
    Money tax,
    Money total,
    Money paidAmount,
    Money creditedAmount,
    Money openAmount,
    InvoiceStatus status,
    ApprovalStatus approvalStatus,
    String purchaseOrderNumber,
    List<String> orderNumbers,
    String contractNumber,
    String disputeTrackingNumber,
    Instant updatedAt,
    List<InvoiceLine> lines) {

  /**
   * Copies the lists defensively and turns absent lists into empty ones.
   *
   * @param number see the record description
   * @param customerNumber see the record description
   * @param country see the record description
   * @param issueDate see the record description
   * @param dueDate see the record description
   * @param currency see the record description
   * @param net see the record description
   * @param tax see the record description
   * @param total see the record description
   * @param paidAmount see the record description
   * @param creditedAmount see the record description
   * @param openAmount see the record description
   * @param status see the record description
   * @param approvalStatus see the record description
   * @param purchaseOrderNumber see the record description
   * @param orderNumbers see the record description
   * @param contractNumber see the record description
   * @param disputeTrackingNumber see the record description
   * @param updatedAt see the record description
   * @param lines see the record description
   */
  public Invoice {
    orderNumbers = orderNumbers == null ? List.of() : List.copyOf(orderNumbers);
    lines = lines == null ? List.of() : List.copyOf(lines);
  }
}
