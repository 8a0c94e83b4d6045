package io.csol.sdk.statements;

import io.csol.sdk.core.query.Field;
import io.csol.sdk.core.query.TextField;
import java.util.List;

/**
 * The filterable fields of statement summaries, tied to {@link StatementSummary}: customer number
 * and currency, both sortable as the API documents (default order: customer number, then
 * currency).
 */
public final class StatementSummaryFields {
  /** The customer number; sortable. */
  public static final TextField<StatementSummary> CUSTOMER_NUMBER =
      TextField.<StatementSummary>of("customerNumber").asSortable();
  /** The ISO currency code; sortable. */
  public static final TextField<StatementSummary> CURRENCY =
      TextField.<StatementSummary>of("currency").asSortable();

  private static final List<Field<StatementSummary>> ALL = List.of(CUSTOMER_NUMBER, CURRENCY);

  private StatementSummaryFields() {
  }

  /**
   * Returns every field of statement summaries, in the order documented.
   *
   * @return an immutable list
   */
  public static List<Field<StatementSummary>> all() {
    return ALL;
  }
}
