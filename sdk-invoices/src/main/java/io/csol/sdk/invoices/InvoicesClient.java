package io.csol.sdk.invoices;

import io.csol.sdk.core.CsolClient;
import io.csol.sdk.core.DocumentInfo;
import io.csol.sdk.core.DocumentSink;
import io.csol.sdk.core.RequestOptions;
import io.csol.sdk.core.Tool;
import io.csol.sdk.core.changes.ChangeFeed;
import io.csol.sdk.core.changes.SyncToken;
import io.csol.sdk.core.query.ExportRequest;
import io.csol.sdk.core.spi.ApiCaller;
import io.csol.sdk.core.spi.Check;
import io.csol.sdk.core.spi.tool.ToolOperations;
import java.util.Objects;
import java.util.Set;

/**
 * The Invoices tool: query, read, download, forward, export, approve and dispute invoices, and
 * follow their changes. Every method is named after its operationId in {@code api/openapi.yaml}.
 *
 * <p>A cheap view over a {@link CsolClient}; create one wherever needed. Thread-safe. Every
 * method checks its arguments before sending anything. Failures are unchecked
 * {@link io.csol.sdk.core.error.CsolException}s: {@code NotFoundException} (404),
 * {@code NotEntitledException} (403, names tool, customer number and country),
 * {@code ConflictException} (409), {@code TransportException} (no response) and so on.
 * <pre>{@code
 * InvoicesClient invoices = InvoicesClient.of(csol);
 * invoices.listInvoices()
 *     .status(InvoiceStatus.OPEN, InvoiceStatus.OVERDUE)
 *     .dueBefore(LocalDate.of(2026, 12, 1))
 *     .currency("EUR")
 *     .sortBy(InvoiceFields.DUE_DATE.desc())
 *     .stream()
 *     .forEach(invoice -> System.out.println(invoice.number() + " " + invoice.openAmount()));
 * }</pre>
 */
public final class InvoicesClient {
  private static final String PDF = "application/pdf";
  // Literal routes beside /v1/invoices/{number}; such a "number" would call another route.
  private static final Set<String> ROUTES = Set.of("changes", "export");

  private final ToolOperations ops;

  private InvoicesClient(ToolOperations ops) {
    this.ops = ops;
  }

  /**
   * Returns the Invoices view of a client.
   *
   * @param client the shared client, not null
   * @return a thread-safe view
   * @throws NullPointerException if {@code client} is null
   */
  public static InvoicesClient of(CsolClient client) {
    Objects.requireNonNull(client, "client must not be null");
    return new InvoicesClient(ToolOperations.of(client, Tool.INVOICES, "/v1/invoices"));
  }

  /** Creates a view over any caller; used by tests with a recording caller. */
  static InvoicesClient of(ApiCaller caller) {
    return new InvoicesClient(ToolOperations.of(caller, Tool.INVOICES, "/v1/invoices"));
  }

  /**
   * Reads one invoice with its lines.
   *
   * @param number the invoice number, not blank
   * @return the invoice
   * @throws io.csol.sdk.core.error.NotFoundException if there is no such invoice
   * @throws io.csol.sdk.core.error.NotEntitledException if the user lacks INVOICES for its
   *     customer number
   */
  public Invoice getInvoice(String number) {
    return getInvoice(number, RequestOptions.defaults());
  }

  /**
   * Reads one invoice with its lines, with per-call options.
   *
   * @param number the invoice number, not blank
   * @param options per-call options, not null
   * @return the invoice
   * @throws io.csol.sdk.core.error.NotFoundException if there is no such invoice
   * @throws io.csol.sdk.core.error.NotEntitledException if the user lacks INVOICES for its
   *     customer number
   */
  public Invoice getInvoice(String number, RequestOptions options) {
    Check.id("number", number, ROUTES);
    return ops.operation("getInvoice").get(Invoice.class, options, "/{number}", number);
  }

  /**
   * Returns a new query of the invoices the user may see; nothing is sent until it is iterated.
   *
   * @return a new query (default order: number ascending)
   */
  public InvoiceQuery listInvoices() {
    return new InvoiceQuery(ops.operation("listInvoices"));
  }

  /**
   * Downloads the invoice image (PDF) into a sink, with its SHA-256 digest verified.
   *
   * @param number the invoice number, not blank
   * @param sink a file (written atomically; no file is left on failure) or a stream, not null
   * @return content type, size and digest of what was written
   * @throws io.csol.sdk.core.error.NotFoundException if there is no such invoice
   * @throws io.csol.sdk.core.error.DocumentIntegrityException if the digest does not match
   */
  public DocumentInfo getInvoiceImage(String number, DocumentSink sink) {
    return getInvoiceImage(number, sink, RequestOptions.defaults());
  }

  /**
   * Downloads the invoice image (PDF) into a sink, with per-call options (e.g. a longer timeout).
   *
   * @param number the invoice number, not blank
   * @param sink a file (written atomically) or a stream, not null
   * @param options per-call options, not null
   * @return content type, size and digest of what was written
   * @throws io.csol.sdk.core.error.NotFoundException if there is no such invoice
   * @throws io.csol.sdk.core.error.DocumentIntegrityException if the digest does not match
   */
  public DocumentInfo getInvoiceImage(String number, DocumentSink sink, RequestOptions options) {
    Check.id("number", number);
    return ops.operation("getInvoiceImage").download(sink, PDF, options, "/{number}/image", number);
  }

  /**
   * Exports the matching invoices (CSV or XLSX) into a sink, with the export request's options.
   *
   * @param request format, filter, sort and options, not null
   * @param sink a file (written atomically) or a stream, not null
   * @return content type, size and digest of what was written
   * @throws io.csol.sdk.core.error.InvalidRequestException if the server rejects the filter
   */
  public DocumentInfo exportInvoices(ExportRequest<Invoice> request, DocumentSink sink) {
    Objects.requireNonNull(request, "request must not be null");
    return exportInvoices(request, sink, request.options());
  }

  /**
   * Exports the matching invoices into a sink, with per-call options that replace the export
   * request's own.
   *
   * @param request format, filter and sort, not null
   * @param sink a file (written atomically) or a stream, not null
   * @param options per-call options, not null
   * @return content type, size and digest of what was written
   * @throws io.csol.sdk.core.error.InvalidRequestException if the server rejects the filter
   */
  public DocumentInfo exportInvoices(ExportRequest<Invoice> request, DocumentSink sink,
      RequestOptions options) {
    return ops.operation("exportInvoices").export(request, sink, options, "/export");
  }

  /**
   * E-mails a copy of an invoice to 1..20 recipients.
   *
   * @param request what to forward to whom, not null
   * @return what the server sent
   * @throws io.csol.sdk.core.error.NotFoundException if there is no such invoice
   */
  public ForwardResult forwardInvoice(ForwardInvoiceRequest request) {
    return forwardInvoice(request, RequestOptions.defaults());
  }

  /**
   * E-mails a copy of an invoice to 1..20 recipients, with per-call options (e.g. an
   * idempotency key so a re-run does not send the e-mail twice).
   *
   * @param request what to forward to whom, not null
   * @param options per-call options, not null
   * @return what the server sent
   * @throws io.csol.sdk.core.error.NotFoundException if there is no such invoice
   */
  public ForwardResult forwardInvoice(ForwardInvoiceRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request must not be null");
    return ops.operation("forwardInvoice")
        .post(request.toBody(), ForwardResult.class, options, "/{number}/forward",
        request.invoiceNumber());
  }

  /**
   * Approves an invoice for payment.
   *
   * @param request which invoice, with an optional comment, not null
   * @return the invoice after approval (approval status {@code APPROVED})
   * @throws io.csol.sdk.core.error.ConflictException if the invoice is disputed or cancelled
   * @see #approveInvoice(ApproveInvoiceRequest, RequestOptions)
   */
  public Invoice approveInvoice(ApproveInvoiceRequest request) {
    return approveInvoice(request, RequestOptions.defaults());
  }

  /**
   * Approves an invoice for payment, with per-call options.
   *
   * <p>Pass a business idempotency key so that a job that is re-run (or retried after a lost
   * response) approves once and gets the first answer back:
   * <pre>{@code
   * Invoice approved = invoices.approveInvoice(ApproveInvoiceRequest.of("9100000001"),
   *     RequestOptions.builder().idempotencyKey("approve-9100000001-run-2026-11-23").build());
   * }</pre>
   *
   * @param request which invoice, with an optional comment, not null
   * @param options per-call options, not null; {@code idempotencyKey} is kept for every attempt
   * @return the invoice after approval (approval status {@code APPROVED})
   * @throws io.csol.sdk.core.error.ConflictException if the invoice is disputed or cancelled
   */
  public Invoice approveInvoice(ApproveInvoiceRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request must not be null");
    return ops.operation("approveInvoice")
        .post(request.toBody(), Invoice.class, options, "/{number}/approve",
        request.invoiceNumber());
  }

  /**
   * Disputes an invoice; the server opens an inquiry request and returns its tracking number.
   *
   * @param request which invoice, why, and the details, not null
   * @return the invoice number and the request opened
   * @throws io.csol.sdk.core.error.ConflictException if the invoice is already disputed, paid
   *     or cancelled
   * @see #disputeInvoice(DisputeInvoiceRequest, RequestOptions)
   */
  public DisputeResult disputeInvoice(DisputeInvoiceRequest request) {
    return disputeInvoice(request, RequestOptions.defaults());
  }

  /**
   * Disputes an invoice, with per-call options.
   *
   * <p>Pass a business idempotency key so a retried or re-run dispute opens exactly one request
   * and returns the first answer:
   * <pre>{@code
   * DisputeResult result = invoices.disputeInvoice(
   *     DisputeInvoiceRequest.builder().invoiceNumber("9100000001").reason(DisputeReason.PRICE)
   *         .details("Unit price differs from contract CTR-1").build(),
   *     RequestOptions.builder().idempotencyKey("dispute-9100000001").build());
   * String tracking = result.request().trackingNumber();
   * }</pre>
   *
   * @param request which invoice, why, and the details, not null
   * @param options per-call options, not null; {@code idempotencyKey} is kept for every attempt
   * @return the invoice number and the request opened
   * @throws io.csol.sdk.core.error.ConflictException if the invoice is already disputed, paid
   *     or cancelled
   */
  public DisputeResult disputeInvoice(DisputeInvoiceRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request must not be null");
    return ops.operation("disputeInvoice")
        .post(request.toBody(), DisputeResult.class, options, "/{number}/dispute",
        request.invoiceNumber());
  }

  /**
   * Returns the changes feed of invoices after {@code since}; see {@link ChangeFeed} for the
   * nightly-sync loop. Nothing is sent until the feed is used.
   *
   * @param since where the last run stopped, or {@code null} to start at the beginning (every
   *     existing invoice as an upsert)
   * @return a lazy feed
   */
  public ChangeFeed<Invoice> listInvoiceChanges(SyncToken since) {
    return listInvoiceChanges(since, RequestOptions.defaults());
  }

  /**
   * Returns the changes feed of invoices after {@code since}, with per-call options applied to
   * every request of the feed.
   *
   * @param since where the last run stopped, or {@code null} to start at the beginning
   * @param options per-call options, not null
   * @return a lazy feed
   */
  public ChangeFeed<Invoice> listInvoiceChanges(SyncToken since, RequestOptions options) {
    return ops.operation("listInvoiceChanges").changes(Invoice.class, since, options, "/changes");
  }
}
