/**
 * The Statements tool: accounts-receivable summaries with aging, statement lines with typed
 * filters, each line's document, credit notes, payments, CSV/XLSX exports and a changes feed.
 *
 * <pre>{@code
 * try (CsolClient csol = CsolClient.builder()
 *     .baseUri("https://api.csol.example")
 *     .credentials(Credentials.clientCredentials("recon-job", secret))
 *     .build()) {
 *   StatementsClient statements = StatementsClient.of(csol);
 *   for (StatementSummary s : statements.summaries()) {
 *     System.out.println(s.customerNumber() + " " + s.balance() + " over 90: " + s.aging().over90());
 *   }
 *   statements.lines()
 *       .customerNumber("1000001")
 *       .documentType(DocumentType.PAYMENT)
 *       .appliesTo("9100000001")
 *       .stream()
 *       .forEach(line -> System.out.println(statements.payment(line.documentNumber())));
 * }
 * }</pre>
 *
 * <p>Every parameter and return value is non-null unless its Javadoc says otherwise. Models are
 * immutable records; request types are immutable and built with {@code builder()}; clients are
 * thread-safe.
 */
package io.csol.sdk.statements;
