package io.csol.sdk.invoices;

import java.time.LocalDate;

/**
 * The period a service invoice line covers, both days inclusive.
 *
 * @param start first day covered
 * @param end last day covered
 */
public record ServicePeriod(LocalDate start, LocalDate end) {
}
