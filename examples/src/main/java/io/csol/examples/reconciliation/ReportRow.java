package io.csol.examples.reconciliation;

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

  /** The row as RFC 4180 CSV. */
  String toCsv() {
    return String.join(",", csv(kind), csv(reference), csv(customerNumber), csv(currency),
        csv(apiAmount), csv(statementAmount), csv(status), csv(detail));
  }

  private static String csv(String v) {
    if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
      return v;
    }
    return '"' + v.replace("\"", "\"\"") + '"';
  }
}
