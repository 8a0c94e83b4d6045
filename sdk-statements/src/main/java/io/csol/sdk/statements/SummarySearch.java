package io.csol.sdk.statements;

import static io.csol.sdk.statements.SummaryFields.CURRENCY;
import static io.csol.sdk.statements.SummaryFields.CUSTOMER_NUMBER;

import io.csol.sdk.core.Tool;
import io.csol.sdk.core.query.SearchRequest;
import io.csol.sdk.core.spi.ApiCaller;
import io.csol.sdk.core.spi.Check;
import java.util.Objects;

/**
 * A search over statement summaries (one per customer number and currency), narrowed by customer
 * number and currency; the conditions are AND-ed.
 *
 * <pre>{@code
 * statements.searchSummaries().customerNumber("1000001").currency("EUR").stream();
 * }</pre>
 *
 * <p>A builder is not thread-safe; {@link #list()} takes a snapshot.
 */
public final class SummarySearch extends SearchRequest<StatementSummary, SummarySearch> {

  SummarySearch(ApiCaller caller) {
    super(caller, Tool.STATEMENTS, StatementsClient.SUMMARIES, StatementSummary.class);
  }

  /**
   * Keeps summaries of these customer numbers.
   *
   * @param customerNumbers one or more customer numbers
   * @return this search
   * @throws NullPointerException if {@code customerNumbers} is or contains null
   * @throws IllegalArgumentException if none is given
   */
  public SummarySearch customerNumber(String... customerNumbers) {
    Objects.requireNonNull(customerNumbers, "customerNumbers must not be null");
    return where(customerNumbers.length == 1
        ? CUSTOMER_NUMBER.eq(customerNumbers[0]) : CUSTOMER_NUMBER.in(customerNumbers));
  }

  /**
   * Keeps summaries in this currency.
   *
   * @param currency ISO 4217 code, e.g. {@code EUR}
   * @return this search
   * @throws IllegalArgumentException if {@code currency} is not three upper-case letters
   */
  public SummarySearch currency(String currency) {
    return where(CURRENCY.eq(Check.currency("currency", currency)));
  }
}
