package io.csol.sandbox.tools.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

/** Checks the consistency rules reconciliation jobs rely on for one invoice and its lines. */
final class LedgerInvariants {

  private LedgerInvariants() {
  }

  static void check(Invoice invoice, List<StatementLine> lines, LocalDate asOf) {
    String currency = invoice.currency();
    long net = invoice.lines().stream().mapToLong(l -> {
      assertThat(l.amount().minor()).isEqualTo(l.unitPrice().minor() * l.quantity());
      assertThat(l.amount().currency()).isEqualTo(currency);
      return l.amount().minor();
    }).sum();
    assertThat(invoice.net().minor()).as("net of %s", invoice.number()).isEqualTo(net);
    assertThat(invoice.total().minor()).isEqualTo(invoice.net().minor() + invoice.tax().minor());
    long paid = 0;
    long credited = 0;
    StatementLine invoiceLine = null;
    for (StatementLine line : lines) {
      assertThat(line.currency()).isEqualTo(currency);
      assertThat(line.customerNumber()).isEqualTo(invoice.customerNumber());
      switch (line.documentType()) {
        case "INVOICE" -> invoiceLine = line;
        case "PAYMENT", "CREDIT_NOTE" -> {
          assertThat(line.amount().minor()).isNegative();
          assertThat(line.openAmount().isZero()).isTrue();
          assertThat(line.status()).isEqualTo("CLEARED");
          assertThat(line.appliesTo()).isEqualTo(invoice.number());
          assertThat(line.documentDate()).isBetween(invoice.issueDate(), asOf);
          if (line.documentType().equals("PAYMENT")) {
            paid -= line.amount().minor();
          } else {
            credited -= line.amount().minor();
          }
        }
        case "ADJUSTMENT" -> {
          assertThat(line.amount().minor()).isNotZero();
          assertThat(line.openAmount()).isEqualTo(line.amount());
          assertThat(line.status()).isEqualTo("OPEN");
          assertThat(line.appliesTo()).isNull();
        }
        default -> throw new AssertionError("unknown type " + line.documentType());
      }
    }
    assertThat(invoiceLine).as("INVOICE line of %s", invoice.number()).isNotNull();
    assertThat(lines.get(0)).isSameAs(invoiceLine);
    assertThat(invoice.paidAmount().minor()).isEqualTo(paid);
    assertThat(invoice.creditedAmount().minor()).isEqualTo(credited);
    long open = invoice.total().minor() - paid - credited;
    assertThat(open).isGreaterThanOrEqualTo(0);
    assertThat(invoice.openAmount().minor()).isEqualTo(open);
    assertThat(invoiceLine.amount()).isEqualTo(invoice.total());
    assertThat(invoiceLine.openAmount()).isEqualTo(invoice.openAmount());
    assertThat(invoiceLine.documentNumber()).isEqualTo(invoice.number());
    assertThat(invoiceLine.dueDate()).isEqualTo(invoice.dueDate());
    assertThat(invoiceLine.status()).isEqualTo(open == 0 ? "CLEARED"
        : open == invoice.total().minor() ? "OPEN" : "PARTIALLY_CLEARED");
    String expected = open == 0 ? "PAID" : open < invoice.total().minor() ? "PARTIALLY_PAID"
        : invoice.dueDate().isBefore(asOf) ? "OVERDUE" : "OPEN";
    if (invoice.status().equals("CANCELLED")) {
      assertThat(open).isZero();
      assertThat(credited).isEqualTo(invoice.total().minor());
      assertThat(invoice.approvalStatus()).isNotEqualTo("DISPUTED");
    } else {
      assertThat(invoice.status()).as("status of %s", invoice.number()).isEqualTo(expected);
    }
    assertThat(invoice.approvalStatus().equals("DISPUTED")).isEqualTo(invoice.disputeTrackingNumber() != null);
    int scale = Amount.digits(currency);
    assertThat(invoice.total().decimal().scale()).isEqualTo(scale);
  }
}
