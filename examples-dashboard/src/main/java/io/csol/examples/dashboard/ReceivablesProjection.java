package io.csol.examples.dashboard;

import io.csol.examples.dashboard.DashboardView.AgingRow;
import io.csol.examples.dashboard.DashboardView.OverdueInvoice;
import io.csol.examples.dashboard.DashboardView.SyncStats;
import io.csol.sdk.core.Money;
import io.csol.sdk.core.changes.Change;
import io.csol.sdk.core.changes.ChangeBatch;
import io.csol.sdk.core.changes.ChangeFeed;
import io.csol.sdk.core.changes.ChangeOp;
import io.csol.sdk.core.changes.SyncToken;
import io.csol.sdk.core.paging.Page;
import io.csol.sdk.invoices.Invoice;
import io.csol.sdk.invoices.InvoiceStatus;
import io.csol.sdk.invoices.InvoicesClient;
import io.csol.sdk.statements.Aging;
import io.csol.sdk.statements.StatementLine;
import io.csol.sdk.statements.StatementSummary;
import io.csol.sdk.statements.StatementsClient;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dashboard's in-memory copy of the receivables, kept current from the changes feeds.
 *
 * <p><b>Which figures are authoritative.</b> The aging comes from <em>Statements</em>, not from
 * the invoices: a statement summary is, by the API's definition, the sum of the open amounts of
 * the customer's statement lines bucketed by due date, and those lines hold everything that is
 * owed, including adjustments that belong to no invoice, whereas the open invoices alone miss
 * them. The summaries have no changes feed, so the projection keeps the open statement lines
 * (from {@code listStatementLineChanges}) and buckets them exactly as the server does; it reads
 * the summaries only for their as-of date and to check its own figures against the server's,
 * at the first load and once per calendar day. The overdue table comes from the invoices feed
 * ({@code listInvoiceChanges}), because only invoices carry the status and approval state.
 *
 * <p>A sync applies each batch and then remembers its {@code nextSince}, so a sync that fails
 * half-way keeps what it applied and the next one continues from there. Thread-safe: syncs are
 * serialised, {@link #view()} returns an immutable snapshot.
 */
public class ReceivablesProjection {

  private static final Logger LOG = LoggerFactory.getLogger(ReceivablesProjection.class);
  private static final Comparator<Key> BY_ACCOUNT =
      Comparator.comparing(Key::customerNumber).thenComparing(Key::currency);

  private final InvoicesClient invoices;
  private final StatementsClient statements;
  private final Clock clock;
  private final long pageRefreshSeconds;

  // guarded by this
  private final Map<String, Invoice> openInvoices = new HashMap<>();
  private final Map<String, StatementLine> openLines = new HashMap<>();
  private final Map<Key, StatementSummary> summaries = new TreeMap<>(BY_ACCOUNT);
  private SyncToken invoiceToken;
  private SyncToken lineToken;
  private LocalDate summariesReadOn;
  private Instant syncedAt;
  private SyncStats lastSync;

  private volatile DashboardView view;

  /**
   * Creates an empty projection; nothing is read until {@link #sync()}.
   *
   * @param invoices the Invoices client
   * @param statements the Statements client
   * @param clock the wall clock: when a sync happened, and when a new day starts
   * @param pageRefreshSeconds how often the page should poll (passed on in the view), at least 1
   * @throws NullPointerException if a client or the clock is null
   * @throws IllegalArgumentException if {@code pageRefreshSeconds} is below 1
   */
  public ReceivablesProjection(InvoicesClient invoices, StatementsClient statements, Clock clock,
                               long pageRefreshSeconds) {
    this.invoices = Objects.requireNonNull(invoices, "invoices");
    this.statements = Objects.requireNonNull(statements, "statements");
    this.clock = Objects.requireNonNull(clock, "clock");
    if (pageRefreshSeconds < 1) {
      throw new IllegalArgumentException("pageRefreshSeconds must be at least 1, was " + pageRefreshSeconds);
    }
    this.pageRefreshSeconds = pageRefreshSeconds;
    this.view = new DashboardView(false, null, null, null, pageRefreshSeconds, null, List.of(), List.of());
  }

  /**
   * Brings the projection up to date: the first call reads both feeds from the beginning (the
   * full load), later calls only the changes since the last sync token; the summaries are read
   * at the first call and again once the wall clock's (UTC) day has changed.
   *
   * @return what this sync did
   * @throws io.csol.sdk.core.error.CsolException when the API fails; what was applied stays applied
   */
  public synchronized SyncStats sync() {
    boolean full = invoiceToken == null || lineToken == null;
    int[] counts = new int[3]; // requests, upserts, deletes
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    boolean readSummaries = summaries.isEmpty() || !today.equals(summariesReadOn);
    if (readSummaries) {
      readSummaries(counts);
      summariesReadOn = today;
    }
    apply(invoices.listInvoiceChanges(invoiceToken).batchSize(ChangeFeed.MAX_BATCH_SIZE),
        openInvoices, ReceivablesProjection::isOpen, counts, t -> invoiceToken = t);
    apply(statements.listStatementLineChanges(lineToken).batchSize(ChangeFeed.MAX_BATCH_SIZE),
        openLines, line -> line.openAmount().signum() != 0, counts, t -> lineToken = t);
    syncedAt = clock.instant();
    lastSync = new SyncStats(full, counts[0], counts[1], counts[2], readSummaries);
    publish(null);
    if (readSummaries) {
      checkAgainstSummaries();
    }
    return lastSync;
  }

  /**
   * Records that a sync failed; the page keeps showing the last good data with the reason.
   *
   * @param reason a short reason without secrets (e.g. the exception's type and message)
   */
  public synchronized void failed(String reason) {
    publish(Objects.requireNonNull(reason, "reason"));
  }

  /**
   * Returns the latest snapshot.
   *
   * @return the view; {@link DashboardView#ready()} is false before the first successful sync
   */
  public DashboardView view() {
    return view;
  }

  private void readSummaries(int[] counts) {
    Map<Key, StatementSummary> read = new HashMap<>();
    for (Page<StatementSummary> page : statements.listStatementSummaries().pageSize(500).byPage()) {
      counts[0]++;
      for (StatementSummary s : page.items()) {
        read.put(new Key(s.customerNumber(), s.currency()), s);
      }
    }
    summaries.clear();
    summaries.putAll(read);
  }

  /** Applies every batch after the feed's token, handing each batch's token to {@code checkpoint}. */
  private static <T> void apply(ChangeFeed<T> feed, Map<String, T> target,
                                     Predicate<T> keep, int[] counts,
                                     Consumer<SyncToken> checkpoint) {
    for (ChangeBatch<T> batch : feed.batches()) {
      counts[0]++;
      for (Change<T> change : batch.changes()) {
        if (change.op() == ChangeOp.UPSERT && change.record().isPresent()) {
          T record = change.record().get();
          // records that no longer matter (paid, cleared) leave the projection: its size is what is open
          if (keep.test(record)) {
            target.put(change.id(), record);
          } else {
            target.remove(change.id());
          }
          counts[1]++;
        } else if (change.op() == ChangeOp.DELETE) {
          target.remove(change.id());
          counts[2]++;
        } else {
          // a newer server's operation: applying it blindly could show wrong figures, skipping is visible in the log
          LOG.warn("Skipping change {} with an operation this dashboard does not know", change);
        }
      }
      checkpoint.accept(batch.nextSince());
    }
  }

  private static boolean isOpen(Invoice invoice) {
    return invoice.openAmount().signum() > 0 && invoice.status() != InvoiceStatus.CANCELLED;
  }

  private LocalDate agingAsOf() {
    // the server's as-of date: the sandbox's (or a server's) day, not this machine's
    return summaries.values().stream().map(StatementSummary::asOf).max(Comparator.naturalOrder())
        .orElse(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
  }

  /** Buckets as the API defines them: no due date or not yet due is current, then 1-30, 31-60, 61-90, over 90. */
  static int bucket(LocalDate dueDate, LocalDate asOf) {
    if (dueDate == null) {
      return 0;
    }
    long days = ChronoUnit.DAYS.between(dueDate, asOf);
    return days <= 0 ? 0 : days <= 30 ? 1 : days <= 60 ? 2 : days <= 90 ? 3 : 4;
  }

  private Map<Key, Totals> agingByAccount(LocalDate asOf) {
    Map<Key, Totals> totals = new TreeMap<>(BY_ACCOUNT);
    for (Key key : summaries.keySet()) {
      totals.put(key, new Totals());
    }
    for (StatementLine line : openLines.values()) {
      Totals t = totals.computeIfAbsent(new Key(line.customerNumber(), line.currency()), k -> new Totals());
      int bucket = bucket(line.dueDate(), asOf);
      t.buckets[bucket] = t.buckets[bucket].add(line.openAmount().amount());
      t.items++;
    }
    return totals;
  }

  private void publish(String error) {
    if (syncedAt == null) {
      view = new DashboardView(false, null, null, error, pageRefreshSeconds, null, List.of(), List.of());
      return;
    }
    LocalDate asOf = agingAsOf();
    List<AgingRow> rows = new ArrayList<>();
    agingByAccount(asOf).forEach((key, t) -> rows.add(new AgingRow(key.customerNumber(), key.currency(),
        text(t.buckets[0]), text(t.buckets[1]), text(t.buckets[2]), text(t.buckets[3]), text(t.buckets[4]),
        text(t.balance()), t.items)));
    List<OverdueInvoice> overdue = new ArrayList<>();
    for (Invoice invoice : openInvoices.values()) {
      if (invoice.dueDate().isBefore(asOf)) {
        overdue.add(new OverdueInvoice(invoice.number(), invoice.customerNumber(), invoice.currency(),
            invoice.dueDate(), ChronoUnit.DAYS.between(invoice.dueDate(), asOf), invoice.openAmount().amountText(),
            invoice.status().name(), invoice.approvalStatus().name()));
      }
    }
    overdue.sort(Comparator.comparingLong(OverdueInvoice::daysOverdue).reversed()
        .thenComparing(OverdueInvoice::number));
    view = new DashboardView(true, syncedAt, asOf, error, pageRefreshSeconds, lastSync, rows, overdue);
  }

  /** Logs where the projection's buckets differ from the server's summaries read in this sync. */
  private void checkAgainstSummaries() {
    Map<Key, Totals> mine = agingByAccount(agingAsOf());
    summaries.forEach((key, summary) -> {
      Aging a = summary.aging();
      Totals t = mine.get(key);
      List<Money> server = List.of(a.current(), a.days1To30(), a.days31To60(), a.days61To90(), a.over90());
      for (int i = 0; i < 5; i++) {
        if (server.get(i).amount().compareTo(t.buckets[i]) != 0) {
          LOG.warn("Aging of {} {} differs from the server's summary in bucket {}: {} here, {} there",
              key.customerNumber(), key.currency(), i, t.buckets[i].toPlainString(), server.get(i).amountText());
        }
      }
    });
  }

  private static String text(BigDecimal amount) {
    return amount.toPlainString();
  }

  private record Key(String customerNumber, String currency) {
  }

  private static final class Totals {
    final BigDecimal[] buckets = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
        BigDecimal.ZERO};
    int items;

    BigDecimal balance() {
      BigDecimal sum = BigDecimal.ZERO;
      for (BigDecimal b : buckets) {
        sum = sum.add(b);
      }
      return sum;
    }
  }
}
