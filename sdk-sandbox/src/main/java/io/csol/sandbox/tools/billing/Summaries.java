package io.csol.sandbox.tools.billing;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes the statement summaries by streaming the ledger once, invoice by invoice, keeping
 * only one running total per account and bucket, so a million lines never sit in memory.
 */
final class Summaries {

  private Summaries() {
  }

  /** Returns the summaries of every account of the generator, in account order. */
  static List<Summary> compute(BillingGenerator generator) {
    LocalDate asOf = generator.asOf();
    Map<String, long[]> totals = new LinkedHashMap<>();
    for (BillingGenerator.Account account : generator.accounts()) {
      totals.put(key(account.customerNumber(), account.currency()), new long[5]);
    }
    for (long k = 0; k < generator.invoiceCount(); k++) {
      for (StatementLine doc : generator.generate(k).documents()) {
        if (!doc.openAmount().isZero()) {
          long[] buckets = totals.get(key(doc.customerNumber(), doc.currency()));
          buckets[bucket(doc.dueDate(), asOf)] += doc.openAmount().minor();
        }
      }
    }
    List<Summary> summaries = new ArrayList<>();
    for (BillingGenerator.Account account : generator.accounts()) {
      long[] buckets = totals.get(key(account.customerNumber(), account.currency()));
      List<Amount> aging = new ArrayList<>();
      long balance = 0;
      for (long bucket : buckets) {
        aging.add(new Amount(bucket, account.currency()));
        balance += bucket;
      }
      summaries.add(new Summary(account.customerNumber(), account.currency(), asOf,
          new Amount(balance, account.currency()), aging));
    }
    return summaries;
  }

  /** Returns the aging bucket 0..4 of an open item; no due date or not yet due is current. */
  static int bucket(LocalDate dueDate, LocalDate asOf) {
    if (dueDate == null) {
      return 0;
    }
    long days = ChronoUnit.DAYS.between(dueDate, asOf);
    return days <= 0 ? 0 : days <= 30 ? 1 : days <= 60 ? 2 : days <= 90 ? 3 : 4;
  }

  private static String key(String customerNumber, String currency) {
    return customerNumber + "-" + currency;
  }
}
