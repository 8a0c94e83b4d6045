package io.csol.sandbox.tools.billing;

import java.util.Objects;

/**
 * The one place that derives the numbers billing records carry, so other sandbox tools can
 * resolve them without the ledger: invoice number {@code k} is {@code 9100000001 + k}; its
 * orders, contract, serial numbers and documents are pure functions of {@code k}.
 *
 * <p>Thread-safe (stateless).
 */
public final class BillingIds {

  /** The first invoice number (index 0). */
  public static final long FIRST_INVOICE = 9_100_000_001L;
  /** How many contracts each customer has: {@code CTR-<customer>-01} .. {@code -05}. */
  public static final int CONTRACTS_PER_CUSTOMER = 5;
  /** How many invoice lines an invoice has at most; serial numbers reserve this many per invoice. */
  public static final int MAX_INVOICE_LINES = 4;

  private BillingIds() {
  }

  /** Returns the number of invoice {@code index}, e.g. {@code "9100000001"} for 0. */
  public static String invoiceNumber(long index) {
    requireIndex(index);
    return Long.toString(FIRST_INVOICE + index);
  }

  /** Returns the index of an invoice number, or -1 when the text is not an invoice number. */
  public static long invoiceIndex(String number) {
    Objects.requireNonNull(number, "number");
    if (number.length() != 10 || !number.startsWith("91") || !digitsOnly(number)) {
      return -1;
    }
    long index = Long.parseLong(number) - FIRST_INVOICE;
    return index < 0 ? -1 : index;
  }

  /** Returns order number {@code j} (0 or 1) of invoice {@code index}, e.g. {@code "ORD-30000000"}. */
  public static String orderNumber(long index, int j) {
    requireIndex(index);
    if (j < 0 || j > 1) {
      throw new IllegalArgumentException("j must be 0 or 1, was " + j);
    }
    return "ORD-" + (30_000_000L + index * 2 + j);
  }

  /** Returns the contract {@code CTR-<customerNumber>-0<n>} for n in 1..{@link #CONTRACTS_PER_CUSTOMER}. */
  public static String contractNumber(String customerNumber, int n) {
    Objects.requireNonNull(customerNumber, "customerNumber");
    if (n < 1 || n > CONTRACTS_PER_CUSTOMER) {
      throw new IllegalArgumentException("n must be 1.." + CONTRACTS_PER_CUSTOMER + ", was " + n);
    }
    return "CTR-" + customerNumber + "-0" + n;
  }

  /** Returns the serial number of hardware on line {@code lineNumber} (1..4) of invoice {@code index}. */
  public static String serialNumber(String machineType, long index, int lineNumber) {
    Objects.requireNonNull(machineType, "machineType");
    requireIndex(index);
    if (lineNumber < 1 || lineNumber > MAX_INVOICE_LINES) {
      throw new IllegalArgumentException("lineNumber must be 1.." + MAX_INVOICE_LINES + ", was " + lineNumber);
    }
    return "SN-" + machineType + "-" + pad(index * MAX_INVOICE_LINES + lineNumber - 1, 8);
  }

  /** Returns the purchase-order number the customer gave for invoice {@code index}. */
  public static String purchaseOrderNumber(long index) {
    requireIndex(index);
    return "PO-" + (45_000_000L + index);
  }

  /** Returns the number of a statement document: prefix CN, PAY or ADJ, the invoice and the slot. */
  public static String documentNumber(String prefix, long index, int slot) {
    Objects.requireNonNull(prefix, "prefix");
    if (!prefix.equals("CN") && !prefix.equals("PAY") && !prefix.equals("ADJ")) {
      throw new IllegalArgumentException("prefix must be CN, PAY or ADJ, was " + prefix);
    }
    return prefix + "-" + invoiceNumber(index) + "-" + slot;
  }

  /**
   * Parses a document number made by {@link #documentNumber}; returns {invoice index, slot} or
   * null when it is not one with this prefix.
   */
  public static long[] parseDocumentNumber(String prefix, String number) {
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(number, "number");
    String head = prefix + "-";
    if (!number.startsWith(head) || number.length() != head.length() + 12 || number.charAt(head.length() + 10) != '-') {
      return null;
    }
    long index = invoiceIndex(number.substring(head.length(), head.length() + 10));
    char slot = number.charAt(number.length() - 1);
    if (index < 0 || slot < '1' || slot > '9') {
      return null;
    }
    return new long[] {index, slot - '0'};
  }

  /** Returns the id of statement line {@code index} (0-based): {@code "SL-000000001"} for 0. */
  public static String statementLineId(long index) {
    requireIndex(index);
    return "SL-" + pad(index + 1, 9);
  }

  /** Returns the 0-based index of a statement line id, or -1 when the text is not one. */
  public static long statementLineIndex(String id) {
    Objects.requireNonNull(id, "id");
    if (id.length() != 12 || !id.startsWith("SL-") || !digitsOnly(id.substring(3))) {
      return -1;
    }
    return Long.parseLong(id.substring(3)) - 1;
  }

  /** Returns the tracking number of a dispute already open in the seeded data for invoice {@code index}. */
  public static String seededDisputeTrackingNumber(long index) {
    requireIndex(index);
    return "R-2025-" + pad(index + 1, 6);
  }

  /** Zero-pads a non-negative number to at least {@code width} digits (String.format is slow on hot paths). */
  private static String pad(long value, int width) {
    String digits = Long.toString(value);
    return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
  }

  private static boolean digitsOnly(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return !text.isEmpty();
  }

  private static void requireIndex(long index) {
    if (index < 0 || index >= 899_999_999L) {
      throw new IllegalArgumentException("index must be 0..899999998, was " + index);
    }
  }
}
