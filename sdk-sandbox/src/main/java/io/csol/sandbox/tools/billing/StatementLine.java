package io.csol.sandbox.tools.billing;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One statement line. {@code detail} holds what the document behind it adds: the credit note's
 * reason or the payment's method (null for invoices and adjustments).
 */
public record StatementLine(long index, String id, long invoiceIndex, String customerNumber, String currency,
           String documentType, String documentNumber, LocalDate documentDate, LocalDate dueDate,
           Amount amount, Amount openAmount, String status, String appliesTo, String detail) {

  /** Returns the wire form of the line. */
  public Map<String, Object> toWire() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("id", id);
    map.put("customerNumber", customerNumber);
    map.put("currency", currency);
    map.put("documentType", documentType);
    map.put("documentNumber", documentNumber);
    map.put("documentDate", documentDate.toString());
    map.put("dueDate", dueDate == null ? null : dueDate.toString());
    map.put("amount", amount.toWire());
    map.put("openAmount", openAmount.toWire());
    map.put("status", status);
    map.put("appliesTo", appliesTo);
    map.put("documentUrl", "/v1/statements/lines/" + id + "/document");
    map.values().removeIf(java.util.Objects::isNull);
    return map;
  }

  /** Returns the credit note form {@code GET /v1/credit-notes/{number}} answers (CREDIT_NOTE lines). */
  public Map<String, Object> toCreditNote() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("number", documentNumber);
    map.put("customerNumber", customerNumber);
    map.put("currency", currency);
    map.put("issueDate", documentDate.toString());
    map.put("amount", amount.abs().toWire());
    map.put("appliesTo", appliesTo);
    map.put("reason", detail);
    map.values().removeIf(java.util.Objects::isNull);
    return map;
  }

  /** Returns the payment form {@code GET /v1/payments/{number}} answers (PAYMENT lines). */
  public Map<String, Object> toPayment() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("number", documentNumber);
    map.put("customerNumber", customerNumber);
    map.put("currency", currency);
    map.put("paymentDate", documentDate.toString());
    map.put("amount", amount.abs().toWire());
    map.put("appliesTo", appliesTo);
    map.put("method", detail);
    map.values().removeIf(java.util.Objects::isNull);
    return map;
  }
}
