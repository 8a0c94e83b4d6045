package io.csol.sdk.core.requests;

import java.time.Instant;

/**
 * A request in My requests, as listed and as returned when one is opened (by
 * {@code RequestsClient.createRequest}, {@code InvoicesClient.disputeInvoice} or
 * {@code AccessClient.requestEntitlement}). Read the whole request, with its description and
 * contact, in one call: {@code RequestsClient.of(csol).getRequest(summary.trackingNumber())}.
 *
 * <p>Partial when the list selected {@code fields}: then only the selected members (and the
 * tracking number) are set; the booleans of members not selected read {@code false}.
 *
 * @param trackingNumber e.g. {@code R-2026-000123}
 * @param category what the request is about
 * @param status where the request stands
 * @param subject one line saying what the request is about
 * @param customerNumber the customer number it belongs to, e.g. {@code 1000001}
 * @param createdAt when the request was opened
 * @param respondBy when support promises an answer: one business day after {@code createdAt}
 *     in the customer number's country's week (public holidays not counted)
 * @param link the request's path, {@code /v1/requests/{trackingNumber}}
 * @param relatesTo the record the request is about, or {@code null}
 * @param answered whether support has answered at least once ({@code answeredAt} is set)
 * @param waitingForCustomer whether support wrote the last message and the request is not
 *     CLOSED ("waiting for me")
 * @param overdue whether support is late: not answered and now after {@code respondBy}, or first
 *     answered after {@code respondBy}
 * @param answeredAt when support first answered, or {@code null} until then
 * @param updatedAt the last change (status, message, close)
 */
public record RequestSummary(String trackingNumber, RequestCategory category,
    RequestStatus status, String subject, String customerNumber, Instant createdAt,
    Instant respondBy, String link, RelatedRecord relatesTo, boolean answered,
    boolean waitingForCustomer, boolean overdue, Instant answeredAt, Instant updatedAt) {

  @Override
  public String toString() {
    // the subject is what the user wrote (x-csol-sensitive): not for logs, like the generated
    // request types and models of My requests
    return "RequestSummary[trackingNumber=" + trackingNumber + ", category=" + category
        + ", status=" + status + ", customerNumber=" + customerNumber + ", createdAt=" + createdAt
        + ", respondBy=" + respondBy + ", link=" + link + ", relatesTo=" + relatesTo
        + ", answered=" + answered + ", waitingForCustomer=" + waitingForCustomer
        + ", overdue=" + overdue + ", answeredAt=" + answeredAt + ", updatedAt=" + updatedAt
        + "]";
  }
}
