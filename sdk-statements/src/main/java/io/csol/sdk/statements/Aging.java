package io.csol.sdk.statements;

import io.csol.sdk.core.Money;

/**
 * The open balance of an account split by how long it is overdue; the buckets add up to the
 * balance.
 *
 * @param current not yet due
 * @param days1To30 1 to 30 days overdue
 * @param days31To60 31 to 60 days overdue
 * @param days61To90 61 to 90 days overdue
 * @param over90 more than 90 days overdue
 */
public record Aging(Money current, Money days1To30, Money days31To60, Money days61To90,
    Money over90) {
}
