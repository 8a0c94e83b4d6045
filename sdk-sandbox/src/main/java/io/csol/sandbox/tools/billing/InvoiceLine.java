package io.csol.sandbox.tools.billing;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** One line of an invoice; serial number only on hardware, service period only on services. */
public record InvoiceLine(int lineNumber, String description, String partNumber, String machineType,
           String serialNumber, int quantity, Amount unitPrice, Amount amount,
           LocalDate periodStart, LocalDate periodEnd) {

  /** Returns the wire form of the line. */
  Map<String, Object> toWire() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("lineNumber", lineNumber);
    map.put("description", description);
    map.put("partNumber", partNumber);
    map.put("machineType", machineType);
    map.put("serialNumber", serialNumber);
    map.put("quantity", Integer.toString(quantity));
    map.put("unitPrice", unitPrice.toWire());
    map.put("amount", amount.toWire());
    if (periodStart != null) {
      Map<String, Object> period = new LinkedHashMap<>();
      period.put("start", periodStart.toString());
      period.put("end", periodEnd.toString());
      map.put("servicePeriod", period);
    }
    map.values().removeIf(java.util.Objects::isNull);
    return map;
  }
}
