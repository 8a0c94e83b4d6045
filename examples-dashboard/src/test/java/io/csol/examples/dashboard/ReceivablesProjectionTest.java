package io.csol.examples.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.csol.examples.dashboard.DashboardView.AgingRow;
import io.csol.examples.dashboard.DashboardView.OverdueInvoice;
import io.csol.examples.dashboard.DashboardView.SyncStats;
import io.csol.sandbox.Faults;
import io.csol.sandbox.Journal;
import io.csol.sandbox.SandboxServer;
import io.csol.sandbox.junit.SandboxExtension;
import io.csol.sdk.core.CsolClient;
import io.csol.sdk.core.Credentials;
import io.csol.sdk.core.RetryOptions;
import io.csol.sdk.invoices.DisputeInvoiceRequest;
import io.csol.sdk.invoices.DisputeReason;
import io.csol.sdk.invoices.Invoice;
import io.csol.sdk.invoices.InvoiceStatus;
import io.csol.sdk.invoices.InvoicesClient;
import io.csol.sdk.statements.StatementLine;
import io.csol.sdk.statements.StatementSummary;
import io.csol.sdk.statements.StatementsClient;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The projection against the embedded sandbox: figures, incremental refreshes, failures. */
class ReceivablesProjectionTest {

  @RegisterExtension
  static final SandboxExtension SANDBOX = SandboxExtension.builder().seed(42).build();

  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T10:00:00Z"));
  private SandboxServer server;
  private CsolClient csol;
  private InvoicesClient invoices;
  private StatementsClient statements;
  private ReceivablesProjection projection;

  @BeforeEach
  void start(SandboxServer server) {
    this.server = server;
    String secret = server.world().client(EmbeddedSandbox.CLIENT_ID).orElseThrow().secret();
    csol = CsolClient.builder().baseUri(server.baseUri())
        .credentials(Credentials.clientCredentials(EmbeddedSandbox.CLIENT_ID, secret.toCharArray()))
        .retry(RetryOptions.builder().maxAttempts(1).build()) // a failure test needs no retries
        .build();
    invoices = InvoicesClient.of(csol);
    statements = StatementsClient.of(csol);
    projection = new ReceivablesProjection(invoices, statements, clock, 15);
  }

  @AfterEach
  void close() {
    csol.close();
  }

  @Test
  void sync_firstCall_agingEqualsTheServersSummaries() {
    SyncStats stats = projection.sync();

    List<StatementSummary> summaries = statements.listStatementSummaries().stream().collect(Collectors.toList());
    DashboardView view = projection.view();
    assertThat(stats.full()).isTrue();
    assertThat(view.ready()).isTrue();
    assertThat(view.agingAsOf()).isEqualTo(summaries.get(0).asOf());
    assertThat(view.aging()).hasSize(summaries.size()).hasSizeGreaterThanOrEqualTo(2);
    for (StatementSummary s : summaries) {
      AgingRow row = row(view, s.customerNumber(), s.currency());
      assertThat(new BigDecimal(row.current())).isEqualByComparingTo(s.aging().current().amount());
      assertThat(new BigDecimal(row.days1To30())).isEqualByComparingTo(s.aging().days1To30().amount());
      assertThat(new BigDecimal(row.days31To60())).isEqualByComparingTo(s.aging().days31To60().amount());
      assertThat(new BigDecimal(row.days61To90())).isEqualByComparingTo(s.aging().days61To90().amount());
      assertThat(new BigDecimal(row.over90())).isEqualByComparingTo(s.aging().over90().amount());
      assertThat(new BigDecimal(row.balance())).isEqualByComparingTo(s.balance().amount());
    }
  }

  @Test
  void sync_firstCall_overdueTableHoldsEveryOpenInvoicePastItsDueDate() {
    projection.sync();

    DashboardView view = projection.view();
    List<Invoice> all = invoices.listInvoices().pageSize(500).stream().collect(Collectors.toList());
    Set<String> expected = all.stream()
        .filter(i -> i.openAmount().signum() > 0 && i.status() != InvoiceStatus.CANCELLED
            && i.dueDate().isBefore(view.agingAsOf()))
        .map(Invoice::number).collect(Collectors.toSet());
    Set<String> serverOverdue = all.stream().filter(i -> i.status() == InvoiceStatus.OVERDUE)
        .map(Invoice::number).collect(Collectors.toSet());
    assertThat(view.overdue()).extracting(OverdueInvoice::number).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(expected).containsAll(serverOverdue).isNotEmpty();
    assertThat(view.overdue()).isSortedAccordingTo(
        (a, b) -> Long.compare(b.daysOverdue(), a.daysOverdue()));
  }

  @Test
  void sync_afterPaymentReversalAndDispute_appliesOnlyTheFeedsChanges() {
    projection.sync();
    DashboardView before = projection.view();
    OverdueInvoice paid = before.overdue().get(0);
    OverdueInvoice disputed = before.overdue().stream()
        .filter(i -> i.approvalStatus().equals("PENDING") && !i.number().equals(paid.number()))
        .findFirst().orElseThrow();
    SandboxLedger ledger = SandboxLedger.of(server);
    StatementLine adjustment = statements.getStatementLine(ledger.openAdjustmentId());
    ledger.payInFull(paid.number());
    ledger.deleteLine(adjustment.id());
    invoices.disputeInvoice(DisputeInvoiceRequest.builder().invoiceNumber(disputed.number())
        .reason(DisputeReason.QUANTITY).details("One unit delivered, two invoiced.").build());
    server.journal().clear();

    SyncStats stats = projection.sync();

    // two requests, one per feed: nothing is read again
    assertThat(server.journal().entries()).extracting(Journal.Entry::method, Journal.Entry::path)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("GET", "/v1/invoices/changes"),
            org.assertj.core.groups.Tuple.tuple("GET", "/v1/statements/lines/changes"));
    assertThat(stats).isEqualTo(new SyncStats(false, 2, 3, 1, false));
    DashboardView after = projection.view();
    assertThat(after.overdue()).extracting(OverdueInvoice::number).doesNotContain(paid.number());
    assertThat(after.overdue()).filteredOn(i -> i.number().equals(disputed.number()))
        .extracting(OverdueInvoice::approvalStatus).containsExactly("DISPUTED");
    AgingRow paidBefore = row(before, paid.customerNumber(), paid.currency());
    AgingRow paidAfter = row(after, paid.customerNumber(), paid.currency());
    BigDecimal expectedBalance = new BigDecimal(paidBefore.balance()).subtract(new BigDecimal(paid.openAmount()));
    if (adjustment.customerNumber().equals(paid.customerNumber()) && adjustment.currency().equals(paid.currency())) {
      expectedBalance = expectedBalance.subtract(adjustment.openAmount().amount());
    }
    assertThat(new BigDecimal(paidAfter.balance())).isEqualByComparingTo(expectedBalance);
    // the longest overdue invoice sits in "over 90"
    assertThat(new BigDecimal(paidAfter.over90())).isLessThan(new BigDecimal(paidBefore.over90()));
    AgingRow adjustedBefore = row(before, adjustment.customerNumber(), adjustment.currency());
    AgingRow adjustedAfter = row(after, adjustment.customerNumber(), adjustment.currency());
    assertThat(adjustedAfter.openItems()).isEqualTo(adjustedBefore.openItems()
        - (adjustedBefore == paidBefore ? 2 : 1));
  }

  @Test
  void sync_nothingChanged_makesOneRequestPerFeed() {
    projection.sync();
    server.journal().clear();

    SyncStats stats = projection.sync();

    assertThat(stats).isEqualTo(new SyncStats(false, 2, 0, 0, false));
    assertThat(server.journal().entries()).hasSize(2);
  }

  @Test
  void sync_nextDay_readsTheSummariesAgainForTheirAsOfDate() {
    projection.sync();
    clock.advance(Duration.ofDays(1));
    server.journal().clear();

    SyncStats stats = projection.sync();

    assertThat(stats.summariesRead()).isTrue();
    assertThat(stats.requests()).isEqualTo(3);
    assertThat(server.journal().find("GET", "/v1/statements/summaries")).hasSize(1);
  }

  @Test
  void refresh_serverFails_keepsTheLastFiguresAndShowsWhy() {
    ProjectionRefresher refresher = new ProjectionRefresher(projection);
    refresher.refresh();
    DashboardView good = projection.view();
    server.faults().add(Faults.Rule.status("/v1/invoices/changes", 503).times(1));

    refresher.refresh();

    DashboardView failed = projection.view();
    assertThat(failed.lastError()).contains("503");
    assertThat(failed.aging()).isEqualTo(good.aging());
    assertThat(failed.syncedAt()).isEqualTo(good.syncedAt());
    refresher.refresh();
    assertThat(projection.view().lastError()).isNull();
  }

  @Test
  void bucket_dueDates_followTheApisBuckets() {
    java.time.LocalDate asOf = java.time.LocalDate.parse("2026-11-23");
    assertThat(ReceivablesProjection.bucket(null, asOf)).isZero();
    assertThat(ReceivablesProjection.bucket(asOf, asOf)).isZero();
    assertThat(ReceivablesProjection.bucket(asOf.minusDays(1), asOf)).isEqualTo(1);
    assertThat(ReceivablesProjection.bucket(asOf.minusDays(30), asOf)).isEqualTo(1);
    assertThat(ReceivablesProjection.bucket(asOf.minusDays(31), asOf)).isEqualTo(2);
    assertThat(ReceivablesProjection.bucket(asOf.minusDays(61), asOf)).isEqualTo(3);
    assertThat(ReceivablesProjection.bucket(asOf.minusDays(90), asOf)).isEqualTo(3);
    assertThat(ReceivablesProjection.bucket(asOf.minusDays(91), asOf)).isEqualTo(4);
  }

  static AgingRow row(DashboardView view, String customerNumber, String currency) {
    return view.aging().stream()
        .filter(r -> r.customerNumber().equals(customerNumber) && r.currency().equals(currency))
        .findFirst().orElseThrow(() -> new AssertionError("no aging row for " + customerNumber + " " + currency));
  }

  /** A wall clock the test moves. */
  static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant start) {
      now = start;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
