/**
 * The Statements tool (methods named after the operationIds of the spec): accounts-receivable summaries with aging, statement lines with typed
 * filters, each line's document, credit notes, payments, CSV/XLSX exports and a changes feed.
 *
 * <pre>{@code
 * try (CsolClient csol = CsolClient.builder()
 *     .baseUri("https://api.csol.example")
 *     .credentials(Credentials.clientCredentials("recon-job", secret))
 *     .build()) {
 *   StatementsClient statements = StatementsClient.of(csol);
 *   for (StatementSummary s : statements.listStatementSummaries().list()) {
 *     System.out.println(s.customerNumber() + " " + s.balance() + " over 90: " + s.aging().over90());
 *   }
 *   statements.listStatementLines()
 *       .customerNumber("1000001")
 *       .documentType(DocumentType.PAYMENT)
 *       .appliesTo("9100000001")
 *       .stream()
 *       .forEach(line -> System.out.println(statements.getPayment(line.documentNumber())));
 *   statements.exportStatementLines(ExportRequest.of(
 *       statements.listStatementLines().customerNumber("1000001"), ExportFormat.XLSX),
 *       DocumentSink.toFile(Path.of("1000001-lines.xlsx")));
 *   SyncToken since = store.load();             // null on the first run
 *   for (ChangeBatch<StatementLine> batch : statements.listStatementLineChanges(since).batches()) {
 *     batch.changes().forEach(mirror::apply);
 *     store.save(batch.nextSince());
 *   }
 * }
 * }</pre>
 *
 * <p>The types shared with other tools live in sdk-core: {@link io.csol.sdk.core.ExportFormat},
 * {@link io.csol.sdk.core.DocumentSink},
 * {@link io.csol.sdk.core.query.ExportRequest}
 * and the changes feed ({@link io.csol.sdk.core.changes.ChangeFeed},
 * {@link io.csol.sdk.core.changes.ChangeBatch}, {@link io.csol.sdk.core.changes.Change},
 * {@link io.csol.sdk.core.changes.SyncToken}).
 *
 * <p>Every parameter and return value is non-null unless its Javadoc says otherwise. Models are
 * immutable records; request types are immutable and built with {@code builder()}; clients are
 * thread-safe.
 */
package io.csol.sdk.statements;
