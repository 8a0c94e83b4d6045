package io.csol.examples.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the page's JSON endpoint serves: one immutable snapshot of the projection. Amounts are
 * decimal strings, exactly as the API sends them, so nothing is rounded on the way to the page.
 *
 * @param ready {@code false} until the first load has completed
 * @param syncedAt when the projection last applied the changes feeds successfully (null before)
 * @param agingAsOf the day the aging buckets refer to (the server's as-of date of the summaries)
 * @param lastError why the last refresh failed, or null when it succeeded (the data is then older)
 * @param pageRefreshSeconds how often the page should ask again
 * @param lastSync what the last successful synchronisation did
 * @param aging one row per customer number and currency, ordered by customer number and currency
 * @param overdue the overdue invoices, longest overdue first
 */
public record DashboardView(boolean ready, Instant syncedAt, LocalDate agingAsOf, String lastError,
                            long pageRefreshSeconds, SyncStats lastSync, List<AgingRow> aging,
                            List<OverdueInvoice> overdue) {

  /** Copies the lists. */
  public DashboardView {
    aging = List.copyOf(aging);
    overdue = List.copyOf(overdue);
  }

  /**
   * The receivables of one customer number in one currency by age.
   *
   * @param customerNumber the customer number
   * @param currency the ISO 4217 code
   * @param current not yet due
   * @param days1To30 1 to 30 days overdue
   * @param days31To60 31 to 60 days overdue
   * @param days61To90 61 to 90 days overdue
   * @param over90 more than 90 days overdue
   * @param balance the sum of the buckets
   * @param openItems how many open statement lines make up the balance
   */
  public record AgingRow(String customerNumber, String currency, String current, String days1To30,
                         String days31To60, String days61To90, String over90, String balance,
                         int openItems) {
  }

  /**
   * An invoice with an open amount whose due date has passed.
   *
   * @param number the invoice number
   * @param customerNumber the customer number
   * @param currency the ISO 4217 code
   * @param dueDate the day payment was due
   * @param daysOverdue days between the due date and the aging's as-of date
   * @param openAmount the amount still owed
   * @param status the payment status as the server reports it
   * @param approvalStatus the customer's approval
   */
  public record OverdueInvoice(String number, String customerNumber, String currency, LocalDate dueDate,
                               long daysOverdue, String openAmount, String status, String approvalStatus) {
  }

  /**
   * What one synchronisation did.
   *
   * @param full {@code true} for the first load (feeds from the beginning)
   * @param requests API requests made (feed batches plus summary pages)
   * @param upserts upserts applied
   * @param deletes deletions applied
   * @param summariesRead whether the summaries were read (first load and once a day)
   */
  public record SyncStats(boolean full, int requests, int upserts, int deletes, boolean summariesRead) {
  }
}
