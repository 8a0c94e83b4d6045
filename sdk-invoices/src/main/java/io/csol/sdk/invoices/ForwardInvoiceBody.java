package io.csol.sdk.invoices;

import java.util.List;

/** The JSON body of {@code forwardInvoice}; a null message is left out. */
record ForwardInvoiceBody(List<String> recipients, String message) {
}
