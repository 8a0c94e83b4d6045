package io.csol.sdk.statements;

import io.csol.sdk.core.Money;
import java.time.LocalDate;

/**
 * A payment received from a customer.
 *
 * @param number the payment number, e.g. {@code PAY-...}
 * @param customerNumber the customer number (7 digits)
 * @param currency ISO 4217 code of the amount
 * @param paymentDate the day it was received
 * @param amount the amount paid (positive)
 * @param appliesTo the invoice it pays
 * @param method how it was paid
 */
public record Payment(String number, String customerNumber, String currency,
    LocalDate paymentDate, Money amount, String appliesTo, PaymentMethod method) {
}
