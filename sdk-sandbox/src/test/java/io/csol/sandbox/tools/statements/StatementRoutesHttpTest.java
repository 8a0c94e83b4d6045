package io.csol.sandbox.tools.statements;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.csol.sandbox.SandboxOptions;
import io.csol.sandbox.SandboxServer;
import io.csol.sandbox.tools.billing.BillingHttp;
import io.csol.sandbox.tools.billing.StatementIndex;
import io.csol.sandbox.tools.billing.StatementLine;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatementRoutesHttpTest {

  private static SandboxServer server;
  private static BillingHttp http;

  @BeforeAll
  static void start() {
    server = SandboxServer.start(SandboxOptions.builder().port(0).seed(42).scale(1).build());
    http = new BillingHttp(server);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static StatementLine firstLine(String type, String customer) {
    StatementIndex index = BillingHttp.state(server).index();
    for (long i = 0; i < index.lineCount(); i++) {
      StatementLine line = index.line(i);
      if (line.documentType().equals(type) && (customer == null || line.customerNumber().equals(customer))) {
        return line;
      }
    }
    throw new AssertionError("no " + type + " line");
  }

  @Test
  void lines_listGetAndChanges_sameRecords() throws Exception {
    JsonNode page = http.getJson("dana", "/v1/statements/lines?limit=3&totalCount=true", 200);
    assertThat(page.get("totalCount").asLong()).isEqualTo(BillingHttp.state(server).index().lineCount());
    JsonNode first = page.get("data").get(0);
    assertThat(first.get("id").asText()).isEqualTo("SL-000000001");
    assertThat(first.get("documentType").asText()).isEqualTo("INVOICE");
    assertThat(first.get("documentUrl").asText()).isEqualTo("/v1/statements/lines/SL-000000001/document");
    assertThat(http.getJson("dana", "/v1/statements/lines/SL-000000001", 200)).isEqualTo(first);
    JsonNode changes = http.getJson("dana", "/v1/statements/lines/changes?limit=3", 200);
    assertThat(changes.get("data").get(0).get("record")).isEqualTo(first);
    assertThat(changes.get("hasMore").asBoolean()).isTrue();
  }

  @Test
  void lines_filterByAppliesTo_paymentsAndCreditsOfInvoice() throws Exception {
    StatementLine payment = firstLine("PAYMENT", null);
    JsonNode page = http.getJson("dana", "/v1/statements/lines?filter="
        + BillingHttp.enc("appliesTo eq '" + payment.appliesTo() + "'"), 200);
    assertThat(page.get("data").size()).isPositive();
    JsonNode invoice = http.getJson("dana", "/v1/invoices/" + payment.appliesTo(), 200);
    BigDecimal paid = BigDecimal.ZERO;
    for (JsonNode line : page.get("data")) {
      if (line.get("documentType").asText().equals("PAYMENT")) {
        paid = paid.add(new BigDecimal(line.get("amount").get("amount").asText()).abs());
      }
    }
    assertThat(paid).isEqualByComparingTo(new BigDecimal(invoice.get("paidAmount").get("amount").asText()));
    assertThat(http.get("dana", "/v1/statements/lines?sort=appliesTo").statusCode()).isEqualTo(400);
  }

  @Test
  void lines_unknownOrOfCustomerNotHeld_404() throws Exception {
    assertThat(http.get("dana", "/v1/statements/lines/SL-999999999").statusCode()).isEqualTo(404);
    StatementLine foreign = firstLine("INVOICE", "1000002");
    assertThat(http.get("lars", "/v1/statements/lines/" + foreign.id()).statusCode()).isEqualTo(404);
    assertThat(http.get("lars", "/v1/statements/lines/" + foreign.id() + "/document").statusCode()).isEqualTo(404);
    JsonNode larsPage = http.getJson("lars", "/v1/statements/lines?limit=200", 200);
    for (JsonNode line : larsPage.get("data")) {
      assertThat(line.get("customerNumber").asText()).isEqualTo("1000001");
    }
  }

  @Test
  void document_everyType_validPdf(@TempDir Path dir) throws Exception {
    for (String type : List.of("INVOICE", "PAYMENT", "CREDIT_NOTE", "ADJUSTMENT")) {
      StatementLine line = firstLine(type, null);
      HttpResponse<byte[]> response = http.get("dana", "/v1/statements/lines/" + line.id() + "/document");
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
      assertThat(response.headers().firstValue("ETag")).isPresent();
      String pdf = new String(response.body(), StandardCharsets.ISO_8859_1);
      assertThat(pdf).startsWith("%PDF-1.4").contains(line.documentNumber()).endsWith("%%EOF\n");
      Path tool = Path.of("/usr/bin/pdftotext");
      if (Files.isExecutable(tool)) {
        Path file = dir.resolve(line.id() + ".pdf");
        Files.write(file, response.body());
        Process process = new ProcessBuilder(tool.toString(), file.toString(), "-").start();
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).isZero();
        assertThat(errors).isEmpty();
        assertThat(text).contains(line.documentNumber());
      }
    }
  }

  @Test
  void creditNotesAndPayments_byNumber_foundOr404() throws Exception {
    StatementLine credit = firstLine("CREDIT_NOTE", "1000001");
    JsonNode note = http.getJson("lars", "/v1/credit-notes/" + credit.documentNumber(), 200);
    assertThat(note.get("number").asText()).startsWith("CN-");
    assertThat(note.get("appliesTo").asText()).isEqualTo(credit.appliesTo());
    assertThat(new BigDecimal(note.get("amount").get("amount").asText())).isPositive();
    assertThat(note.get("reason").asText()).isNotEmpty();
    StatementLine payment = firstLine("PAYMENT", "1000001");
    JsonNode pay = http.getJson("lars", "/v1/payments/" + payment.documentNumber(), 200);
    assertThat(pay.get("method").asText()).isIn("BANK_TRANSFER", "CARD", "DIRECT_DEBIT");
    assertThat(pay.get("paymentDate").asText()).isEqualTo(payment.documentDate().toString());
    assertThat(http.get("lars", "/v1/payments/" + credit.documentNumber()).statusCode()).isEqualTo(404);
    assertThat(http.get("lars", "/v1/credit-notes/CN-9100000001-9").statusCode()).isEqualTo(404);
    assertThat(http.get("lars", "/v1/credit-notes/nonsense").statusCode()).isEqualTo(404);
    StatementLine foreign = firstLine("PAYMENT", "1000002");
    HttpResponse<byte[]> denied = http.get("lars", "/v1/payments/" + foreign.documentNumber());
    assertThat(denied.statusCode()).isEqualTo(404);
    assertThat(http.json(denied).get("type").asText()).endsWith("/not-found");
  }

  @Test
  void summaries_matchLineExportAndBucketsAddUp() throws Exception {
    JsonNode page = http.getJson("dana", "/v1/statements/summaries", 200);
    assertThat(page.get("data")).hasSize(10);
    HttpResponse<byte[]> export = http.get("dana", "/v1/statements/lines/export?format=csv&filter="
        + BillingHttp.enc("openAmount ne 0"));
    assertThat(export.statusCode()).isEqualTo(200);
    Map<String, BigDecimal> open = new HashMap<>();
    String[] rows = new String(export.body(), StandardCharsets.UTF_8).split("\r\n");
    assertThat(rows[0]).isEqualTo("id,customerNumber,currency,documentType,documentNumber,documentDate,dueDate,"
        + "amount,openAmount,status,appliesTo");
    for (int r = 1; r < rows.length; r++) {
      String[] cells = rows[r].split(",", -1);
      open.merge(cells[1] + "-" + cells[2], new BigDecimal(cells[8]), BigDecimal::add);
    }
    for (JsonNode summary : page.get("data")) {
      BigDecimal balance = new BigDecimal(summary.get("balance").get("amount").asText());
      BigDecimal buckets = BigDecimal.ZERO;
      for (JsonNode bucket : summary.get("aging")) {
        buckets = buckets.add(new BigDecimal(bucket.get("amount").asText()));
      }
      assertThat(buckets).isEqualByComparingTo(balance);
      BigDecimal current = new BigDecimal(summary.get("aging").get("current").get("amount").asText());
      assertThat(new BigDecimal(summary.get("overdue").get("amount").asText()))
          .isEqualByComparingTo(balance.subtract(current));
      String key = summary.get("customerNumber").asText() + "-" + summary.get("currency").asText();
      assertThat(balance).as(key).isEqualByComparingTo(open.get(key));
      assertThat(summary.get("asOf").asText()).isEqualTo("2026-11-23");
    }
    JsonNode lars = http.getJson("lars", "/v1/statements/summaries", 200);
    assertThat(lars.get("data")).hasSize(2);
    JsonNode eur = http.getJson("dana", "/v1/statements/summaries?filter=" + BillingHttp.enc("currency eq 'EUR'"), 200);
    assertThat(eur.get("data")).hasSize(4);
    assertThat(http.get("dana", "/v1/statements/summaries?filter=" + BillingHttp.enc("balance gt 1")).statusCode())
        .isEqualTo(400);
  }

  @Test
  void linesExport_xlsxAndBadFormat() throws Exception {
    HttpResponse<byte[]> xlsx = http.get("lars", "/v1/statements/lines/export?format=xlsx&sort=-documentDate");
    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(xlsx.headers().firstValue("Content-Type")).hasValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(new String(xlsx.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
    HttpResponse<byte[]> bad = http.get("lars", "/v1/statements/lines/export?format=CSV");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(http.json(bad).get("errors").get(0).get("field").asText()).isEqualTo("format");
  }
}
