package io.csol.benchmarks;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The hand-written models of the raw client: the same information the SDK's models carry. */
final class RawModels {

  private RawModels() {
  }

  /** A money amount. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Money(BigDecimal amount, String currency) {
  }

  /** A service period of an invoice line. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Period(LocalDate start, LocalDate end) {
  }

  /** An invoice line. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record InvoiceLine(int lineNumber, String description, String partNumber, String machineType,
      String serialNumber, BigDecimal quantity, Money unitPrice, Money amount, Period servicePeriod) {
  }

  /** An invoice with its lines. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Invoice(String number, String customerNumber, String country, LocalDate issueDate,
      LocalDate dueDate, String currency, Money net, Money tax, Money total, Money paidAmount,
      Money creditedAmount, Money openAmount, String status, String approvalStatus,
      String purchaseOrderNumber, List<String> orderNumbers, String contractNumber,
      String disputeTrackingNumber, Instant updatedAt, List<InvoiceLine> lines) {
  }

  /** A statement line. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record StatementLine(String id, String customerNumber, String currency, String documentType,
      String documentNumber, LocalDate documentDate, LocalDate dueDate, Money amount,
      Money openAmount, String status, String appliesTo, String documentUrl) {
  }

  /** The token response. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Token(String access_token, long expires_in) {
  }
}
