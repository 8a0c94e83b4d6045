package io.csol.sandbox.tools.billing;

import io.csol.sandbox.engine.FieldType;
import io.csol.sandbox.engine.ResourceSpec;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The engine resource specs of invoices, statement lines and summaries. Which fields filter and
 * sort, their types and the default order come from the catalogues generated from
 * {@code components.x-csol-collections} of {@code api/openapi.yaml} ({@code InvoicesCatalogue},
 * {@code StatementLinesCatalogue}, {@code StatementSummariesCatalogue}); only the getters, the
 * extra selectable names and the JSON forms are written here. A catalogued field without a getter,
 * or a getter for a field the contract does not declare, fails when the spec is built (at start).
 * Invoice JSON here omits the lines, as search results and the changes feed do;
 * {@code GET /v1/invoices/{number}} adds them.
 */
final class BillingSpecs {

  private BillingSpecs() {
  }

  /** One field of a generated catalogue, whichever catalogue class it came from. */
  record Catalogued(String name, FieldType type, boolean sortable, boolean list) { }

  static List<Catalogued> invoiceFields() {
    return InvoicesCatalogue.FIELDS.stream()
        .map(f -> new Catalogued(f.name(), f.type(), f.sortable(), f.list())).toList();
  }

  static List<Catalogued> statementLineFields() {
    return StatementLinesCatalogue.FIELDS.stream()
        .map(f -> new Catalogued(f.name(), f.type(), f.sortable(), f.list())).toList();
  }

  static List<Catalogued> summaryFields() {
    return StatementSummariesCatalogue.FIELDS.stream()
        .map(f -> new Catalogued(f.name(), f.type(), f.sortable(), f.list())).toList();
  }

  /** The getters of the invoice fields, by query name. */
  static Map<String, Function<Invoice, Object>> invoiceGetters() {
    return new Getters<Invoice>()
        .add("number", Invoice::number)
        .add("customerNumber", Invoice::customerNumber)
        .add("country", Invoice::country)
        .add("issueDate", Invoice::issueDate)
        .add("dueDate", Invoice::dueDate)
        .add("net", i -> i.net().decimal())
        .add("tax", i -> i.tax().decimal())
        .add("total", i -> i.total().decimal())
        .add("openAmount", i -> i.openAmount().decimal())
        .add("currency", Invoice::currency)
        .add("status", Invoice::status)
        .add("approvalStatus", Invoice::approvalStatus)
        .add("purchaseOrderNumber", Invoice::purchaseOrderNumber)
        .add("orderNumbers", Invoice::orderNumbers)
        .add("contractNumber", Invoice::contractNumber)
        .add("lines.serialNumber", Invoice::serialNumbers)
        .add("updatedAt", Invoice::updatedAt)
        .map();
  }

  /** The getters of the statement line fields, by query name. */
  static Map<String, Function<StatementLine, Object>> statementLineGetters() {
    return new Getters<StatementLine>()
        .add("id", StatementLine::id)
        .add("customerNumber", StatementLine::customerNumber)
        .add("currency", StatementLine::currency)
        .add("documentType", StatementLine::documentType)
        .add("documentNumber", StatementLine::documentNumber)
        .add("documentDate", StatementLine::documentDate)
        .add("dueDate", StatementLine::dueDate)
        .add("amount", l -> l.amount().decimal())
        .add("openAmount", l -> l.openAmount().decimal())
        .add("status", StatementLine::status)
        .add("appliesTo", StatementLine::appliesTo)
        .map();
  }

  /** The getters of the summary fields, by query name. */
  static Map<String, Function<Summary, Object>> summaryGetters() {
    return new Getters<Summary>()
        .add("customerNumber", Summary::customerNumber)
        .add("currency", Summary::currency)
        .map();
  }

  static ResourceSpec<Invoice> invoices() {
    return fields(ResourceSpec.<Invoice>builder("invoices", Invoice::number).idField("number"),
        InvoicesCatalogue.NAME, invoiceFields(), invoiceGetters())
        .outputFields("paidAmount", "creditedAmount", "disputeTrackingNumber")
        .defaultSort(InvoicesCatalogue.DEFAULT_SORT)
        .toJson(invoice -> invoice.toWire(false))
        .build();
  }

  static ResourceSpec<StatementLine> statementLines() {
    return fields(ResourceSpec.<StatementLine>builder("statement-lines", StatementLine::id).idField("id"),
        StatementLinesCatalogue.NAME, statementLineFields(), statementLineGetters())
        .outputFields("documentUrl")
        .defaultSort(StatementLinesCatalogue.DEFAULT_SORT)
        .toJson(StatementLine::toWire)
        .build();
  }

  static ResourceSpec<Summary> summaries() {
    return fields(ResourceSpec.<Summary>builder("statement-summaries", Summary::id).idField("id"),
        StatementSummariesCatalogue.NAME, summaryFields(), summaryGetters())
        .outputFields("asOf", "balance", "overdue", "aging")
        .defaultSort(StatementSummariesCatalogue.DEFAULT_SORT)
        .toJson(Summary::toWire)
        .build();
  }

  /**
   * Declares the catalogued fields on {@code builder} with their getters.
   *
   * @throws IllegalStateException when a catalogued field has no getter or a getter names a
   *     field the catalogue does not hold (the contract changed and this class did not follow)
   */
  static <R> ResourceSpec.Builder<R> fields(ResourceSpec.Builder<R> builder, String collection,
                        List<Catalogued> catalogue, Map<String, Function<R, Object>> getters) {
    Set<String> unused = new LinkedHashSet<>(getters.keySet());
    for (Catalogued field : catalogue) {
      Function<R, Object> getter = getters.get(field.name());
      if (getter == null) {
        throw new IllegalStateException("x-csol-collections." + collection + " declares field '"
            + field.name() + "', which has no getter in BillingSpecs");
      }
      unused.remove(field.name());
      builder.field(field.name(), field.type(), getter, field.sortable());
    }
    if (!unused.isEmpty()) {
      throw new IllegalStateException("BillingSpecs has getters for " + unused + ", which x-csol-collections."
          + collection + " does not declare");
    }
    return builder;
  }

  /** Collects getters in order; a name given twice is a mistake. */
  private static final class Getters<R> {
    private final Map<String, Function<R, Object>> byName = new LinkedHashMap<>();

    Getters<R> add(String name, Function<R, Object> getter) {
      if (byName.put(name, getter) != null) {
        throw new IllegalStateException("two getters for field '" + name + "'");
      }
      return this;
    }

    Map<String, Function<R, Object>> map() {
      return byName;
    }
  }
}
