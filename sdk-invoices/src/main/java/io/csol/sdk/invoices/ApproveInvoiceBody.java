package io.csol.sdk.invoices;

/** The JSON body of {@code approveInvoice}; a null comment is left out. */
record ApproveInvoiceBody(String comment) {
}
