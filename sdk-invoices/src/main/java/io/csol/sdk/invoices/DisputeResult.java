package io.csol.sdk.invoices;

/**
 * What the server answered to a dispute: the inquiry request it opened.
 *
 * @param invoiceNumber the invoice disputed
 * @param request the request opened for the dispute
 */
public record DisputeResult(String invoiceNumber, InquiryRequest request) {
}
