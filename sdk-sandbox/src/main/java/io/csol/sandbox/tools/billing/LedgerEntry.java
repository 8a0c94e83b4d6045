package io.csol.sandbox.tools.billing;

import java.util.List;

/**
 * Invoice {@code k} with its statement documents in slot order: the INVOICE document first, then
 * payments, a credit note and an adjustment when it has them. The documents carry no statement
 * line index yet ({@code index} -1, {@code id} null); {@link StatementIndex} assigns them.
 */
public record LedgerEntry(Invoice invoice, List<StatementLine> documents) {

  public LedgerEntry {
    documents = List.copyOf(documents);
  }
}
