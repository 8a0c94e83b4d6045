package io.csol.sdk.statements;

import io.csol.sdk.core.DocumentSink;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csol.sandbox.junit.SandboxExtension;
import io.csol.sdk.core.Credentials;
import io.csol.sdk.core.CsolClient;
import io.csol.sdk.core.ExportFormat;
import io.csol.sdk.core.Money;
import io.csol.sdk.core.changes.ChangeBatch;
import io.csol.sdk.core.changes.ChangeOp;
import io.csol.sdk.core.changes.SyncToken;
import io.csol.sdk.core.error.NotFoundException;
import io.csol.sdk.core.paging.Page;
import io.csol.sdk.core.query.ExportRequest;
import io.csol.sdk.core.spi.DocumentInfo;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
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

/** Every Statements operation against the sandbox: happy paths and the failures a caller acts on. */
class StatementsIntegrationTest {
  @RegisterExtension
  static SandboxExtension sandbox = SandboxExtension.builder().seed(42).build();

  private final List<CsolClient> clients = new ArrayList<>();
  private StatementsClient statements;

  @BeforeEach
  void signIn() {
    statements = StatementsClient.of(client(Credentials.clientCredentials("recon-job",
        "recon-secret-1".toCharArray())));
  }

  @AfterEach
  void close() {
    clients.forEach(CsolClient::close);
  }

  private CsolClient client(Credentials credentials) {
    CsolClient c = CsolClient.builder().baseUri(sandbox.server().baseUri())
        .credentials(credentials).build();
    clients.add(c);
    return c;
  }

  private StatementLine first(StatementLineQuery search) {
    return search.limit(1).stream().findFirst().orElseThrow(
        () -> new AssertionError("the seeded world has no line for " + search));
  }

  @Test
  void summaries_agingAddsUpToBalance() {
    List<StatementSummary> all = statements.listStatementSummaries().list().stream().collect(Collectors.toList());
    assertThat(all).isNotEmpty().allSatisfy(s -> {
      Aging a = s.aging();
      assertThat(a.current().plus(a.days1To30()).plus(a.days31To60()).plus(a.days61To90())
          .plus(a.over90())).isEqualTo(s.balance());
      assertThat(s.balance().minus(a.current())).isEqualTo(s.overdue());
      assertThat(s.balance().currency().getCurrencyCode()).isEqualTo(s.currency());
    });
  }

  @Test
  void summaries_balanceEqualsSumOfLineOpenAmounts() {
    StatementSummary s = statements.listStatementSummaries().customerNumber("1000001").currency("SEK")
        .stream().findFirst().orElseThrow();
    Money open = statements.listStatementLines().customerNumber("1000001").currency("SEK").limit(500).stream()
        .map(StatementLine::openAmount).reduce(Money::plus).orElseThrow();
    assertThat(open).isEqualTo(s.balance());
  }

  @Test
  void lines_everyPage_coversTotalCountWithoutDuplicates() {
    Set<String> seen = new HashSet<>();
    long total = -1;
    int items = 0;
    int pages = 0;
    for (Page<StatementLine> page : statements.listStatementLines().customerNumber("1000003").limit(100)
        .includeTotalCount().list().byPage()) {
      pages++;
      total = page.totalCount().orElseThrow();
      for (StatementLine line : page.items()) {
        seen.add(line.id());
        items++;
      }
    }
    assertThat(pages).isGreaterThan(1);
    assertThat(items).isEqualTo(total);
    assertThat(seen).hasSize(items);
  }

  @Test
  void lines_typedShortcuts_returnOnlyMatching() {
    List<StatementLine> payments = statements.listStatementLines().documentType(DocumentType.PAYMENT)
        .status(LineStatus.CLEARED, LineStatus.OPEN, LineStatus.PARTIALLY_CLEARED)
        .currency("EUR").sortBy(StatementLineFields.DOCUMENT_DATE.desc()).limit(50).stream()
        .limit(50).collect(Collectors.toList());
    assertThat(payments).isNotEmpty().allSatisfy(l -> {
      assertThat(l.documentType()).isEqualTo(DocumentType.PAYMENT);
      assertThat(l.currency()).isEqualTo("EUR");
      assertThat(l.amount().signum()).isNegative();
    });
    assertThat(payments).extracting(StatementLine::documentDate)
        .isSortedAccordingTo(java.util.Comparator.reverseOrder());
  }

  @Test
  void lines_hostileValue_isALiteralNotAFilter() {
    assertThat(statements.listStatementLines().appliesTo("9' or customerNumber ne '0").stream()).isEmpty();
  }

  @Test
  void paymentAndCreditNote_matchTheirLines() {
    StatementLine payLine = first(statements.listStatementLines().documentType(DocumentType.PAYMENT));
    Payment payment = statements.getPayment(payLine.documentNumber());
    assertThat(payment.amount()).isEqualTo(payLine.amount().negate());
    assertThat(payment.appliesTo()).isEqualTo(payLine.appliesTo());
    assertThat(payment.method()).isNotNull().isNotEqualTo(PaymentMethod.UNKNOWN);

    StatementLine cnLine = first(statements.listStatementLines().documentType(DocumentType.CREDIT_NOTE));
    CreditNote note = statements.getCreditNote(cnLine.documentNumber());
    assertThat(note.amount()).isEqualTo(cnLine.amount().negate());
    assertThat(note.customerNumber()).isEqualTo(cnLine.customerNumber());
  }

  @Test
  void line_byId_equalsSearchResult() {
    StatementLine listed = first(statements.listStatementLines().documentType(DocumentType.INVOICE));
    assertThat(statements.getStatementLine(listed.id())).isEqualTo(listed);
  }

  @Test
  void reads_unknownIds_throwNotFound() {
    assertThatThrownBy(() -> statements.getStatementLine("SL-999999999")).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> statements.getPayment("PAY-NOPE")).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> statements.getCreditNote("CN-NOPE"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void line_ofCustomerNotHeld_throwsNotFoundWithoutNamingIt() {
    String id = first(statements.listStatementLines().customerNumber("1000002")).id();
    StatementsClient lars = StatementsClient.of(client(Credentials.password("lars",
        "demo-password-2".toCharArray())));
    assertThatThrownBy(() -> lars.getStatementLine(id)).isInstanceOf(NotFoundException.class)
        .hasMessageNotContaining("1000002").hasMessageNotContaining("DE");
    assertThat(lars.listStatementLines().limit(500).stream()).allSatisfy(
        l -> assertThat(l.customerNumber()).isEqualTo("1000001"));
  }

  @Test
  void downloadDocument_isVerifiedPdf(@TempDir Path dir) throws Exception {
    StatementLine line = first(statements.listStatementLines().documentType(DocumentType.CREDIT_NOTE));
    Path file = dir.resolve("doc.pdf");
    DocumentInfo info = statements.getStatementLineDocument(line.id(), DocumentSink.toFile(file));
    byte[] bytes = Files.readAllBytes(file);
    assertThat(new String(bytes, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
    assertThat(info.sha256Hex()).isEqualTo(
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(statements.getStatementLineDocument(line.id(), DocumentSink.to(out)).bytes()).isEqualTo(bytes.length);
    assertThatThrownBy(() -> statements.getStatementLineDocument("SL-999999999",
        DocumentSink.toFile(dir.resolve("x.pdf"))))
        .isInstanceOf(NotFoundException.class);
    assertThat(dir.resolve("x.pdf")).doesNotExist();
  }

  @Test
  void export_csv_rowCountEqualsSearchCount(@TempDir Path dir) throws Exception {
    StatementLineQuery search = statements.listStatementLines().customerNumber("1000004")
        .status(LineStatus.OPEN);
    long count = search.limit(500).stream().count();
    Path file = dir.resolve("lines.csv");
    statements.exportStatementLines(ExportRequest.of(search, ExportFormat.CSV),
        DocumentSink.toFile(file));
    List<String> rows = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertThat(count).isPositive();
    assertThat(rows).hasSize((int) count + 1);
    assertThat(rows.get(0)).startsWith("id,");
  }

  @Test
  void changes_fromStart_thenNothingNew() {
    SyncToken last = null;
    int upserts = 0;
    for (ChangeBatch<StatementLine> batch : statements.listStatementLineChanges(null).batchSize(500).batches()) {
      upserts += (int) batch.changes().stream().filter(c -> c.op() == ChangeOp.UPSERT).count();
      last = batch.nextSince();
    }
    assertThat(upserts).isPositive();
    ChangeBatch<StatementLine> after = statements.listStatementLineChanges(last).fetch();
    assertThat(after.changes()).isEmpty();
    assertThat(after.hasMore()).isFalse();
  }
}
