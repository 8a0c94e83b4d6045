package io.csol.sdk.statements;

import io.csol.sdk.core.CsolClient;
import io.csol.sdk.core.RequestOptions;
import io.csol.sdk.core.Tool;
import io.csol.sdk.core.changes.ChangeFeed;
import io.csol.sdk.core.changes.Changes;
import io.csol.sdk.core.changes.SyncToken;
import io.csol.sdk.core.paging.PagedIterable;
import io.csol.sdk.core.query.ExportRequest;
import io.csol.sdk.core.spi.ApiCaller;
import io.csol.sdk.core.spi.ApiRequest;
import io.csol.sdk.core.spi.Check;
import io.csol.sdk.core.spi.DocumentInfo;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;

/**
 * The Statements tool: account summaries, statement lines, their documents, credit notes,
 * payments, exports and the changes feed of lines.
 *
 * <p>A cheap view over a {@link CsolClient}; create one wherever needed. Thread-safe. Every
 * method checks its arguments before sending anything. Failures are unchecked
 * {@link io.csol.sdk.core.error.CsolException}s such as {@code NotFoundException} (404) and
 * {@code NotEntitledException} (403, names tool, customer number and country).
 * <pre>{@code
 * StatementsClient statements = StatementsClient.of(csol);
 * statements.summaries().forEach(s -> System.out.println(
 *     s.customerNumber() + " " + s.balance() + " overdue " + s.overdue()));
 * statements.lines()
 *     .customerNumber("1000001")
 *     .documentType(DocumentType.INVOICE)
 *     .status(LineStatus.OPEN, LineStatus.PARTIALLY_CLEARED)
 *     .sortBy(StatementLineFields.DUE_DATE.asc())
 *     .stream()
 *     .forEach(line -> System.out.println(line.documentNumber() + " " + line.openAmount()));
 * }</pre>
 */
public final class StatementsClient {
  static final String SUMMARIES = "/v1/statements/summaries";
  static final String LINES = "/v1/statements/lines";
  private static final String PDF = "application/pdf";
  // Literal routes beside /v1/statements/lines/{id}; such an "id" would call another route.
  private static final Set<String> ROUTES = Set.of("changes", "export");

  private final ApiCaller caller;

  private StatementsClient(ApiCaller caller) {
    this.caller = caller;
  }

  /**
   * Returns the Statements view of a client.
   *
   * @param client the shared client, not null
   * @return a thread-safe view
   * @throws NullPointerException if {@code client} is null
   */
  public static StatementsClient of(CsolClient client) {
    Objects.requireNonNull(client, "client must not be null");
    return new StatementsClient(ApiCaller.of(client));
  }

  /** Creates a view over any caller; used by tests with a recording caller. */
  static StatementsClient of(ApiCaller caller) {
    return new StatementsClient(Objects.requireNonNull(caller, "caller must not be null"));
  }

  /**
   * Returns every statement summary the user may see (one per customer number and currency);
   * nothing is sent until it is iterated.
   *
   * @return the summaries, lazily paged
   */
  public PagedIterable<StatementSummary> summaries() {
    return searchSummaries().list();
  }

  /**
   * Returns a new search over statement summaries, narrowed by customer number or currency.
   *
   * @return a new search
   */
  public SummarySearch searchSummaries() {
    return new SummarySearch(caller);
  }

  /**
   * Returns a new search over statement lines; nothing is sent until it is iterated.
   *
   * @return a new search (default order: id ascending)
   */
  public StatementLineSearch lines() {
    return new StatementLineSearch(caller);
  }

  /**
   * Reads one statement line.
   *
   * @param id the line id, e.g. {@code SL-000000001}, not blank
   * @return the line
   * @throws io.csol.sdk.core.error.NotFoundException if there is no such line
   */
  public StatementLine line(String id) {
    return line(id, RequestOptions.defaults());
  }

  /**
   * Reads one statement line, with per-call options.
   *
   * @param id the line id, not blank
   * @param options per-call options, not null
   * @return the line
   * @throws io.csol.sdk.core.error.NotFoundException if there is no such line
   */
  public StatementLine line(String id, RequestOptions options) {
    Check.id("id", id, ROUTES);
    return caller.call(request(ApiRequest.get(LINES + "/{id}", id), options), StatementLine.class);
  }

  /**
   * Downloads the document of a line (invoice, credit note or payment advice, as PDF) to a file,
   * atomically, with its SHA-256 digest verified.
   *
   * @param lineId the line id, not blank
   * @param target the file to create or replace, not null; no file is left on failure
   * @return content type, size and digest of what was written
   * @throws io.csol.sdk.core.error.NotFoundException if there is no such line
   * @throws io.csol.sdk.core.error.DocumentIntegrityException if the digest does not match
   */
  public DocumentInfo downloadDocument(String lineId, Path target) {
    Check.id("lineId", lineId);
    Objects.requireNonNull(target, "target must not be null");
    return caller.download(documentRequest(lineId), target);
  }

  /**
   * Streams the document of a line (PDF) into {@code out}, verifying its SHA-256 digest;
   * {@code out} is not closed.
   *
   * @param lineId the line id, not blank
   * @param out where the bytes go, not null
   * @return content type, size and digest of what was written
   * @throws io.csol.sdk.core.error.NotFoundException if there is no such line
   * @throws io.csol.sdk.core.error.DocumentIntegrityException if the digest does not match
   */
  public DocumentInfo downloadDocument(String lineId, OutputStream out) {
    Check.id("lineId", lineId);
    Objects.requireNonNull(out, "out must not be null");
    return caller.download(documentRequest(lineId), out);
  }

  /**
   * Reads a credit note.
   *
   * @param number the credit note number, e.g. {@code CN-...}, not blank
   * @return the credit note
   * @throws io.csol.sdk.core.error.NotFoundException if there is no such credit note
   */
  public CreditNote creditNote(String number) {
    return creditNote(number, RequestOptions.defaults());
  }

  /**
   * Reads a credit note, with per-call options.
   *
   * @param number the credit note number, not blank
   * @param options per-call options, not null
   * @return the credit note
   * @throws io.csol.sdk.core.error.NotFoundException if there is no such credit note
   */
  public CreditNote creditNote(String number, RequestOptions options) {
    Check.id("number", number);
    return caller.call(request(ApiRequest.get("/v1/credit-notes/{number}", number), options),
        CreditNote.class);
  }

  /**
   * Reads a payment.
   *
   * @param number the payment number, e.g. {@code PAY-...}, not blank
   * @return the payment
   * @throws io.csol.sdk.core.error.NotFoundException if there is no such payment
   */
  public Payment payment(String number) {
    return payment(number, RequestOptions.defaults());
  }

  /**
   * Reads a payment, with per-call options.
   *
   * @param number the payment number, not blank
   * @param options per-call options, not null
   * @return the payment
   * @throws io.csol.sdk.core.error.NotFoundException if there is no such payment
   */
  public Payment payment(String number, RequestOptions options) {
    Check.id("number", number);
    return caller.call(request(ApiRequest.get("/v1/payments/{number}", number), options),
        Payment.class);
  }

  /**
   * Exports the matching statement lines to a file, atomically (a temporary file is moved into
   * place once complete and verified).
   *
   * @param request format, filter, sort and options, not null
   * @param target the file to create or replace, not null
   * @return content type, size and digest of what was written
   * @throws io.csol.sdk.core.error.InvalidRequestException if the server rejects the filter
   */
  public DocumentInfo export(ExportRequest<StatementLine> request, Path target) {
    Objects.requireNonNull(request, "request must not be null");
    Objects.requireNonNull(target, "target must not be null");
    return caller.download(request.toRequest(LINES + "/export").tool(Tool.STATEMENTS).build(),
        target);
  }

  /**
   * Streams the export of the matching statement lines into {@code out}; {@code out} is not
   * closed.
   *
   * @param request format, filter, sort and options, not null
   * @param out where the bytes go, not null
   * @return content type, size and digest of what was written
   * @throws io.csol.sdk.core.error.InvalidRequestException if the server rejects the filter
   */
  public DocumentInfo export(ExportRequest<StatementLine> request, OutputStream out) {
    Objects.requireNonNull(request, "request must not be null");
    Objects.requireNonNull(out, "out must not be null");
    return caller.download(request.toRequest(LINES + "/export").tool(Tool.STATEMENTS).build(),
        out);
  }

  /**
   * Returns the changes feed of statement lines after {@code since}; see {@link ChangeFeed} for
   * the nightly-sync loop. Nothing is sent until the feed is used.
   *
   * @param since where the last run stopped, or {@code null} to start at the beginning (every
   *     existing line as an upsert)
   * @return a lazy feed
   */
  public ChangeFeed<StatementLine> changes(SyncToken since) {
    return changes(since, RequestOptions.defaults());
  }

  /**
   * Returns the changes feed of statement lines after {@code since}, with per-call options
   * applied to every request of the feed.
   *
   * @param since where the last run stopped, or {@code null} to start at the beginning
   * @param options per-call options, not null
   * @return a lazy feed
   */
  public ChangeFeed<StatementLine> changes(SyncToken since, RequestOptions options) {
    return ChangeFeed.create(Changes.fetcher(
        caller, Tool.STATEMENTS, LINES + "/changes", StatementLine.class, options), since);
  }

  private ApiRequest documentRequest(String lineId) {
    return request(ApiRequest.get(LINES + "/{id}/document", lineId).accept(PDF),
        RequestOptions.defaults());
  }

  private static ApiRequest request(ApiRequest.Builder builder, RequestOptions options) {
    Objects.requireNonNull(options, "options must not be null");
    return builder.tool(Tool.STATEMENTS).options(options).build();
  }
}
