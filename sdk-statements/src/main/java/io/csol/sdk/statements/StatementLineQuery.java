package io.csol.sdk.statements;

import static io.csol.sdk.statements.StatementLineFields.APPLIES_TO;
import static io.csol.sdk.statements.StatementLineFields.CURRENCY;
import static io.csol.sdk.statements.StatementLineFields.CUSTOMER_NUMBER;
import static io.csol.sdk.statements.StatementLineFields.DOCUMENT_TYPE;
import static io.csol.sdk.statements.StatementLineFields.STATUS;

import io.csol.sdk.core.query.SearchRequest;
import io.csol.sdk.core.spi.Check;
import io.csol.sdk.core.spi.tool.ToolOperations;
import java.util.Objects;

/**
 * A query (operation {@code listStatementLines}) of statement lines: typed shortcuts for the common conditions, {@link #where} for
 * any other filter built from {@link StatementLineFields}; every condition is AND-ed.
 *
 * <pre>{@code
 * statements.listStatementLines()
 *     .customerNumber("1000001")                          // customerNumber eq '1000001'
 *     .documentType(DocumentType.CREDIT_NOTE, DocumentType.PAYMENT)
 *     .appliesTo("9100000001")                            // and appliesTo eq '9100000001'
 *     .sortBy(StatementLineFields.DOCUMENT_DATE.asc())
 *     .stream();
 * }</pre>
 *
 * <p>Values are always written as escaped literals. A builder is not thread-safe;
 * {@link #list()} takes a snapshot.
 */
public final class StatementLineQuery extends SearchRequest<StatementLine, StatementLineQuery> {

  StatementLineQuery(ToolOperations ops) {
    super(ops.caller(), ops.tool(), ops.path("/statements/lines"), ops.operationId(),
        StatementLine.class);
  }

  /**
   * Keeps lines of these document types.
   *
   * @param types one or more types, not {@code UNKNOWN}
   * @return this query
   * @throws NullPointerException if {@code types} is or contains null
   * @throws IllegalArgumentException if none is given or one is {@code UNKNOWN}
   */
  public StatementLineQuery documentType(DocumentType... types) {
    Objects.requireNonNull(types, "types must not be null");
    return where(types.length == 1 ? DOCUMENT_TYPE.eq(types[0]) : DOCUMENT_TYPE.in(types));
  }

  /**
   * Keeps lines with one of these clearing statuses.
   *
   * @param statuses one or more statuses, not {@code UNKNOWN}
   * @return this query
   * @throws NullPointerException if {@code statuses} is or contains null
   * @throws IllegalArgumentException if none is given or one is {@code UNKNOWN}
   */
  public StatementLineQuery status(LineStatus... statuses) {
    Objects.requireNonNull(statuses, "statuses must not be null");
    return where(statuses.length == 1 ? STATUS.eq(statuses[0]) : STATUS.in(statuses));
  }

  /**
   * Keeps lines of these customer numbers.
   *
   * @param customerNumbers one or more customer numbers
   * @return this query
   * @throws NullPointerException if {@code customerNumbers} is or contains null
   * @throws IllegalArgumentException if none is given
   */
  public StatementLineQuery customerNumber(String... customerNumbers) {
    Objects.requireNonNull(customerNumbers, "customerNumbers must not be null");
    return where(customerNumbers.length == 1
        ? CUSTOMER_NUMBER.eq(customerNumbers[0]) : CUSTOMER_NUMBER.in(customerNumbers));
  }

  /**
   * Keeps lines in this currency.
   *
   * @param currency ISO 4217 code, e.g. {@code EUR}
   * @return this query
   * @throws IllegalArgumentException if {@code currency} is not three upper-case letters
   */
  public StatementLineQuery currency(String currency) {
    return where(CURRENCY.eq(Check.currency("currency", currency)));
  }

  /**
   * Keeps credits, payments and adjustments that apply to this invoice.
   *
   * @param invoiceNumber the invoice number, not null
   * @return this query
   */
  public StatementLineQuery appliesTo(String invoiceNumber) {
    return where(APPLIES_TO.eq(invoiceNumber));
  }
}
