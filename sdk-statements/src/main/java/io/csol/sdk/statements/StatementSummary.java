package io.csol.sdk.statements;

import io.csol.sdk.core.Money;
import java.time.LocalDate;

/**
 * The accounts-receivable position of one customer number in one currency.
 *
 * <p>Immutable. {@code overdue = balance - aging.current}, and the aging buckets add up to
 * {@code balance}.
 *
 * @param customerNumber the customer number (7 digits)
 * @param currency ISO 4217 code of every amount
 * @param asOf the day the figures refer to
 * @param balance total open amount (sum of the open amounts of the statement lines)
 * @param overdue the part of the balance past its due date
 * @param aging the balance by age
 */
public record StatementSummary(String customerNumber, String currency, LocalDate asOf,
    Money balance, Money overdue, Aging aging) {
}
