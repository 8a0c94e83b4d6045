package io.csol.sandbox.tools.billing;

import io.csol.sandbox.spi.Response;
import io.csol.sandbox.spi.SandboxWorld;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders the PDF documents of the ledger: invoice, credit note, payment advice and adjustment
 * note, each a one-page {@link PdfWriter} document served with length, ETag and Repr-Digest.
 */
public final class Documents {

  static final String PDF = "application/pdf";

  private Documents() {
  }

  /** Returns the invoice image response. */
  public static Response invoice(Invoice invoice, SandboxWorld world) {
    List<String> text = new ArrayList<>();
    text.add("Customer: " + customerName(world, invoice.customerNumber()) + " (" + invoice.customerNumber()
        + ", " + invoice.country() + ")");
    text.add("Issue date: " + invoice.issueDate() + "    Due date: " + invoice.dueDate());
    text.add("Purchase order: " + invoice.purchaseOrderNumber() + "    Orders: " + String.join(", ",
        invoice.orderNumbers()));
    if (invoice.contractNumber() != null) {
      text.add("Contract: " + invoice.contractNumber());
    }
    text.add("");
    for (InvoiceLine line : invoice.lines()) {
      text.add(line.lineNumber() + ". " + line.description() + "  " + line.partNumber() + "  type "
          + line.machineType() + (line.serialNumber() == null ? "" : "  serial " + line.serialNumber()));
      text.add("    " + line.quantity() + " x " + money(line.unitPrice()) + " = " + money(line.amount())
          + (line.periodStart() == null ? "" : "  period " + line.periodStart() + " to " + line.periodEnd()));
    }
    text.add("");
    text.add("Net: " + money(invoice.net()));
    text.add("Tax: " + money(invoice.tax()));
    text.add("Total: " + money(invoice.total()));
    text.add("Paid: " + money(invoice.paidAmount()) + "    Credited: " + money(invoice.creditedAmount())
        + "    Open: " + money(invoice.openAmount()));
    text.add("Status: " + invoice.status());
    return pdf("Invoice " + invoice.number(), text);
  }

  /** Returns the document of a credit note, payment or adjustment statement line. */
  public static Response statementDocument(StatementLine line, SandboxWorld world) {
    String title = switch (line.documentType()) {
      case "CREDIT_NOTE" -> "Credit note ";
      case "PAYMENT" -> "Payment advice ";
      case "ADJUSTMENT" -> "Adjustment note ";
      default -> throw new IllegalArgumentException(
          "documentType must be CREDIT_NOTE, PAYMENT or ADJUSTMENT, was " + line.documentType());
    };
    List<String> text = new ArrayList<>();
    text.add("Customer: " + customerName(world, line.customerNumber()) + " (" + line.customerNumber() + ")");
    text.add("Date: " + line.documentDate());
    text.add("Amount: " + money(line.amount().abs()));
    if (line.appliesTo() != null) {
      text.add("Applies to invoice: " + line.appliesTo());
    }
    if (line.detail() != null) {
      text.add((line.documentType().equals("PAYMENT") ? "Method: " : "Reason: ") + line.detail());
    }
    if (line.dueDate() != null) {
      text.add("Due date: " + line.dueDate());
    }
    return pdf(title + line.documentNumber(), text);
  }

  private static Response pdf(String title, List<String> text) {
    return Response.document(200, PDF, PdfWriter.write(title, text));
  }

  private static String money(Amount amount) {
    return amount.plain() + " " + amount.currency();
  }

  private static String customerName(SandboxWorld world, String customerNumber) {
    return world.customer(customerNumber).map(SandboxWorld.Customer::name).orElse(customerNumber);
  }
}
