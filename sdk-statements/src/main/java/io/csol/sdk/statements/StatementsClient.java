package io.csol.sdk.statements;

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
 * The Statements tool: account summaries, statement lines, their documents, credit notes,
 * payments, exports and the changes feed of lines. Every method is named after its operationId
 * in {@code api/openapi.yaml}.
 *
 * <p>A cheap view over a {@link CsolClient}; create one wherever needed. Thread-safe. Every
 * method checks its arguments before sending anything. Failures are unchecked
 * {@link io.csol.sdk.core.error.CsolException}s such as {@code NotFoundException} (404) and
 * {@code NotEntitledException} (403, names tool, customer number and country).
 * <pre>{@code
 * StatementsClient statements = StatementsClient.of(csol);
 * statements.listStatementSummaries().stream().forEach(s -> System.out.println(
 *     s.customerNumber() + " " + s.balance() + " overdue " + s.overdue()));
 * statements.listStatementLines()
 *     .customerNumber("1000001")
 *     .documentType(DocumentType.INVOICE)
 *     .status(LineStatus.OPEN, LineStatus.PARTIALLY_CLEARED)
 *     .sortBy(StatementLineFields.DUE_DATE.asc())
 *     .stream()
 *     .forEach(line -> System.out.println(line.documentNumber() + " " + line.openAmount()));
 * }</pre>
 */
public final class StatementsClient {
  private static final String PDF = "application/pdf";
  // Literal routes beside /v1/statements/lines/{id}; such an "id" would call another route.
  private static final Set<String> ROUTES = Set.of("changes", "export");

  private final ToolOperations ops;

  private StatementsClient(ToolOperations ops) {
    this.ops = ops;
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
    return new StatementsClient(ToolOperations.of(client, Tool.STATEMENTS, "/v1"));
  }

  /** Creates a view over any caller; used by tests with a recording caller. */
  static StatementsClient of(ApiCaller caller) {
    return new StatementsClient(ToolOperations.of(caller, Tool.STATEMENTS, "/v1"));
  }

  /**
   * Returns a new query of the statement summaries the user may see (one per customer number
   * and currency); nothing is sent until it is iterated.
   *
   * @return a new query (default order: customer number, then currency)
   */
  public StatementSummaryQuery listStatementSummaries() {
    return new StatementSummaryQuery(ops.operation("listStatementSummaries"));
  }

  /**
   * Returns a new query of statement lines; nothing is sent until it is iterated.
   *
   * @return a new query (default order: id ascending)
   */
  public StatementLineQuery listStatementLines() {
    return new StatementLineQuery(ops.operation("listStatementLines"));
  }

  /**
   * Reads one statement line.
   *
   * @param id the line id, e.g. {@code SL-000000001}, not blank
   * @return the line
   * @throws io.csol.sdk.core.error.NotFoundException if there is no such line
   */
  public StatementLine getStatementLine(String id) {
    return getStatementLine(id, RequestOptions.defaults());
  }

  /**
   * Reads one statement line, with per-call options.
   *
   * @param id the line id, not blank
   * @param options per-call options, not null
   * @return the line
   * @throws io.csol.sdk.core.error.NotFoundException if there is no such line
   */
  public StatementLine getStatementLine(String id, RequestOptions options) {
    Check.id("id", id, ROUTES);
    return ops.operation("getStatementLine")
        .get(StatementLine.class, options, "/statements/lines/{id}", id);
  }

  /**
   * Downloads the document of a line (invoice, credit note or payment advice, as PDF) into a
   * sink, with its SHA-256 digest verified.
   *
   * @param id the line id, not blank
   * @param sink a file (written atomically; no file is left on failure) or a stream, not null
   * @return content type, size and digest of what was written
   * @throws io.csol.sdk.core.error.NotFoundException if there is no such line
   * @throws io.csol.sdk.core.error.DocumentIntegrityException if the digest does not match
   */
  public DocumentInfo getStatementLineDocument(String id, DocumentSink sink) {
    return getStatementLineDocument(id, sink, RequestOptions.defaults());
  }

  /**
   * Downloads the document of a line into a sink, with per-call options.
   *
   * @param id the line id, not blank
   * @param sink a file (written atomically) or a stream, not null
   * @param options per-call options, not null
   * @return content type, size and digest of what was written
   * @throws io.csol.sdk.core.error.NotFoundException if there is no such line
   * @throws io.csol.sdk.core.error.DocumentIntegrityException if the digest does not match
   */
  public DocumentInfo getStatementLineDocument(String id, DocumentSink sink,
      RequestOptions options) {
    Check.id("id", id);
    return ops.operation("getStatementLineDocument")
        .download(sink, PDF, options, "/statements/lines/{id}/document", id);
  }

  /**
   * Exports the matching statement lines (CSV or XLSX) into a sink, with the export request's
   * options.
   *
   * @param request format, filter, sort and options, not null
   * @param sink a file (written atomically) or a stream, not null
   * @return content type, size and digest of what was written
   * @throws io.csol.sdk.core.error.InvalidRequestException if the server rejects the filter
   */
  public DocumentInfo exportStatementLines(ExportRequest<StatementLine> request,
      DocumentSink sink) {
    Objects.requireNonNull(request, "request must not be null");
    return exportStatementLines(request, sink, request.options());
  }

  /**
   * Exports the matching statement lines into a sink, with per-call options that replace the
   * export request's own.
   *
   * @param request format, filter and sort, not null
   * @param sink a file (written atomically) or a stream, not null
   * @param options per-call options, not null
   * @return content type, size and digest of what was written
   * @throws io.csol.sdk.core.error.InvalidRequestException if the server rejects the filter
   */
  public DocumentInfo exportStatementLines(ExportRequest<StatementLine> request,
      DocumentSink sink, RequestOptions options) {
    return ops.operation("exportStatementLines")
        .export(request, sink, options, "/statements/lines/export");
  }

  /**
   * Returns the changes feed of statement lines after {@code since}; see {@link ChangeFeed} for
   * the nightly-sync loop. Nothing is sent until the feed is used.
   *
   * @param since where the last run stopped, or {@code null} to start at the beginning (every
   *     existing line as an upsert)
   * @return a lazy feed
   */
  public ChangeFeed<StatementLine> listStatementLineChanges(SyncToken since) {
    return listStatementLineChanges(since, RequestOptions.defaults());
  }

  /**
   * Returns the changes feed of statement lines after {@code since}, with per-call options
   * applied to every request of the feed.
   *
   * @param since where the last run stopped, or {@code null} to start at the beginning
   * @param options per-call options, not null
   * @return a lazy feed
   */
  public ChangeFeed<StatementLine> listStatementLineChanges(SyncToken since,
      RequestOptions options) {
    return ops.operation("listStatementLineChanges")
        .changes(StatementLine.class, since, options, "/statements/lines/changes");
  }

  /**
   * Reads a credit note.
   *
   * @param number the credit note number, e.g. {@code CN-...}, not blank
   * @return the credit note
   * @throws io.csol.sdk.core.error.NotFoundException if there is no such credit note
   */
  public CreditNote getCreditNote(String number) {
    return getCreditNote(number, RequestOptions.defaults());
  }

  /**
   * Reads a credit note, with per-call options.
   *
   * @param number the credit note number, not blank
   * @param options per-call options, not null
   * @return the credit note
   * @throws io.csol.sdk.core.error.NotFoundException if there is no such credit note
   */
  public CreditNote getCreditNote(String number, RequestOptions options) {
    Check.id("number", number);
    return ops.operation("getCreditNote")
        .get(CreditNote.class, options, "/credit-notes/{number}", number);
  }

  /**
   * Reads a payment.
   *
   * @param number the payment number, e.g. {@code PAY-...}, not blank
   * @return the payment
   * @throws io.csol.sdk.core.error.NotFoundException if there is no such payment
   */
  public Payment getPayment(String number) {
    return getPayment(number, RequestOptions.defaults());
  }

  /**
   * Reads a payment, with per-call options.
   *
   * @param number the payment number, not blank
   * @param options per-call options, not null
   * @return the payment
   * @throws io.csol.sdk.core.error.NotFoundException if there is no such payment
   */
  public Payment getPayment(String number, RequestOptions options) {
    Check.id("number", number);
    return ops.operation("getPayment").get(Payment.class, options, "/payments/{number}", number);
  }
}
