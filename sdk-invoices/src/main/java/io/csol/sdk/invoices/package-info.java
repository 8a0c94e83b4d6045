/**
 * The Invoices tool (methods named after the operationIds of the spec): query invoices with typed filters, read one with its lines, download its
 * PDF image, forward it by e-mail, export CSV/XLSX, approve or dispute it, and follow changes.
 *
 * <pre>{@code
 * try (CsolClient csol = CsolClient.builder()
 *     .baseUri("https://api.csol.example")
 *     .credentials(Credentials.clientCredentials("recon-job", secret))
 *     .build()) {
 *   InvoicesClient invoices = InvoicesClient.of(csol);
 *   invoices.listInvoices()
 *       .status(InvoiceStatus.OPEN, InvoiceStatus.OVERDUE)
 *       .dueBefore(LocalDate.now())
 *       .sortBy(InvoiceFields.DUE_DATE.asc())
 *       .stream()
 *       .forEach(invoice -> System.out.println(invoice.number() + " " + invoice.openAmount()));
 *   invoices.getInvoiceImage("9100000001", DocumentSink.toFile(Path.of("9100000001.pdf")));
 *   DisputeResult dispute = invoices.disputeInvoice(DisputeInvoiceRequest.builder()
 *           .invoiceNumber("9100000002").reason(DisputeReason.QUANTITY)
 *           .details("We received 2 units, not 3").build(),
 *       RequestOptions.builder().idempotencyKey("dispute-9100000002").build());
 *   invoices.exportInvoices(ExportRequest.of(invoices.listInvoices().currency("EUR"), ExportFormat.CSV),
 *       DocumentSink.toFile(Path.of("eur-invoices.csv")));
 *   SyncToken since = store.load();             // null on the first run
 *   for (ChangeBatch<Invoice> batch : invoices.listInvoiceChanges(since).batches()) {
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
package io.csol.sdk.invoices;
