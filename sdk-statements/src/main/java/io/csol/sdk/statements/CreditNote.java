package io.csol.sdk.statements;

import io.csol.sdk.core.Money;
import java.time.LocalDate;

/**
 * A credit note issued to a customer.
 *
 * @param number the credit note number, e.g. {@code CN-...}
 * @param customerNumber the customer number (7 digits)
 * @param currency ISO 4217 code of the amount
 * @param issueDate the day it was issued
 * @param amount the credited amount (positive)
 * @param appliesTo the invoice it credits, or {@code null}
 * @param reason why it was issued
 */
public record CreditNote(String number, String customerNumber, String currency,
    LocalDate issueDate, Money amount, String appliesTo, String reason) {
}
