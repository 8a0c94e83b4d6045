package io.csol.sandbox.tools.billing;

import io.csol.sandbox.engine.FieldType;
import io.csol.sandbox.engine.ResourceSpec;

/**
 * The engine resource specs of invoices, statement lines and summaries: their filterable and
 * sortable fields (CONTRACT section 1) and JSON forms. Invoice JSON here omits the lines, as
 * search results and the changes feed do; {@code GET /v1/invoices/{number}} adds them.
 */
final class BillingSpecs {

    private BillingSpecs() {
    }

    static ResourceSpec<Invoice> invoices() {
        return ResourceSpec.<Invoice>builder("invoices", Invoice::number)
                .idField("number")
                .field("customerNumber", FieldType.TEXT, Invoice::customerNumber, true)
                .field("country", FieldType.TEXT, Invoice::country, true)
                .field("issueDate", FieldType.DATE, Invoice::issueDate, true)
                .field("dueDate", FieldType.DATE, Invoice::dueDate, true)
                .field("net", FieldType.NUMBER, i -> i.net().decimal(), true)
                .field("tax", FieldType.NUMBER, i -> i.tax().decimal(), true)
                .field("total", FieldType.NUMBER, i -> i.total().decimal(), true)
                .field("openAmount", FieldType.NUMBER, i -> i.openAmount().decimal(), true)
                .field("currency", FieldType.TEXT, Invoice::currency, true)
                .field("status", FieldType.ENUM, Invoice::status, true)
                .field("approvalStatus", FieldType.ENUM, Invoice::approvalStatus, true)
                .field("purchaseOrderNumber", FieldType.TEXT, Invoice::purchaseOrderNumber, false)
                .field("orderNumbers", FieldType.TEXT, Invoice::orderNumbers, false)
                .field("contractNumber", FieldType.TEXT, Invoice::contractNumber, false)
                .field("lines.serialNumber", FieldType.TEXT, Invoice::serialNumbers, false)
                .field("updatedAt", FieldType.DATE_TIME, Invoice::updatedAt, true)
                .outputFields("paidAmount", "creditedAmount", "disputeTrackingNumber")
                .defaultSort("number")
                .toJson(invoice -> invoice.toWire(false))
                .build();
    }

    static ResourceSpec<StatementLine> statementLines() {
        return ResourceSpec.<StatementLine>builder("statement-lines", StatementLine::id)
                .idField("id")
                .field("customerNumber", FieldType.TEXT, StatementLine::customerNumber, true)
                .field("currency", FieldType.TEXT, StatementLine::currency, true)
                .field("documentType", FieldType.ENUM, StatementLine::documentType, true)
                .field("documentNumber", FieldType.TEXT, StatementLine::documentNumber, true)
                .field("documentDate", FieldType.DATE, StatementLine::documentDate, true)
                .field("dueDate", FieldType.DATE, StatementLine::dueDate, true)
                .field("amount", FieldType.NUMBER, l -> l.amount().decimal(), true)
                .field("openAmount", FieldType.NUMBER, l -> l.openAmount().decimal(), true)
                .field("status", FieldType.ENUM, StatementLine::status, true)
                .field("appliesTo", FieldType.TEXT, StatementLine::appliesTo, false)
                .outputFields("documentUrl")
                .defaultSort("id")
                .toJson(StatementLine::toWire)
                .build();
    }

    static ResourceSpec<Summary> summaries() {
        return ResourceSpec.<Summary>builder("statement-summaries", Summary::id)
                .idField("id")
                .field("customerNumber", FieldType.TEXT, Summary::customerNumber, true)
                .field("currency", FieldType.TEXT, Summary::currency, true)
                .outputFields("asOf", "balance", "overdue", "aging")
                .defaultSort("customerNumber,currency")
                .toJson(Summary::toWire)
                .build();
    }
}
