package io.csol.sdk.statements;

import io.csol.sdk.core.query.TextField;

/**
 * The filterable fields of statement summaries: customer number and currency (neither is
 * documented as sortable; summaries come in the server's order).
 */
public final class SummaryFields {
  /** The customer number. */
  public static final TextField CUSTOMER_NUMBER = TextField.of("customerNumber");
  /** The ISO currency code. */
  public static final TextField CURRENCY = TextField.of("currency");

  private SummaryFields() {
  }
}
