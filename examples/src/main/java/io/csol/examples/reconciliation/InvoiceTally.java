package io.csol.examples.reconciliation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * One open invoice as the API reported it, and what its statement lines add up to.
 *
 * <p>Amounts are held as longs in ten-thousandths of the currency unit (no ISO 4217 currency
 * has more than four decimals), because a night run keeps one of these per open invoice and
 * BigDecimal fields would triple the heap it needs.
 */
final class InvoiceTally {

  private static final int SCALE = 4;

  private final String customer;
  private final String currency;
  private final long total;
  private final long paid;
  private final long credited;
  private final long open;
  private int invoiceLines;
  private long lineAmount;
  private long lineOpen;
  private long linePaid;
  private long lineCredited;

  InvoiceTally(String[] row) {
    this.customer = row[Reconciler.INV_CUSTOMER].intern(); // a handful of distinct values
    this.currency = row[Reconciler.INV_CURRENCY].intern();
    this.total = units(row[Reconciler.INV_TOTAL]);
    this.paid = units(row[Reconciler.INV_PAID]);
    this.credited = units(row[Reconciler.INV_CREDITED]);
    this.open = units(row[Reconciler.INV_OPEN]);
  }

  String currency() {
    return currency;
  }

  BigDecimal openAmount() {
    return amount(open);
  }

  void invoiceLine(String amount, String openAmount) {
    invoiceLines++;
    lineAmount = units(amount);
    lineOpen = units(openAmount);
  }

  void payment(String signedAmount) {
    linePaid += Math.abs(units(signedAmount));
  }

  void creditNote(String signedAmount) {
    lineCredited += Math.abs(units(signedAmount));
  }

  ReportRow toRow(String number) {
    List<String> problems = new ArrayList<>();
    if (invoiceLines != 1) {
      problems.add(invoiceLines + " INVOICE statement lines instead of 1");
    } else {
      compare(problems, "total", total, lineAmount);
      compare(problems, "openAmount", open, lineOpen);
    }
    compare(problems, "paidAmount", paid, linePaid);
    compare(problems, "creditedAmount", credited, lineCredited);
    compare(problems, "total - paid - credited", open, total - linePaid - lineCredited);
    return new ReportRow("INVOICE", number, customer, currency, amount(open).toPlainString(),
        amount(lineOpen).toPlainString(), problems.isEmpty() ? ReportRow.MATCHED : ReportRow.MISMATCH,
        String.join("; ", problems));
  }

  private void compare(List<String> problems, String what, long api, long statement) {
    Reconciler.compare(problems, what, amount(api), amount(statement));
  }

  /** Back to a decimal with the currency's usual number of decimals, as the API writes it. */
  private BigDecimal amount(long units) {
    int digits;
    try {
      digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    } catch (IllegalArgumentException unknownCurrency) {
      digits = SCALE;
    }
    BigDecimal value = BigDecimal.valueOf(units, SCALE);
    return value.setScale(Math.max(digits, value.stripTrailingZeros().scale()));
  }

  private static long units(String decimal) {
    try {
      return new BigDecimal(decimal).movePointRight(SCALE).longValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalStateException("amount " + decimal + " has more than " + SCALE
          + " decimals or is too large for the reconciliation", e);
    }
  }
}
