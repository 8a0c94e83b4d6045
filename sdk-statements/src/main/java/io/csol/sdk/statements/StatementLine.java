package io.csol.sdk.statements;

import io.csol.sdk.core.Money;
import java.time.LocalDate;

/**
 * One line of an account statement: an invoice, credit note, payment or adjustment.
 *
 * <p>Immutable. Amounts are signed: invoices positive, credit notes and payments negative.
 * {@code dueDate} and {@code appliesTo} are {@code null} when the line has none; when a search
 * asks for a subset of fields, the components not asked for are {@code null}.
 *
 * @param id the line id, e.g. {@code SL-000000001}
 * @param customerNumber the customer number (7 digits)
 * @param currency ISO 4217 code of the amounts
 * @param documentType what the line stands for
 * @param documentNumber number of the invoice, credit note or payment
 * @param documentDate the document's date
 * @param dueDate when the line is due, or {@code null}
 * @param amount the signed document amount
 * @param openAmount the signed amount not yet cleared
 * @param status how far the line is cleared
 * @param appliesTo the invoice number a credit or payment applies to, or {@code null}
 * @param documentUrl API path of the line's document
 *     (fetch it with {@link StatementsClient#getStatementLineDocument})
 */
public record StatementLine(
    String id,
    String customerNumber,
    String currency,
    DocumentType documentType,
    String documentNumber,
    LocalDate documentDate,
    LocalDate dueDate,
    Money amount,
    Money openAmount,
    LineStatus status,
    String appliesTo,
    String documentUrl) {
}
