package io.csol.sdk.invoices;

/** The JSON body of {@code disputeInvoice}; the reason is the enum constant's name. */
record DisputeInvoiceBody(String reason, String details) {
}
