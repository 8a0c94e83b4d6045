package io.csol.sdk.invoices;

import io.csol.sdk.core.CsolClient;
import io.csol.sdk.core.RequestOptions;
import io.csol.sdk.core.Tool;
import io.csol.sdk.core.changes.ChangeFeed;
import io.csol.sdk.core.changes.Changes;
import io.csol.sdk.core.changes.SyncToken;
import io.csol.sdk.core.query.ExportRequest;
import io.csol.sdk.core.spi.ApiCaller;
import io.csol.sdk.core.spi.ApiRequest;
import io.csol.sdk.core.spi.Check;
import io.csol.sdk.core.spi.DocumentInfo;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The Invoices tool: search, read, download, forward, export, approve and dispute invoices, and
 * follow their changes.
 *
 * <p>A cheap view over a {@link CsolClient}; create one wherever needed. Thread-safe. Every
 * method checks its arguments before sending anything. Failures are unchecked
 * {@link io.csol.sdk.core.error.CsolException}s: {@code NotFoundException} (404),
 * {@code NotEntitledException} (403, names tool, customer number and country),
 * {@code ConflictException} (409), {@code TransportException} (no response) and so on.
 * <pre>{@code
 * InvoicesClient invoices = InvoicesClient.of(csol);
 * invoices.search()
 *     .status(InvoiceStatus.OPEN, InvoiceStatus.OVERDUE)
 *     .dueBefore(LocalDate.of(2026, 12, 1))
 *     .currency("EUR")
 *     .sortBy(InvoiceFields.DUE_DATE.desc())
 *     .stream()
 *     .forEach(invoice -> System.out.println(invoice.number() + " " + invoice.openAmount()));
 * }</pre>
 */
public final class InvoicesClient {
  static final String BASE = "/v1/invoices";
  private static final String PDF = "application/pdf";
  // Literal routes beside /v1/invoices/{number}; such a "number" would call another route.
  private static final Set<String> ROUTES = Set.of("changes", "export");

  private final ApiCaller caller;

  private InvoicesClient(ApiCaller caller) {
    this.caller = caller;
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
    return new InvoicesClient(ApiCaller.of(client));
  }

  /** Creates a view over any caller; used by tests with a recording caller. */
  static InvoicesClient of(ApiCaller caller) {
    return new InvoicesClient(Objects.requireNonNull(caller, "caller must not be null"));
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
  public Invoice get(String number) {
    return get(number, RequestOptions.defaults());
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
  public Invoice get(String number, RequestOptions options) {
    Check.id("number", number, ROUTES);
    Objects.requireNonNull(options, "options must not be null");
    return caller.call(request(ApiRequest.get(BASE + "/{number}", number), options), Invoice.class);
  }

  /**
   * Downloads the invoice image (PDF) to a file, atomically, with its SHA-256 digest verified.
   *
   * @param number the invoice number, not blank
   * @param target the file to create or replace, not null; no file is left on failure
   * @return content type, size and digest of what was written
   * @throws io.csol.sdk.core.error.NotFoundException if there is no such invoice
   * @throws io.csol.sdk.core.error.DocumentIntegrityException if the digest does not match
   */
  public DocumentInfo downloadImage(String number, Path target) {
    Check.id("number", number);
    Objects.requireNonNull(target, "target must not be null");
    return caller.download(imageRequest(number), target);
  }

  /**
   * Streams the invoice image (PDF) into {@code out}, verifying its SHA-256 digest; {@code out}
   * is not closed.
   *
   * @param number the invoice number, not blank
   * @param out where the bytes go, not null
   * @return content type, size and digest of what was written
   * @throws io.csol.sdk.core.error.NotFoundException if there is no such invoice
   * @throws io.csol.sdk.core.error.DocumentIntegrityException if the digest does not match
   */
  public DocumentInfo downloadImage(String number, OutputStream out) {
    Check.id("number", number);
    Objects.requireNonNull(out, "out must not be null");
    return caller.download(imageRequest(number), out);
  }

  /**
   * E-mails a copy of an invoice to 1..20 recipients.
   *
   * @param request what to forward to whom, not null
   * @return what the server sent
   * @throws io.csol.sdk.core.error.NotFoundException if there is no such invoice
   */
  public ForwardResult forward(ForwardRequest request) {
    return forward(request, RequestOptions.defaults());
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
  public ForwardResult forward(ForwardRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request must not be null");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("recipients", request.recipients());
    request.message().ifPresent(m -> body.put("message", m));
    ApiRequest.Builder post = ApiRequest.post(BASE + "/{number}/forward", request.invoiceNumber());
    return caller.call(request(post.body(body), options), ForwardResult.class);
  }

  /**
   * Returns a new search over the invoices the user may see; nothing is sent until it is
   * iterated.
   *
   * @return a new search (default order: number ascending)
   */
  public InvoiceSearch search() {
    return new InvoiceSearch(caller);
  }

  /**
   * Exports the matching invoices to a file, atomically (a temporary file is moved into place
   * once complete and verified).
   *
   * @param request format, filter, sort and options, not null
   * @param target the file to create or replace, not null
   * @return content type, size and digest of what was written
   * @throws io.csol.sdk.core.error.InvalidRequestException if the server rejects the filter
   */
  public DocumentInfo export(ExportRequest<Invoice> request, Path target) {
    Objects.requireNonNull(request, "request must not be null");
    Objects.requireNonNull(target, "target must not be null");
    return caller.download(request.toRequest(BASE + "/export").tool(Tool.INVOICES).build(), target);
  }

  /**
   * Streams the export of the matching invoices into {@code out}; {@code out} is not closed.
   *
   * @param request format, filter, sort and options, not null
   * @param out where the bytes go, not null
   * @return content type, size and digest of what was written
   * @throws io.csol.sdk.core.error.InvalidRequestException if the server rejects the filter
   */
  public DocumentInfo export(ExportRequest<Invoice> request, OutputStream out) {
    Objects.requireNonNull(request, "request must not be null");
    Objects.requireNonNull(out, "out must not be null");
    return caller.download(request.toRequest(BASE + "/export").tool(Tool.INVOICES).build(), out);
  }

  /**
   * Approves an invoice for payment.
   *
   * @param request which invoice, with an optional comment, not null
   * @return the invoice after approval (approval status {@code APPROVED})
   * @throws io.csol.sdk.core.error.ConflictException if the invoice is disputed or cancelled
   * @see #approve(ApproveRequest, RequestOptions)
   */
  public Invoice approve(ApproveRequest request) {
    return approve(request, RequestOptions.defaults());
  }

  /**
   * Approves an invoice for payment, with per-call options.
   *
   * <p>Pass a business idempotency key so that a job that is re-run (or retried after a lost
   * response) approves once and gets the first answer back:
   * <pre>{@code
   * Invoice approved = invoices.approve(ApproveRequest.of("9100000001"),
   *     RequestOptions.builder().idempotencyKey("approve-9100000001-run-2026-11-23").build());
   * }</pre>
   *
   * @param request which invoice, with an optional comment, not null
   * @param options per-call options, not null; {@code idempotencyKey} is kept for every attempt
   * @return the invoice after approval (approval status {@code APPROVED})
   * @throws io.csol.sdk.core.error.ConflictException if the invoice is disputed or cancelled
   */
  public Invoice approve(ApproveRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request must not be null");
    Map<String, Object> body = new LinkedHashMap<>();
    request.comment().ifPresent(c -> body.put("comment", c));
    ApiRequest.Builder post = ApiRequest.post(BASE + "/{number}/approve", request.invoiceNumber());
    return caller.call(request(post.body(body), options), Invoice.class);
  }

  /**
   * Disputes an invoice; the server opens an inquiry request and returns its tracking number.
   *
   * @param request which invoice, why, and the details, not null
   * @return the invoice number and the request opened
   * @throws io.csol.sdk.core.error.ConflictException if the invoice is already disputed, paid
   *     or cancelled
   * @see #dispute(DisputeRequest, RequestOptions)
   */
  public DisputeResult dispute(DisputeRequest request) {
    return dispute(request, RequestOptions.defaults());
  }

  /**
   * Disputes an invoice, with per-call options.
   *
   * <p>Pass a business idempotency key so a retried or re-run dispute opens exactly one request
   * and returns the first answer:
   * <pre>{@code
   * DisputeResult result = invoices.dispute(
   *     DisputeRequest.builder().invoiceNumber("9100000001").reason(DisputeReason.PRICE)
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
  public DisputeResult dispute(DisputeRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request must not be null");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("reason", request.reason().name());
    body.put("details", request.details());
    ApiRequest.Builder post = ApiRequest.post(BASE + "/{number}/dispute", request.invoiceNumber());
    return caller.call(request(post.body(body), options), DisputeResult.class);
  }

  /**
   * Returns the changes feed of invoices after {@code since}; see {@link ChangeFeed} for the
   * nightly-sync loop. Nothing is sent until the feed is used.
   *
   * @param since where the last run stopped, or {@code null} to start at the beginning (every
   *     existing invoice as an upsert)
   * @return a lazy feed
   */
  public ChangeFeed<Invoice> changes(SyncToken since) {
    return changes(since, RequestOptions.defaults());
  }

  /**
   * Returns the changes feed of invoices after {@code since}, with per-call options applied to
   * every request of the feed.
   *
   * @param since where the last run stopped, or {@code null} to start at the beginning
   * @param options per-call options, not null
   * @return a lazy feed
   */
  public ChangeFeed<Invoice> changes(SyncToken since, RequestOptions options) {
    return ChangeFeed.create(
        Changes.fetcher(caller, Tool.INVOICES, BASE + "/changes", Invoice.class, options), since);
  }

  private ApiRequest imageRequest(String number) {
    return request(ApiRequest.get(BASE + "/{number}/image", number).accept(PDF),
        RequestOptions.defaults());
  }

  private static ApiRequest request(ApiRequest.Builder builder, RequestOptions options) {
    Objects.requireNonNull(options, "options must not be null");
    return builder.tool(Tool.INVOICES).options(options).build();
  }
}
