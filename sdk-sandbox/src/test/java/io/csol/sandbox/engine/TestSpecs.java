package io.csol.sandbox.engine;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A small resource with every field type, a nested list field and nullable values. */
final class TestSpecs {
  enum Status { OPEN, PARTIALLY_PAID, PAID }

  record Line(String serialNumber) {
  }

  record Inv(String number, String name, BigDecimal total, LocalDate dueDate, Instant updatedAt,
      Boolean flagged, Status status, List<String> orderNumbers, List<Line> lines) {
  }

  static final ResourceSpec<Inv> SPEC = ResourceSpec.builder("test-invoices", Inv::number)
      .idField("number")
      .field("name", FieldType.TEXT, Inv::name, true)
      .field("total", FieldType.NUMBER, Inv::total, true)
      .field("dueDate", FieldType.DATE, Inv::dueDate, true)
      .field("updatedAt", FieldType.DATE_TIME, Inv::updatedAt, true)
      .field("flagged", FieldType.BOOLEAN, Inv::flagged, true)
      .field("status", FieldType.ENUM, Inv::status, true)
      .field("orderNumbers", FieldType.TEXT, Inv::orderNumbers, false)
      .field("lines.serialNumber", FieldType.TEXT,
          i -> i.lines() == null ? null : i.lines().stream().map(Line::serialNumber).toList(), false)
      .outputFields("lines")
      .build();

  private TestSpecs() {
  }

  static Inv inv(String number, String name, String total, String dueDate, String updatedAt,
      Boolean flagged, Status status, List<String> orders, List<String> serials) {
    return new Inv(number, name, total == null ? null : new BigDecimal(total),
        dueDate == null ? null : LocalDate.parse(dueDate),
        updatedAt == null ? null : Instant.parse(updatedAt), flagged, status, orders,
        serials == null ? null : serials.stream().map(Line::new).toList());
  }
}
