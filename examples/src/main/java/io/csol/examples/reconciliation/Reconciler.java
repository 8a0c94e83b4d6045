package io.csol.examples.reconciliation;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Matches the stored snapshots against each other: open invoices against the statement lines
 * that belong to them, and every account (customer number and currency) against its summary.
 *
 * <p>Pure computation over local files, so a resumed run and an uninterrupted run that stored
 * the same snapshots produce the same report.
 */
final class Reconciler {

  /** Column order of the invoices snapshot. */
  static final int INV_NUMBER = 0, INV_CUSTOMER = 1, INV_CURRENCY = 2, INV_DUE = 3, INV_TOTAL = 4,
      INV_PAID = 5, INV_CREDITED = 6, INV_OPEN = 7, INV_STATUS = 8;
  /** Column order of the statement lines snapshot. */
  static final int L_ID = 0, L_CUSTOMER = 1, L_CURRENCY = 2, L_TYPE = 3, L_DOCUMENT = 4, L_DUE = 5,
      L_AMOUNT = 6, L_OPEN = 7, L_STATUS = 8, L_APPLIES_TO = 9;
  /** Column order of the summaries snapshot. */
  static final int S_CUSTOMER = 0, S_CURRENCY = 1, S_AS_OF = 2, S_BALANCE = 3, S_OVERDUE = 4,
      S_CURRENT = 5, S_D1_30 = 6, S_D31_60 = 7, S_D61_90 = 8, S_OVER_90 = 9;

  private static final String[] BUCKETS = {"current", "days1To30", "days31To60", "days61To90", "over90"};

  private Reconciler() {
  }

  /** Reconciles the three snapshot files of a finished fetch. */
  static ReconciliationResult reconcile(Path summaries, Path invoices, Path lines) {
    Map<String, String[]> summaryByAccount = new TreeMap<>();
    SnapshotFile.forEachRow(summaries, r -> summaryByAccount.put(account(r[S_CUSTOMER], r[S_CURRENCY]), r));

    Map<String, InvoiceTally> open = new LinkedHashMap<>();
    SnapshotFile.forEachRow(invoices, r -> open.put(r[INV_NUMBER], new InvoiceTally(r)));

    Map<String, AccountTally> accounts = new TreeMap<>();
    long[] lineCount = {0};
    SnapshotFile.forEachRow(lines, r -> {
      lineCount[0]++;
      String key = account(r[L_CUSTOMER], r[L_CURRENCY]);
      String[] summary = summaryByAccount.get(key);
      LocalDate asOf = summary == null ? null : LocalDate.parse(summary[S_AS_OF]);
      accounts.computeIfAbsent(key, k -> new AccountTally()).add(r, asOf);
      tallyInvoice(open, r);
    });

    List<ReportRow> rows = new ArrayList<>(open.size() + accounts.size());
    Map<String, BigDecimal> openByCurrency = new TreeMap<>();
    for (Map.Entry<String, InvoiceTally> e : open.entrySet()) {
      InvoiceTally t = e.getValue();
      rows.add(t.toRow(e.getKey()));
      openByCurrency.merge(t.currency(), t.openAmount(), BigDecimal::add);
    }
    Map<String, BigDecimal> balanceByCurrency = new TreeMap<>();
    for (Map.Entry<String, String[]> e : summaryByAccount.entrySet()) {
      String[] s = e.getValue();
      rows.add(accountRow(s, accounts.getOrDefault(e.getKey(), new AccountTally())));
      balanceByCurrency.merge(s[S_CURRENCY], new BigDecimal(s[S_BALANCE]), BigDecimal::add);
    }
    for (String key : accounts.keySet()) {
      if (!summaryByAccount.containsKey(key)) {
        String[] parts = key.split("/", 2);
        rows.add(new ReportRow("ACCOUNT", key, parts[0], parts[1], "", accounts.get(key).balance.toPlainString(),
            ReportRow.MISMATCH, "statement lines exist but the account has no summary"));
      }
    }
    return new ReconciliationResult(rows, open.size(), lineCount[0], summaryByAccount.size(),
        openByCurrency, balanceByCurrency);
  }

  private static void tallyInvoice(Map<String, InvoiceTally> open, String[] line) {
    String type = line[L_TYPE];
    if ("INVOICE".equals(type)) {
      InvoiceTally t = open.get(line[L_DOCUMENT]);
      if (t != null) {
        t.invoiceLine(line[L_AMOUNT], line[L_OPEN]);
      }
      return;
    }
    InvoiceTally t = line[L_APPLIES_TO].isEmpty() ? null : open.get(line[L_APPLIES_TO]);
    if (t == null) {
      return;
    }
    if ("PAYMENT".equals(type)) {
      t.payment(line[L_AMOUNT]);
    } else if ("CREDIT_NOTE".equals(type)) {
      t.creditNote(line[L_AMOUNT]);
    }
  }

  private static ReportRow accountRow(String[] s, AccountTally a) {
    List<String> problems = new ArrayList<>();
    compare(problems, "balance", new BigDecimal(s[S_BALANCE]), a.balance);
    for (int i = 0; i < BUCKETS.length; i++) {
      compare(problems, BUCKETS[i], new BigDecimal(s[S_CURRENT + i]), a.buckets[i]);
    }
    BigDecimal overdue = a.balance.subtract(a.buckets[0]);
    compare(problems, "overdue", new BigDecimal(s[S_OVERDUE]), overdue);
    return new ReportRow("ACCOUNT", account(s[S_CUSTOMER], s[S_CURRENCY]), s[S_CUSTOMER], s[S_CURRENCY],
        s[S_BALANCE], a.balance.toPlainString(), problems.isEmpty() ? ReportRow.MATCHED : ReportRow.MISMATCH,
        String.join("; ", problems));
  }

  static void compare(List<String> problems, String what, BigDecimal api, BigDecimal statement) {
    if (api.compareTo(statement) != 0) {
      problems.add(what + " " + api.toPlainString() + " vs statement " + statement.toPlainString());
    }
  }

  static String account(String customer, String currency) {
    return customer + "/" + currency;
  }

  /** Balance and aging of one account, rebuilt from its statement lines. */
  private static final class AccountTally {
    BigDecimal balance = BigDecimal.ZERO;
    final BigDecimal[] buckets = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
        BigDecimal.ZERO};

    void add(String[] line, LocalDate asOf) {
      BigDecimal openAmount = new BigDecimal(line[L_OPEN]);
      if (openAmount.signum() == 0) {
        return;
      }
      balance = balance.add(openAmount);
      int bucket = bucket(line[L_DUE], asOf);
      buckets[bucket] = buckets[bucket].add(openAmount);
    }

    /** Aging by days past due on the summary's as-of date; lines not yet due are current. */
    static int bucket(String due, LocalDate asOf) {
      if (due.isEmpty() || asOf == null) {
        return 0;
      }
      long late = ChronoUnit.DAYS.between(LocalDate.parse(due), asOf);
      if (late <= 0) {
        return 0;
      }
      return late <= 30 ? 1 : late <= 60 ? 2 : late <= 90 ? 3 : 4;
    }
  }
}
