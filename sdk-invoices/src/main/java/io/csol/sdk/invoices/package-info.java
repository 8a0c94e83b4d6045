/**
 * The Invoices tool: search invoices with typed filters, read one with its lines, download its
 * PDF image, forward it by e-mail, export CSV/XLSX, approve or dispute it, and follow changes.
 *
 * <pre>{@code
 * try (CsolClient csol = CsolClient.builder()
 *     .baseUri("https://api.csol.example")
 *     .credentials(Credentials.clientCredentials("recon-job", secret))
 *     .build()) {
 *   InvoicesClient invoices = InvoicesClient.of(csol);
 *   invoices.search()
 *       .status(InvoiceStatus.OPEN, InvoiceStatus.OVERDUE)
 *       .dueBefore(LocalDate.now())
 *       .sortBy(InvoiceFields.DUE_DATE.asc())
 *       .stream()
 *       .forEach(invoice -> System.out.println(invoice.number() + " " + invoice.openAmount()));
 *   invoices.downloadImage("9100000001", Path.of("9100000001.pdf"));
 *   DisputeResult dispute = invoices.dispute(DisputeRequest.builder()
 *           .invoiceNumber("9100000002").reason(DisputeReason.QUANTITY)
 *           .details("We received 2 units, not 3").build(),
 *       RequestOptions.builder().idempotencyKey("dispute-9100000002").build());
 *   invoices.export(ExportRequest.of(invoices.search().currency("EUR"), ExportFormat.CSV),
 *       Path.of("eur-invoices.csv"));
 *   SyncToken since = store.load();             // null on the first run
 *   for (ChangeBatch<Invoice> batch : invoices.changes(since).batches()) {
 *     batch.changes().forEach(mirror::apply);
 *     store.save(batch.nextSince());
 *   }
 * }
 * }</pre>
 *
 * <p>The types shared with other tools live in sdk-core: {@link io.csol.sdk.core.ExportFormat},
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
