package io.csol.examples.reconciliation;

import java.util.regex.Pattern;

/**
 * One row of the reconciliation report: an open invoice or an account, with what the API said,
 * what the statement lines add up to, and whether they agree.
 */
record ReportRow(String kind, String reference, String customerNumber, String currency,
                 String apiAmount, String statementAmount, String status, String detail) {

  static final String MATCHED = "MATCHED";
  static final String MISMATCH = "MISMATCH";

  static final String HEADER =
      "kind,reference,customerNumber,currency,apiAmount,statementAmount,status,detail";

  boolean mismatch() {
    return MISMATCH.equals(status);
  }

  /**
   * The row as RFC 4180 CSV, safe to open in a spreadsheet: a cell starting with {@code =},
   * {@code +}, {@code -}, {@code @}, tab or CR gets a leading {@code '} (OWASP "CSV Injection"),
   * unless it is a plain decimal number such as the amount {@code -12.50}, which a spreadsheet
   * reads as a number, never as a formula, and must still be able to sum.
   */
  String toCsv() {
    return String.join(",", csv(kind), csv(reference), csv(customerNumber), csv(currency),
        csv(apiAmount), csv(statementAmount), csv(status), csv(detail));
  }

  private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");

  /** Prefixes {@code '} to a cell a spreadsheet would run as a formula. */
  static String neutralized(String v) {
    if (v.isEmpty() || "=+-@\t\r".indexOf(v.charAt(0)) < 0 || NUMBER.matcher(v).matches()) {
      return v;
    }
    return "'" + v;
  }

  private static String csv(String raw) {
    String v = neutralized(raw);
    if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
      return v;
    }
    return '"' + v.replace("\"", "\"\"") + '"';
  }
}
