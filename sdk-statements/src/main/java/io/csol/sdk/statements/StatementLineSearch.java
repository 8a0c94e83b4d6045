package io.csol.sdk.statements;

import static io.csol.sdk.statements.StatementLineFields.APPLIES_TO;
import static io.csol.sdk.statements.StatementLineFields.CURRENCY;
import static io.csol.sdk.statements.StatementLineFields.CUSTOMER_NUMBER;
import static io.csol.sdk.statements.StatementLineFields.DOCUMENT_TYPE;
import static io.csol.sdk.statements.StatementLineFields.STATUS;

import io.csol.sdk.core.Tool;
import io.csol.sdk.core.query.SearchRequest;
import io.csol.sdk.core.spi.ApiCaller;
import io.csol.sdk.core.spi.Check;
import java.util.Objects;

/**
 * A search over statement lines: typed shortcuts for the common conditions, {@link #where} for
 * any other filter built from {@link StatementLineFields}; every condition is AND-ed.
 *
 * <pre>{@code
 * statements.lines()
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
public final class StatementLineSearch extends SearchRequest<StatementLine, StatementLineSearch> {

  StatementLineSearch(ApiCaller caller) {
    super(caller, Tool.STATEMENTS, StatementsClient.LINES, StatementLine.class);
  }

  /**
   * Keeps lines of these document types.
   *
   * @param types one or more types, not {@code UNKNOWN}
   * @return this search
   * @throws NullPointerException if {@code types} is or contains null
   * @throws IllegalArgumentException if none is given or one is {@code UNKNOWN}
   */
  public StatementLineSearch documentType(DocumentType... types) {
    Objects.requireNonNull(types, "types must not be null");
    return where(types.length == 1 ? DOCUMENT_TYPE.eq(types[0]) : DOCUMENT_TYPE.in(types));
  }

  /**
   * Keeps lines with one of these clearing statuses.
   *
   * @param statuses one or more statuses, not {@code UNKNOWN}
   * @return this search
   * @throws NullPointerException if {@code statuses} is or contains null
   * @throws IllegalArgumentException if none is given or one is {@code UNKNOWN}
   */
  public StatementLineSearch status(LineStatus... statuses) {
    Objects.requireNonNull(statuses, "statuses must not be null");
    return where(statuses.length == 1 ? STATUS.eq(statuses[0]) : STATUS.in(statuses));
  }

  /**
   * Keeps lines of these customer numbers.
   *
   * @param customerNumbers one or more customer numbers
   * @return this search
   * @throws NullPointerException if {@code customerNumbers} is or contains null
   * @throws IllegalArgumentException if none is given
   */
  public StatementLineSearch customerNumber(String... customerNumbers) {
    Objects.requireNonNull(customerNumbers, "customerNumbers must not be null");
    return where(customerNumbers.length == 1
        ? CUSTOMER_NUMBER.eq(customerNumbers[0]) : CUSTOMER_NUMBER.in(customerNumbers));
  }

  /**
   * Keeps lines in this currency.
   *
   * @param currency ISO 4217 code, e.g. {@code EUR}
   * @return this search
   * @throws IllegalArgumentException if {@code currency} is not three upper-case letters
   */
  public StatementLineSearch currency(String currency) {
    return where(CURRENCY.eq(Check.currency("currency", currency)));
  }

  /**
   * Keeps credits, payments and adjustments that apply to this invoice.
   *
   * @param invoiceNumber the invoice number, not null
   * @return this search
   */
  public StatementLineSearch appliesTo(String invoiceNumber) {
    return where(APPLIES_TO.eq(invoiceNumber));
  }
}
