package io.csol.examples.dashboard;

import io.csol.sandbox.SandboxServer;
import io.csol.sandbox.tools.billing.Amount;
import io.csol.sandbox.tools.billing.BillingState;
import io.csol.sandbox.tools.billing.Invoice;
import io.csol.sandbox.tools.billing.StatementLine;

/**
 * Changes the sandbox's ledger the way accounts receivable would: the API offers no payments or
 * reversals, so the tests write them through the sandbox's Java hooks, which record them in the
 * changes feeds exactly as the sandbox's own routes do.
 */
final class SandboxLedger {

  private final BillingState state;

  private SandboxLedger(BillingState state) {
    this.state = state;
  }

  /** The ledger of the server's current state; it exists once any billing request was served. */
  static SandboxLedger of(SandboxServer server) {
    return new SandboxLedger(server.shared(BillingState.class, () -> {
      throw new IllegalStateException("the billing ledger is created by the first Invoices or Statements request");
    }));
  }

  /** Records a payment of the whole open amount: the invoice becomes PAID, its statement line CLEARED. */
  void payInFull(String invoiceNumber) {
    Invoice invoice = state.invoices().get(invoiceNumber).orElseThrow();
    StatementLine generated = state.index().linesOf(invoice.index()).stream()
        .filter(line -> line.documentType().equals("INVOICE")).findFirst().orElseThrow();
    StatementLine line = state.lines().get(generated.id()).orElseThrow();
    Amount zero = new Amount(0, invoice.currency());
    state.lines().put(new StatementLine(line.index(), line.id(), line.invoiceIndex(), line.customerNumber(),
        line.currency(), line.documentType(), line.documentNumber(), line.documentDate(), line.dueDate(),
        line.amount(), zero, "CLEARED", line.appliesTo(), line.detail()));
    Amount paid = new Amount(invoice.paidAmount().minor() + invoice.openAmount().minor(), invoice.currency());
    state.invoices().put(new Invoice(invoice.index(), invoice.number(), invoice.customerNumber(), invoice.country(),
        invoice.issueDate(), invoice.dueDate(), invoice.currency(), invoice.net(), invoice.tax(), invoice.total(),
        paid, invoice.creditedAmount(), zero, "PAID", invoice.approvalStatus(), invoice.purchaseOrderNumber(),
        invoice.orderNumbers(), invoice.contractNumber(), invoice.disputeTrackingNumber(),
        state.clock().instant(), invoice.lines()));
  }

  /** Returns the id of an open adjustment (a statement line that belongs to no invoice's open amount). */
  String openAdjustmentId() {
    for (long k = 0; k < state.generator().invoiceCount(); k++) {
      for (StatementLine line : state.index().linesOf(k)) {
        if (line.documentType().equals("ADJUSTMENT") && line.openAmount().minor() != 0
            && state.lines().get(line.id()).isPresent()) {
          return line.id();
        }
      }
    }
    throw new IllegalStateException("the seeded ledger has no open adjustment");
  }

  /** Deletes a statement line, as a reversal by accounts receivable shows in the feed. */
  void deleteLine(String id) {
    if (!state.lines().delete(id)) {
      throw new IllegalStateException("no statement line " + id);
    }
  }
}
