package io.csol.examples.erp;

import io.csol.sandbox.SandboxOptions;
import io.csol.sandbox.SandboxServer;
import io.csol.sdk.core.CsolClient;
import io.csol.sdk.core.Credentials;
import io.csol.sdk.core.DocumentSink;
import io.csol.sdk.core.RequestOptions;
import io.csol.sdk.core.DocumentInfo;
import io.csol.sdk.invoices.ApprovalStatus;
import io.csol.sdk.invoices.DisputeInvoiceRequest;
import io.csol.sdk.invoices.DisputeReason;
import io.csol.sdk.invoices.DisputeResult;
import io.csol.sdk.invoices.Invoice;
import io.csol.sdk.invoices.InvoiceFields;
import io.csol.sdk.invoices.InvoiceStatus;
import io.csol.sdk.invoices.InvoicesClient;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What an ERP integrator does in a few lines: find one customer's overdue invoices, download
 * their PDFs, dispute one, and print the tracking number of the request that the dispute opened.
 *
 * <p>Runs against the embedded sandbox as the demo user {@code dana}:
 * <pre>{@code
 * mvn -B -q -pl examples -am -DskipTests package exec:java \
 *     -Dexec.mainClass=io.csol.examples.erp.OverdueInvoicesExample
 * }</pre>
 */
public final class OverdueInvoicesExample {

  /** What an id from the server must look like before it becomes part of a file name. */
  static final String SAFE_FILE_NAME = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";
  private static final Pattern SAFE_NAME = Pattern.compile(SAFE_FILE_NAME);

  private OverdueInvoicesExample() {
  }

  /**
   * Starts the sandbox and runs the example.
   *
   * @param args optional: the customer number (default 1000002) and the download directory
   */
  public static void main(String[] args) throws IOException {
    String customer = args.length > 0 ? args[0] : "1000002";
    Path dir = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "invoice-pdfs"));
    try (SandboxServer sandbox = SandboxServer.start(SandboxOptions.builder().seed(42).build())) {
      run(sandbox.baseUri(), "dana", "demo-password-1".toCharArray(), customer, dir, System.out);
    }
  }

  /**
   * Where an invoice's PDF goes: {@code dir/<number>.pdf}, only for a number that is a plain file
   * name. An id the server returns is untrusted input; a number such as {@code ../../x} or
   * {@code /etc/x} would otherwise write outside {@code dir}.
   *
   * @param dir the download folder
   * @param invoiceNumber the invoice number as the server returned it
   * @return the path inside {@code dir}
   * @throws IllegalArgumentException if the number does not match {@value #SAFE_FILE_NAME}, contains
   *     {@code ..}, or would not stay inside {@code dir}
   */
  static Path pdfPath(Path dir, String invoiceNumber) {
    Objects.requireNonNull(dir, "dir");
    // the number is not echoed: it may hold line breaks or terminal escapes
    if (invoiceNumber == null || !SAFE_NAME.matcher(invoiceNumber).matches() || invoiceNumber.contains("..")) {
      throw new IllegalArgumentException("invoiceNumber from the server is not a safe file name; accepted: "
          + SAFE_FILE_NAME + " without '..'");
    }
    Path base = dir.toAbsolutePath().normalize();
    Path target = base.resolve(invoiceNumber + ".pdf").normalize();
    // belt and braces: the pattern already rules out separators, but the check states the invariant
    if (!target.getParent().equals(base)) {
      throw new IllegalArgumentException("invoiceNumber from the server would leave the download folder");
    }
    return target;
  }

  /**
   * The example itself, independent of where the API runs.
   *
   * @return the dispute's result, or null when no overdue invoice could be disputed
   */
  static DisputeResult run(URI baseUri, String user, char[] password, String customer, Path dir,
                           PrintStream out) {
    try (CsolClient csol = CsolClient.builder()
        .baseUri(baseUri)
        .credentials(Credentials.password(user, password))
        .build()) {
      InvoicesClient invoices = InvoicesClient.of(csol);

      List<Invoice> overdue = invoices.listInvoices()
          .customerNumber(customer)
          .status(InvoiceStatus.OVERDUE)
          .sortBy(InvoiceFields.DUE_DATE.asc())
          .maxResults(5)
          .stream()
          .collect(Collectors.toList());
      out.printf("The first %d overdue invoices of customer %s, oldest due date first:%n", overdue.size(),
          customer);
      for (Invoice invoice : overdue) {
        // the number comes from the server: never let it choose where the file goes
        Path target = pdfPath(dir, invoice.number());
        DocumentInfo pdf = invoices.getInvoiceImage(invoice.number(), DocumentSink.toFile(target));
        out.printf("  %s due %s open %s -> %s (%,d bytes, sha-256 verified)%n", invoice.number(),
            invoice.dueDate(), invoice.openAmount(), target, pdf.bytes());
      }

      Invoice disputed = overdue.stream()
          .filter(i -> i.approvalStatus() == ApprovalStatus.PENDING) // a disputed one cannot be disputed again
          .findFirst()
          .orElse(null);
      if (disputed == null) {
        out.println("No overdue invoice is waiting for approval, so there is nothing to dispute.");
        return null;
      }
      // A business key makes the dispute safe to repeat: a retry after a crash opens no second request.
      RequestOptions once = RequestOptions.builder().idempotencyKey("dispute-" + disputed.number()).build();
      DisputeResult result = invoices.disputeInvoice(DisputeInvoiceRequest.builder()
          .invoiceNumber(disputed.number())
          .reason(DisputeReason.QUANTITY)
          .details("Two units invoiced, one delivered (delivery note attached to the request).")
          .build(), once);
      out.printf("Disputed %s: request %s, answer due by %s%n", disputed.number(),
          result.request().trackingNumber(), result.request().respondBy());
      return result;
    }
  }
}
