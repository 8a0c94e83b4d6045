package io.csol.sdk.statements;

import static io.csol.sdk.statements.StatementSummaryFields.CURRENCY;
import static io.csol.sdk.statements.StatementSummaryFields.CUSTOMER_NUMBER;

import io.csol.sdk.core.query.SearchRequest;
import io.csol.sdk.core.spi.Check;
import io.csol.sdk.core.spi.tool.ToolOperations;
import java.util.Objects;

/**
 * A query (operation {@code listStatementSummaries}) of statement summaries (one per customer number and currency), narrowed by customer
 * number and currency; the conditions are AND-ed.
 *
 * <pre>{@code
 * statements.listStatementSummaries().customerNumber("1000001").currency("EUR").stream();
 * }</pre>
 *
 * <p>A builder is not thread-safe; {@link #list()} takes a snapshot.
 */
public final class StatementSummaryQuery
    extends SearchRequest<StatementSummary, StatementSummaryQuery> {

  StatementSummaryQuery(ToolOperations ops) {
    super(ops.caller(), ops.tool(), ops.path("/statements/summaries"), ops.operationId(),
        StatementSummary.class);
  }

  /**
   * Keeps summaries of these customer numbers.
   *
   * @param customerNumbers one or more customer numbers
   * @return this query
   * @throws NullPointerException if {@code customerNumbers} is or contains null
   * @throws IllegalArgumentException if none is given
   */
  public StatementSummaryQuery customerNumber(String... customerNumbers) {
    Objects.requireNonNull(customerNumbers, "customerNumbers must not be null");
    return where(customerNumbers.length == 1
        ? CUSTOMER_NUMBER.eq(customerNumbers[0]) : CUSTOMER_NUMBER.in(customerNumbers));
  }

  /**
   * Keeps summaries in this currency.
   *
   * @param currency ISO 4217 code, e.g. {@code EUR}
   * @return this query
   * @throws IllegalArgumentException if {@code currency} is not three upper-case letters
   */
  public StatementSummaryQuery currency(String currency) {
    return where(CURRENCY.eq(Check.currency("currency", currency)));
  }
}
