package io.csol.sdk.statements;

import io.csol.sdk.core.query.DateField;
import io.csol.sdk.core.query.EnumField;
import io.csol.sdk.core.query.Field;
import io.csol.sdk.core.query.MoneyField;
import io.csol.sdk.core.query.TextField;
import java.util.List;

/**
 * The filterable fields of statement lines, typed and tied to {@link StatementLine}, with the
 * sortable ones marked as the API documents (every field except {@link #APPLIES_TO}).
 *
 * <pre>{@code
 * statements.listStatementLines()
 *     .where(StatementLineFields.OPEN_AMOUNT.gt(Money.of("0.00", "EUR")))
 *     .sortBy(StatementLineFields.DUE_DATE.asc())
 *     .stream();
 * }</pre>
 * Money comparisons check the currency too ({@code (openAmount gt 0.00 and currency eq 'EUR')}).
 */
public final class StatementLineFields {
  /** The line id; sortable. */
  public static final TextField<StatementLine> ID = TextField.<StatementLine>of("id").asSortable();
  /** The customer number; sortable. */
  public static final TextField<StatementLine> CUSTOMER_NUMBER =
      TextField.<StatementLine>of("customerNumber").asSortable();
  /** The ISO currency code; sortable. */
  public static final TextField<StatementLine> CURRENCY =
      TextField.<StatementLine>of("currency").asSortable();
  /** The document type; sortable. */
  public static final EnumField<StatementLine, DocumentType> DOCUMENT_TYPE =
      EnumField.<StatementLine, DocumentType>of("documentType", DocumentType.class).asSortable();
  /** The document number; sortable. */
  public static final TextField<StatementLine> DOCUMENT_NUMBER =
      TextField.<StatementLine>of("documentNumber").asSortable();
  /** The document date; sortable. */
  public static final DateField<StatementLine> DOCUMENT_DATE =
      DateField.<StatementLine>of("documentDate").asSortable();
  /** The due date; sortable. */
  public static final DateField<StatementLine> DUE_DATE =
      DateField.<StatementLine>of("dueDate").asSortable();
  /** The signed amount, in the line's currency; sortable. */
  public static final MoneyField<StatementLine> AMOUNT =
      MoneyField.<StatementLine>of("amount", "currency").asSortable();
  /** The signed open amount, in the line's currency; sortable. */
  public static final MoneyField<StatementLine> OPEN_AMOUNT =
      MoneyField.<StatementLine>of("openAmount", "currency").asSortable();
  /** The clearing status; sortable. */
  public static final EnumField<StatementLine, LineStatus> STATUS =
      EnumField.<StatementLine, LineStatus>of("status", LineStatus.class).asSortable();
  /** The invoice number a credit or payment applies to; not sortable. */
  public static final TextField<StatementLine> APPLIES_TO =
      TextField.<StatementLine>of("appliesTo");

  private static final List<Field<StatementLine>> ALL = List.of(ID, CUSTOMER_NUMBER, CURRENCY,
      DOCUMENT_TYPE, DOCUMENT_NUMBER, DOCUMENT_DATE, DUE_DATE, AMOUNT, OPEN_AMOUNT, STATUS,
      APPLIES_TO);

  private StatementLineFields() {
  }

  /**
   * Returns every field of statement lines, in the order documented.
   *
   * @return an immutable list
   */
  public static List<Field<StatementLine>> all() {
    return ALL;
  }
}
