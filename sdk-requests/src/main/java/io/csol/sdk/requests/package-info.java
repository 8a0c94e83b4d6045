/**
 * My requests: open a request to support (an inquiry about an invoice, an order, a contract, the
 * account ...), follow it until support answers, reply, close it, and attach files.
 *
 * <pre>{@code
 * RequestsClient requests = RequestsClient.of(csol);
 * RequestSummary opened = requests.createRequest(CreateRequestRequest.builder()
 *     .category(RequestCategory.INVOICES)
 *     .subject("Unit prices on invoice 9100000001")
 *     .description("The unit prices differ from our contract; see the attached sheet.")
 *     .relatesTo(RelatedRecord.of(RelatedRecordType.INVOICE, "9100000001"))
 *     .attachments(AttachmentUpload.of(Path.of("prices.csv")))
 *     .build());
 * requests.listRequests().waitingForMe().stream()
 *     .forEach(r -> System.out.println(r.trackingNumber() + " " + r.subject()));
 * }</pre>
 *
 * <p>{@link io.csol.sdk.core.requests.RequestSummary} and its enums live in sdk-core, shared
 * with the other tools whose actions open requests (an invoice dispute, an entitlement request).
 * The models ({@code Request}, {@code RequestMessage}, {@code Attachment}), the request types
 * and {@code RequestFields} are generated from {@code api/openapi.yaml}.
 */
package io.csol.sdk.requests;
