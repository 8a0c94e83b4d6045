package io.csol.sdk.invoices;

import io.csol.sdk.core.Money;
import java.math.BigDecimal;

/**
 * One line of an invoice, present only on invoices read by number ({@link InvoicesClient#getInvoice}).
 *
 * <p>Values are as the server sent them; a component is {@code null} when the server omitted it.
 *
 * @param lineNumber 1-based position on the invoice
 * @param description what was charged
 * @param partNumber the vendor part number
 * @param machineType the machine type, e.g. {@code 9080}
 * @param serialNumber serial number of the machine the line is about, or {@code null}; matches
 *     the installed inventory
 * @param quantity quantity charged (exact decimal)
 * @param unitPrice price of one unit
 * @param amount line amount before tax
 * @param servicePeriod the period a service line covers, or {@code null}
 */
public record InvoiceLine(
    int lineNumber,
    String description,
    String partNumber,
    String machineType,
    String serialNumber,
    BigDecimal quantity,
    Money unitPrice,
    Money amount,
    ServicePeriod servicePeriod) {
}
