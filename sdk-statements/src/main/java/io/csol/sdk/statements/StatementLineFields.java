package io.csol.sdk.statements;

import io.csol.sdk.core.query.DateField;
import io.csol.sdk.core.query.EnumField;
import io.csol.sdk.core.query.MoneyField;
import io.csol.sdk.core.query.TextField;

/**
 * The filterable fields of statement lines, typed, with the sortable ones marked as the API
 * documents (every field except {@link #APPLIES_TO}).
 *
 * <pre>{@code
 * statements.lines()
 *     .where(StatementLineFields.OPEN_AMOUNT.gt(BigDecimal.ZERO))
 *     .sortBy(StatementLineFields.DUE_DATE.asc())
 *     .stream();
 * }</pre>
 * Money fields filter the signed amount only; combine them with {@link #CURRENCY}.
 */
public final class StatementLineFields {
  /** The line id; sortable. */
  public static final TextField ID = TextField.of("id").asSortable();
  /** The customer number; sortable. */
  public static final TextField CUSTOMER_NUMBER = TextField.of("customerNumber").asSortable();
  /** The ISO currency code; sortable. */
  public static final TextField CURRENCY = TextField.of("currency").asSortable();
  /** The document type; sortable. */
  public static final EnumField<DocumentType> DOCUMENT_TYPE =
      EnumField.of("documentType", DocumentType.class).asSortable();
  /** The document number; sortable. */
  public static final TextField DOCUMENT_NUMBER = TextField.of("documentNumber").asSortable();
  /** The document date; sortable. */
  public static final DateField DOCUMENT_DATE = DateField.of("documentDate").asSortable();
  /** The due date; sortable. */
  public static final DateField DUE_DATE = DateField.of("dueDate").asSortable();
  /** The signed amount; sortable. */
  public static final MoneyField AMOUNT = MoneyField.of("amount").asSortable();
  /** The signed open amount; sortable. */
  public static final MoneyField OPEN_AMOUNT = MoneyField.of("openAmount").asSortable();
  /** The clearing status; sortable. */
  public static final EnumField<LineStatus> STATUS =
      EnumField.of("status", LineStatus.class).asSortable();
  /** The invoice number a credit or payment applies to; not sortable. */
  public static final TextField APPLIES_TO = TextField.of("appliesTo");

  private StatementLineFields() {
  }
}
