package io.csol.examples.erp;

import io.csol.sandbox.SandboxOptions;
import io.csol.sandbox.SandboxServer;
import io.csol.sdk.core.Credentials;
import io.csol.sdk.core.CsolClient;
import io.csol.sdk.core.RequestOptions;
import io.csol.sdk.core.poll.Poller;
import io.csol.sdk.core.requests.RelatedRecord;
import io.csol.sdk.core.requests.RelatedRecordType;
import io.csol.sdk.core.requests.RequestCategory;
import io.csol.sdk.core.requests.RequestSummary;
import io.csol.sdk.invoices.Invoice;
import io.csol.sdk.invoices.InvoiceFields;
import io.csol.sdk.invoices.InvoiceStatus;
import io.csol.sdk.invoices.InvoicesClient;
import io.csol.sdk.requests.AttachmentUpload;
import io.csol.sdk.requests.CreateRequestRequest;
import io.csol.sdk.requests.MessageAuthor;
import io.csol.sdk.requests.Request;
import io.csol.sdk.requests.RequestMessage;
import io.csol.sdk.requests.RequestsClient;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * An ERP integrator asks support about an overdue invoice without disputing it: an invoice
 * inquiry (a request of category INVOICES related to the invoice) with a spreadsheet of the
 * prices the ERP expected attached, then waits for support's answer and prints it.
 *
 * <p>Support answers on its own time (about a business day). The program waits with the SDK's
 * {@link Poller}, which sleeps between polls with the {@link Poller.Sleeper} and measures its
 * deadline with the {@link Clock} it is given. Against a real server those are
 * {@code Thread::sleep} and the system clock. Against the embedded sandbox, support works on the
 * sandbox's own clock, so {@link #main} (which owns the embedded server) passes that clock and a
 * sleeper that advances it instead of sleeping: the night passes in an instant.
 * <pre>{@code
 * mvn -B -q -pl examples -am -DskipTests package exec:java \
 *     -Dexec.mainClass=io.csol.examples.erp.InvoiceInquiryExample
 * }</pre>
 */
public final class InvoiceInquiryExample {

  private InvoiceInquiryExample() {
  }

  /**
   * Starts the sandbox and runs the example as the demo user {@code dana}.
   *
   * @param args optional: the customer number (default 1000002)
   */
  public static void main(String[] args) {
    String customer = args.length > 0 ? args[0] : "1000002";
    try (SandboxServer sandbox = SandboxServer.start(SandboxOptions.builder().seed(42).build())) {
      // the sandbox's support answers on the sandbox clock: "sleeping" moves that clock on
      run(sandbox.baseUri(), "dana", "demo-password-1".toCharArray(), customer, sandbox.clock(),
          wait -> sandbox.clock().advance(wait), System.out);
    }
  }

  /**
   * The example itself, independent of where the API runs.
   *
   * @param baseUri the API
   * @param user the user to sign in as
   * @param password the user's password
   * @param customer the customer number whose overdue invoice is asked about
   * @param clock the clock support's answer time is measured on
   * @param sleeper how to wait between polls
   * @param out where the story is printed
   * @return the answered request, or null when the customer has no overdue invoice
   */
  static Request run(URI baseUri, String user, char[] password, String customer, Clock clock,
      Poller.Sleeper sleeper, PrintStream out) {
    try (CsolClient csol = CsolClient.builder()
        .baseUri(baseUri)
        .credentials(Credentials.password(user, password))
        .build()) {
      InvoicesClient invoices = InvoicesClient.of(csol);
      RequestsClient requests = RequestsClient.of(csol);

      Invoice invoice = invoices.listInvoices()
          .customerNumber(customer)
          .status(InvoiceStatus.OVERDUE)
          .sortBy(InvoiceFields.DUE_DATE.asc())
          .maxResults(1)
          .stream().findFirst().orElse(null);
      if (invoice == null) {
        out.printf("Customer %s has no overdue invoice to ask about.%n", customer);
        return null;
      }

      // 1. the inquiry with the ERP's figures attached: the SDK uploads the sheet first
      //    (streamed, SHA-256 checked by the server), then opens the request with its id; the
      //    business key covers both, so a re-run after a crash opens no second request
      Path sheet = writeSpreadsheet(invoice);
      RequestSummary opened;
      try {
        opened = requests.createRequest(CreateRequestRequest.builder()
            .category(RequestCategory.INVOICES)
            .subject("Prices on invoice " + invoice.number())
            .description("Invoice " + invoice.number() + " is overdue because its amount differs"
                + " from what our ERP expected; the attached sheet shows our figures. Which is"
                + " right?")
            .relatesTo(RelatedRecord.of(RelatedRecordType.INVOICE, invoice.number()))
            .attachments(AttachmentUpload.of(sheet))
            .build(), RequestOptions.builder().idempotencyKey("inquiry-" + invoice.number()).build());
      } finally {
        delete(sheet);
      }
      out.printf("Opened %s about invoice %s with %s attached; support answers by %s%n",
          opened.trackingNumber(), invoice.number(), sheet.getFileName(), opened.respondBy());

      // 2. wait for the answer: every poll is one GET; transient failures count as "not yet"
      Request answered = Poller.<Request>builder()
          .fetch(() -> requests.getRequest(opened.trackingNumber()))
          .until(Request::answered)
          .timeout(Duration.ofDays(4))
          .initialDelay(Duration.ofMinutes(15))
          .maxDelay(Duration.ofHours(2))
          .clock(clock)
          .sleeper(sleeper)
          .build()
          .await();

      // 3. the support message is the newest message written by SUPPORT
      RequestMessage answer = null;
      for (RequestMessage m : requests.listRequestMessages(opened.trackingNumber())) {
        if (m.author() == MessageAuthor.SUPPORT) {
          answer = m;
        }
      }
      out.printf("%s answered at %s%s:%n", answered.trackingNumber(), answered.answeredAt(),
          answered.overdue() ? " (late)" : "");
      out.printf("  %s: %s%n", answer == null ? "support" : answer.authorName(),
          answer == null ? "(no message)" : answer.body());
      return answered;
    }
  }

  /** A small CSV the ERP would export: what it expected on each line of the invoice. */
  private static Path writeSpreadsheet(Invoice invoice) {
    StringBuilder csv = new StringBuilder("invoice,line,expected net,currency\r\n");
    csv.append(invoice.number()).append(",total,").append(invoice.net().amount())
        .append(',').append(invoice.currency()).append("\r\n");
    try {
      Path dir = Files.createTempDirectory("csol-inquiry-");
      return Files.writeString(dir.resolve("expected-prices-" + invoice.number() + ".csv"), csv,
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the spreadsheet", e);
    }
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
      Files.deleteIfExists(file.getParent());
    } catch (IOException e) {
      // a temporary file left behind is not worth failing the example for
    }
  }
}
