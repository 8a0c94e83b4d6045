package io.csol.sdk.invoices;

import io.csol.sdk.core.DocumentSink;
import static io.csol.sdk.invoices.InvoiceFields.DUE_DATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csol.sandbox.Faults;
import io.csol.sandbox.Journal;
import io.csol.sandbox.SandboxServer;
import io.csol.sandbox.junit.SandboxExtension;
import io.csol.sdk.core.Credentials;
import io.csol.sdk.core.CsolClient;
import io.csol.sdk.core.ExportFormat;
import io.csol.sdk.core.Money;
import io.csol.sdk.core.RequestOptions;
import io.csol.sdk.core.RetryOptions;
import io.csol.sdk.core.Tool;
import io.csol.sdk.core.changes.Change;
import io.csol.sdk.core.requests.RelatedRecord;
import io.csol.sdk.core.requests.RelatedRecordType;
import io.csol.sdk.core.requests.RequestCategory;
import io.csol.sdk.core.changes.ChangeBatch;
import io.csol.sdk.core.changes.ChangeFeed;
import io.csol.sdk.core.changes.ChangeOp;
import io.csol.sdk.core.changes.SyncToken;
import io.csol.sdk.core.error.ConflictException;
import io.csol.sdk.core.error.NotEntitledException;
import io.csol.sdk.core.error.NotFoundException;
import io.csol.sdk.core.paging.Page;
import io.csol.sdk.core.query.ExportRequest;
import io.csol.sdk.core.DocumentInfo;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Every Invoices operation against the sandbox: happy paths and the failures a caller acts on. */
class InvoicesIntegrationTest {
  @RegisterExtension
  static SandboxExtension sandbox = SandboxExtension.builder().seed(42).build();

  private final List<CsolClient> clients = new ArrayList<>();
  private InvoicesClient invoices;

  @BeforeEach
  void signIn() {
    invoices = InvoicesClient.of(client(Credentials.clientCredentials("recon-job",
        "recon-secret-1".toCharArray())));
  }

  @AfterEach
  void close() {
    clients.forEach(CsolClient::close);
  }

  private CsolClient client(Credentials credentials) {
    CsolClient c = CsolClient.builder().baseUri(sandbox.server().baseUri()).credentials(credentials)
        .retry(RetryOptions.builder().maxAttempts(4).initialBackoff(Duration.ofMillis(5))
            .maxBackoff(Duration.ofMillis(20)).build())
        .build();
    clients.add(c);
    return c;
  }

  private Invoice first(InvoiceQuery search) {
    return search.pageSize(1).stream().findFirst().orElseThrow(
        () -> new AssertionError("the seeded world has no invoice for " + search));
  }

  @Test
  void search_everyPage_coversTotalCountWithoutDuplicates() {
    Set<String> seen = new HashSet<>();
    long total = -1;
    int items = 0;
    int pages = 0;
    for (Page<Invoice> page : invoices.listInvoices().pageSize(250).includeTotalCount().list().byPage()) {
      pages++;
      total = page.totalCount().orElseThrow();
      for (Invoice invoice : page.items()) {
        seen.add(invoice.number());
        items++;
      }
    }
    assertThat(pages).isGreaterThan(1);
    assertThat(items).isEqualTo(total);
    assertThat(seen).hasSize(items);
  }

  @Test
  void search_typedShortcuts_returnOnlyMatchingInOrder() {
    LocalDate date = LocalDate.of(2027, 1, 1);
    List<Invoice> found = invoices.listInvoices().status(InvoiceStatus.OPEN, InvoiceStatus.OVERDUE)
        .dueBefore(date).currency("EUR").sortBy(DUE_DATE.desc()).pageSize(500).stream()
        .collect(Collectors.toList());
    assertThat(found).isNotEmpty().allSatisfy(i -> {
      assertThat(i.status()).isIn(InvoiceStatus.OPEN, InvoiceStatus.OVERDUE);
      assertThat(i.dueDate()).isBefore(date);
      assertThat(i.currency()).isEqualTo("EUR");
      assertThat(i.lines()).isEmpty();
    });
    assertThat(found).extracting(Invoice::dueDate)
        .isSortedAccordingTo(java.util.Comparator.reverseOrder());
  }

  @Test
  void listInvoices_moneyComparison_matchesOnlyThatCurrency() {
    // before the currency was part of the comparison, 1,000 of any currency matched
    Money threshold = Money.of("1000.00", "EUR");
    List<Invoice> found = invoices.listInvoices().where(InvoiceFields.TOTAL.ge(threshold))
        .pageSize(500).stream().collect(Collectors.toList());
    assertThat(found).isNotEmpty().allSatisfy(i -> {
      assertThat(i.currency()).isEqualTo("EUR");
      assertThat(i.total().amount()).isGreaterThanOrEqualTo(threshold.amount());
    });
    long anyCurrency = invoices.listInvoices().pageSize(500).stream()
        .filter(i -> i.total().amount().compareTo(threshold.amount()) >= 0).count();
    assertThat(anyCurrency).as("the sandbox holds such totals in other currencies too")
        .isGreaterThan(found.size());
  }

  @Test
  void search_hostileValue_isALiteralNotAFilter() {
    assertThat(invoices.listInvoices().purchaseOrderNumber("x' or status eq 'PAID").stream()).isEmpty();
  }

  @Test
  void get_existing_hasLinesAndConsistentAmounts() {
    Invoice listed = first(invoices.listInvoices());
    Invoice inv = invoices.getInvoice(listed.number());
    assertThat(inv.lines()).isNotEmpty();
    assertThat(inv.net().plus(inv.tax())).isEqualTo(inv.total());
    assertThat(inv.total().minus(inv.paidAmount()).minus(inv.creditedAmount()))
        .isEqualTo(inv.openAmount());
    Money lines = inv.lines().stream().map(InvoiceLine::amount).reduce(Money::plus).orElseThrow();
    assertThat(lines.plus(inv.tax())).isEqualTo(inv.total());
  }

  @Test
  void search_bySerialOrderAndPurchaseOrder_findsTheInvoice() {
    Invoice inv = invoices.listInvoices().pageSize(50).stream().limit(50).map(i -> invoices.getInvoice(i.number()))
        .filter(i -> i.lines().stream().anyMatch(l -> l.serialNumber() != null)
            && !i.orderNumbers().isEmpty())
        .findFirst().orElseThrow(() -> new AssertionError("no invoice with a serial number"));
    String serial = inv.lines().stream().map(InvoiceLine::serialNumber)
        .filter(java.util.Objects::nonNull).findFirst().orElseThrow();
    assertThat(invoices.listInvoices().serialNumber(serial).stream().map(Invoice::number))
        .contains(inv.number());
    assertThat(invoices.listInvoices().orderNumber(inv.orderNumbers().get(0))
        .purchaseOrderNumber(inv.purchaseOrderNumber()).stream().map(Invoice::number))
        .containsExactly(inv.number());
  }

  @Test
  void get_unknownNumber_throwsNotFound() {
    assertThatThrownBy(() -> invoices.getInvoice("9199999999")).isInstanceOf(NotFoundException.class)
        .satisfies(e -> assertThat(((NotFoundException) e).requestId()).isPresent());
  }

  @Test
  void get_invoiceOfCustomerNotHeld_throwsNotFound() {
    String number = first(invoices.listInvoices().customerNumber("1000002")).number();
    InvoicesClient lars = InvoicesClient.of(client(Credentials.password("lars",
        "demo-password-2".toCharArray())));
    assertThatThrownBy(() -> lars.getInvoice(number)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void get_invoiceOfCustomerHeldWithoutActiveEntitlement_throwsNotEntitledNamingToolCustomerCountry() {
    String number = first(invoices.listInvoices().customerNumber("1000002")).number();
    InvoicesClient pia = InvoicesClient.of(client(Credentials.password("pia",
        "demo-password-3".toCharArray())));
    assertThatThrownBy(() -> pia.getInvoice(number)).isInstanceOfSatisfying(NotEntitledException.class,
        e -> {
          assertThat(e.tool()).isEqualTo(Tool.INVOICES);
          assertThat(e.customerNumber()).contains("1000002");
          assertThat(e.country()).contains("DE");
        });
  }

  @Test
  void downloadImage_toFile_isVerifiedPdf(@TempDir Path dir) throws Exception {
    String number = first(invoices.listInvoices()).number();
    Path file = dir.resolve(number + ".pdf");
    DocumentInfo info = invoices.getInvoiceImage(number, DocumentSink.toFile(file));
    byte[] bytes = Files.readAllBytes(file);
    assertThat(new String(bytes, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
    assertThat(info.bytes()).isEqualTo(bytes.length);
    assertThat(info.sha256Hex()).isEqualTo(sha256(bytes));
    assertThat(info.contentType()).startsWith("application/pdf");

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(invoices.getInvoiceImage(number, DocumentSink.to(out)).sha256Hex()).isEqualTo(info.sha256Hex());
  }

  @Test
  void downloadImage_unknownNumber_throwsNotFoundAndLeavesNoFile(@TempDir Path dir) {
    Path file = dir.resolve("missing.pdf");
    assertThatThrownBy(() -> invoices.getInvoiceImage("9199999999", DocumentSink.toFile(file)))
        .isInstanceOf(NotFoundException.class);
    assertThat(file).doesNotExist();
  }

  @Test
  void forward_validRecipients_confirmsThem() {
    String number = first(invoices.listInvoices()).number();
    ForwardResult r = invoices.forwardInvoice(ForwardInvoiceRequest.builder().invoiceNumber(number)
        .recipients("ap@example.com", "cfo@example.com").message("please check").build());
    assertThat(r.invoiceNumber()).isEqualTo(number);
    assertThat(r.recipients()).containsExactly("ap@example.com", "cfo@example.com");
    assertThat(r.forwardedAt()).isNotNull();
    assertThatThrownBy(() -> invoices.forwardInvoice(ForwardInvoiceRequest.builder().invoiceNumber("9199999999")
        .recipients("ap@example.com").build())).isInstanceOf(NotFoundException.class);
  }

  @Test
  void export_csv_rowCountEqualsSearchCount(@TempDir Path dir) throws Exception {
    InvoiceQuery search = invoices.listInvoices().status(InvoiceStatus.OPEN).currency("EUR");
    long count = search.stream().count();
    Path file = dir.resolve("open.csv");
    DocumentInfo info = invoices.exportInvoices(ExportRequest.of(search, ExportFormat.CSV),
        DocumentSink.toFile(file));
    List<String> rows = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertThat(count).isPositive();
    assertThat(rows).hasSize((int) count + 1);
    assertThat(rows.get(0)).startsWith("number,");
    assertThat(info.contentType()).startsWith("text/csv");
    assertThat(info.sha256Hex()).isEqualTo(sha256(Files.readAllBytes(file)));
  }

  @Test
  void export_xlsx_isAZipPackage() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    invoices.exportInvoices(ExportRequest.<Invoice>builder().format(ExportFormat.XLSX)
        .where(InvoiceFields.COUNTRY.eq("SE")).build(), DocumentSink.to(out));
    assertThat(out.toByteArray()).startsWith('P', 'K');
  }

  @Test
  void approve_pending_isApprovedAndAppearsInChangesFeed() {
    SyncToken since = drain(invoices.listInvoiceChanges(null));
    Invoice pending = first(invoices.listInvoices().approvalStatus(ApprovalStatus.PENDING)
        .status(InvoiceStatus.OPEN));
    Invoice approved = invoices.approveInvoice(ApproveInvoiceRequest.builder().invoiceNumber(pending.number())
        .comment("ok to pay").build());
    assertThat(approved.approvalStatus()).isEqualTo(ApprovalStatus.APPROVED);

    List<Change<Invoice>> changes = invoices.listInvoiceChanges(since).stream().collect(Collectors.toList());
    assertThat(changes).anySatisfy(c -> {
      assertThat(c.op()).isEqualTo(ChangeOp.UPSERT);
      assertThat(c.id()).isEqualTo(pending.number());
      assertThat(c.record().orElseThrow().approvalStatus()).isEqualTo(ApprovalStatus.APPROVED);
    });
  }

  @Test
  void changes_fromStart_reportsEveryInvoiceAsUpsert() {
    long total = invoices.listInvoices().pageSize(500).stream().count();
    Set<String> ids = new HashSet<>();
    for (ChangeBatch<Invoice> batch : invoices.listInvoiceChanges(null).batchSize(500).batches()) {
      batch.changes().forEach(c -> {
        assertThat(c.op()).isEqualTo(ChangeOp.UPSERT);
        ids.add(c.id());
      });
    }
    assertThat(ids).hasSize((int) total);
  }

  @Test
  void dispute_twice_secondThrowsConflict() {
    Invoice open = first(invoices.listInvoices().approvalStatus(ApprovalStatus.PENDING)
        .status(InvoiceStatus.OPEN));
    DisputeInvoiceRequest request = DisputeInvoiceRequest.builder().invoiceNumber(open.number())
        .reason(DisputeReason.PRICE).details("unit price differs from the contract").build();
    DisputeResult result = invoices.disputeInvoice(request);
    assertThat(result.request().trackingNumber()).startsWith("R-");
    assertThat(result.request().category()).isEqualTo(RequestCategory.INVOICES);
    assertThat(result.request().relatesTo())
        .isEqualTo(new RelatedRecord(RelatedRecordType.INVOICE, open.number()));
    assertThat(invoices.getInvoice(open.number()).disputeTrackingNumber())
        .isEqualTo(result.request().trackingNumber());
    assertThatThrownBy(() -> invoices.disputeInvoice(request)).isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> invoices.approveInvoice(ApproveInvoiceRequest.of(open.number())))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void dispute_retriedWithSameBusinessKey_opensOneRequest() {
    SandboxServer server = sandbox.server();
    Invoice open = first(invoices.listInvoices().approvalStatus(ApprovalStatus.PENDING)
        .status(InvoiceStatus.OPEN));
    // The first attempt runs on the server, then the connection drops: the SDK must retry
    // with the same key and get the first answer replayed.
    server.faults().add(Faults.Rule.of("/v1/invoices/*/dispute",
        Faults.Kind.RESET_AFTER_HANDLER).times(1));
    String key = "dispute-" + open.number() + "-run-1";
    RequestOptions options = RequestOptions.builder().idempotencyKey(key).build();
    DisputeInvoiceRequest request = DisputeInvoiceRequest.builder().invoiceNumber(open.number())
        .reason(DisputeReason.QUANTITY).details("2 units received, 3 invoiced").build();

    DisputeResult first = invoices.disputeInvoice(request, options);
    DisputeResult again = invoices.disputeInvoice(request, options); // a re-run of the job

    assertThat(again.request().trackingNumber()).isEqualTo(first.request().trackingNumber());
    assertThat(server.journal().applied("POST", "/v1/invoices/*/dispute")).isEqualTo(1);
    assertThat(server.journal().withIdempotencyKey(key)).extracting(Journal.Entry::outcome)
        .containsExactly(Journal.Outcome.APPLIED, Journal.Outcome.REPLAYED,
            Journal.Outcome.REPLAYED);
  }

  private static SyncToken drain(ChangeFeed<Invoice> feed) {
    SyncToken last = null;
    for (ChangeBatch<Invoice> batch : feed.batchSize(500).batches()) {
      last = batch.nextSince();
    }
    return last;
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
