package io.csol.sdk.invoices;

import java.time.Instant;
import java.util.List;

/**
 * What the server confirmed after forwarding an invoice.
 *
 * @param invoiceNumber the invoice forwarded
 * @param recipients the addresses it was sent to (never null)
 * @param forwardedAt when it was sent
 */
public record ForwardResult(String invoiceNumber, List<String> recipients, Instant forwardedAt) {
  /**
   * Copies the recipients defensively and turns an absent list into an empty one.
   *
   * @param invoiceNumber see the record description
   * @param recipients see the record description
   * @param forwardedAt see the record description
   */
  public ForwardResult {
    recipients = recipients == null ? List.of() : List.copyOf(recipients);
  }
}
