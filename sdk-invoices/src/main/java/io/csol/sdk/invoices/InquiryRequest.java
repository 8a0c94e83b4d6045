package io.csol.sdk.invoices;

import java.time.Instant;

/**
 * The inquiry request a dispute opened; follow it with the Requests tool by its tracking number.
 *
 * <p>{@code category} and {@code status} are kept as the wire strings (e.g. {@code INVOICES},
 * {@code SUBMITTED}) because their enums belong to the Requests tool.
 *
 * @param trackingNumber e.g. {@code R-2026-000123}
 * @param category the request category, {@code INVOICES} for disputes
 * @param status the request status, {@code SUBMITTED} when just opened
 * @param subject the subject line support sees
 * @param createdAt when it was opened
 * @param respondBy when support answers at the latest (one business day later)
 * @param link the API path of the request, e.g. {@code /v1/requests/R-2026-000123}
 */
public record InquiryRequest(
    String trackingNumber,
    String category,
    String status,
    String subject,
    Instant createdAt,
    Instant respondBy,
    String link) {
}
