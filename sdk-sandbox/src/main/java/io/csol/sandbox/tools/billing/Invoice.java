package io.csol.sandbox.tools.billing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An invoice of the ledger; immutable, mutations make a copy with {@link #withApproval}. */
public record Invoice(long index, String number, String customerNumber, String country, LocalDate issueDate,
         LocalDate dueDate, String currency, Amount net, Amount tax, Amount total,
         Amount paidAmount, Amount creditedAmount, Amount openAmount, String status,
         String approvalStatus, String purchaseOrderNumber, List<String> orderNumbers,
         String contractNumber, String disputeTrackingNumber, Instant updatedAt,
         List<InvoiceLine> lines) {

  public Invoice {
    orderNumbers = List.copyOf(orderNumbers);
    lines = List.copyOf(lines);
  }

  /** Returns a copy with another approval status, dispute tracking number and update time. */
  public Invoice withApproval(String newApprovalStatus, String newDisputeTrackingNumber, Instant newUpdatedAt) {
    return new Invoice(index, number, customerNumber, country, issueDate, dueDate, currency, net, tax, total,
        paidAmount, creditedAmount, openAmount, status, newApprovalStatus, purchaseOrderNumber,
        orderNumbers, contractNumber, newDisputeTrackingNumber, newUpdatedAt, lines);
  }

  /** Returns the serial numbers of the hardware lines (for filtering {@code lines.serialNumber}). */
  public List<String> serialNumbers() {
    List<String> serials = new ArrayList<>();
    for (InvoiceLine line : lines) {
      if (line.serialNumber() != null) {
        serials.add(line.serialNumber());
      }
    }
    return serials;
  }

  /** Returns the wire form; {@code withLines} false for search results. */
  public Map<String, Object> toWire(boolean withLines) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("number", number);
    map.put("customerNumber", customerNumber);
    map.put("country", country);
    map.put("issueDate", issueDate.toString());
    map.put("dueDate", dueDate.toString());
    map.put("currency", currency);
    map.put("net", net.toWire());
    map.put("tax", tax.toWire());
    map.put("total", total.toWire());
    map.put("paidAmount", paidAmount.toWire());
    map.put("creditedAmount", creditedAmount.toWire());
    map.put("openAmount", openAmount.toWire());
    map.put("status", status);
    map.put("approvalStatus", approvalStatus);
    map.put("purchaseOrderNumber", purchaseOrderNumber);
    map.put("orderNumbers", orderNumbers);
    map.put("contractNumber", contractNumber);
    map.put("disputeTrackingNumber", disputeTrackingNumber);
    map.put("updatedAt", updatedAt.toString());
    if (withLines) {
      List<Map<String, Object>> wireLines = new ArrayList<>();
      lines.forEach(line -> wireLines.add(line.toWire()));
      map.put("lines", wireLines);
    }
    map.values().removeIf(java.util.Objects::isNull);
    return map;
  }
}
