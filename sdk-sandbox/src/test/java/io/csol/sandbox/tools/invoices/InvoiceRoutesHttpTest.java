package io.csol.sandbox.tools.invoices;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.csol.sandbox.SandboxOptions;
import io.csol.sandbox.SandboxServer;
import io.csol.sandbox.tools.billing.BillingHttp;
import io.csol.sandbox.tools.billing.BillingState;
import io.csol.sandbox.tools.billing.Invoice;
import io.csol.sandbox.tools.requests.RequestStore;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class InvoiceRoutesHttpTest {

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

  @AfterEach
  void reset() {
    server.reset();
  }

  static BillingState state(SandboxServer server) {
    return BillingHttp.state(server);
  }

  static Invoice find(SandboxServer server, Predicate<Invoice> match) {
    BillingState state = state(server);
    for (long k = 0; k < state.generator().invoiceCount(); k++) {
      Invoice invoice = state.index().entry(k).invoice();
      if (match.test(invoice)) {
        return invoice;
      }
    }
    throw new AssertionError("no such invoice");
  }

  private static Invoice pendingOpenOf(String customer) {
    return find(server, i -> i.customerNumber().equals(customer) && i.approvalStatus().equals("PENDING")
        && i.openAmount().minor() > 0);
  }

  @Test
  void list_firstPage_envelopeWithoutLinesInNumberOrder() throws Exception {
    JsonNode page = http.getJson("dana", "/v1/invoices?limit=5&totalCount=true", 200);
    assertThat(page.get("data")).hasSize(5);
    assertThat(page.get("totalCount").asLong()).isEqualTo(2000);
    assertThat(page.get("nextCursor").asText()).isNotEmpty();
    assertThat(page.get("data").get(0).get("number").asText()).isEqualTo("9100000001");
    assertThat(page.get("data").get(0).has("lines")).isFalse();
    assertThat(page.get("data").get(0).get("total").get("amount").isTextual()).isTrue();
    JsonNode next = http.getJson("dana", "/v1/invoices?limit=5&cursor=" + page.get("nextCursor").asText(), 200);
    assertThat(next.get("data").get(0).get("number").asText()).isEqualTo("9100000006");
  }

  @Test
  void list_linkHeaderNamesTheNextPageWithTheSameQuery_andIsAbsentOnTheLastPage() throws Exception {
    String filter = BillingHttp.enc("status eq OVERDUE and currency eq 'EUR'");
    HttpResponse<byte[]> first = http.get("dana", "/v1/invoices?limit=3&sort=-openAmount&filter=" + filter);
    String cursor = http.json(first).get("nextCursor").asText();
    String link = first.headers().firstValue("Link").orElseThrow();
    assertThat(link).startsWith("</v1/invoices?").endsWith(">; rel=\"next\"")
        .contains("limit=3", "sort=-openAmount", "filter=" + filter.replace("+", "%20"),
            "cursor=" + BillingHttp.enc(cursor));

    // following the link gives exactly the page the body's cursor gives
    String target = link.substring(1, link.indexOf('>'));
    JsonNode viaLink = http.getJson("dana", target, 200);
    JsonNode viaCursor = http.getJson("dana", "/v1/invoices?limit=3&sort=-openAmount&filter=" + filter
        + "&cursor=" + BillingHttp.enc(cursor), 200);
    assertThat(viaLink).isEqualTo(viaCursor);

    HttpResponse<byte[]> last = http.get("dana", "/v1/invoices?limit=500&filter="
        + BillingHttp.enc("number eq '9100000001'"));
    assertThat(http.json(last).has("nextCursor")).isFalse();
    assertThat(last.headers().firstValue("Link")).isEmpty();
  }

  @Test
  void list_filterAndSort_matchingRecordsOnly() throws Exception {
    JsonNode page = http.getJson("dana", "/v1/invoices?limit=50&sort=-openAmount&filter="
        + BillingHttp.enc("status eq OVERDUE and currency eq 'EUR'"), 200);
    BigDecimal previous = null;
    for (JsonNode invoice : page.get("data")) {
      assertThat(invoice.get("status").asText()).isEqualTo("OVERDUE");
      assertThat(invoice.get("currency").asText()).isEqualTo("EUR");
      BigDecimal open = new BigDecimal(invoice.get("openAmount").get("amount").asText());
      assertThat(previous == null || previous.compareTo(open) >= 0).isTrue();
      previous = open;
    }
    assertThat(page.get("data").size()).isPositive();
    String serial = find(server, i -> !i.serialNumbers().isEmpty()).serialNumbers().get(0);
    JsonNode bySerial = http.getJson("dana", "/v1/invoices?filter="
        + BillingHttp.enc("lines.serialNumber eq '" + serial + "'"), 200);
    assertThat(bySerial.get("data")).hasSize(1);
  }

  @Test
  void list_badFilter_400NamingFilter() throws Exception {
    HttpResponse<byte[]> response = http.get("dana", "/v1/invoices?filter=" + BillingHttp.enc("status eq"));
    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode problem = http.json(response);
    assertThat(problem.get("type").asText()).endsWith("/invalid-filter");
    assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("filter");
    assertThat(http.get("dana", "/v1/invoices?filter=" + BillingHttp.enc("nope eq 'x'")).statusCode()).isEqualTo(400);
  }

  @Test
  void list_lars_onlyHisCustomer() throws Exception {
    JsonNode page = http.getJson("lars", "/v1/invoices?limit=500&fields=customerNumber", 200);
    for (JsonNode invoice : page.get("data")) {
      assertThat(invoice.get("customerNumber").asText()).isEqualTo("1000001");
    }
    assertThat(http.get("pia", "/v1/invoices").statusCode()).isEqualTo(403);
  }

  @Test
  void get_byNumber_linesAndTotalsConsistent() throws Exception {
    JsonNode invoice = http.getJson("dana", "/v1/invoices/9100000001", 200);
    BigDecimal sum = BigDecimal.ZERO;
    for (JsonNode line : invoice.get("lines")) {
      sum = sum.add(new BigDecimal(line.get("amount").get("amount").asText()));
    }
    assertThat(new BigDecimal(invoice.get("net").get("amount").asText())).isEqualByComparingTo(sum);
    assertThat(new BigDecimal(invoice.get("total").get("amount").asText())).isEqualByComparingTo(
        sum.add(new BigDecimal(invoice.get("tax").get("amount").asText())));
  }

  @Test
  void get_unknownOrForeignOrNotEntitled_404Or403() throws Exception {
    HttpResponse<byte[]> missing = http.get("dana", "/v1/invoices/9199999999");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(http.json(missing).get("type").asText()).endsWith("/not-found");
    assertThat(http.get("dana", "/v1/invoices/not-a-number").statusCode()).isEqualTo(404);
    Invoice foreign = find(server, i -> i.customerNumber().equals("1000002"));
    // lars does not hold 1000002: 404 that names neither the customer nor its country
    HttpResponse<byte[]> hidden = http.get("lars", "/v1/invoices/" + foreign.number());
    assertThat(hidden.statusCode()).isEqualTo(404);
    assertThat(http.json(hidden).has("customerNumber")).isFalse();
    assertThat(new String(hidden.body(), StandardCharsets.UTF_8)).doesNotContain("1000002").doesNotContain("DE");
    assertThat(http.get("lars", "/v1/invoices/" + foreign.number() + "/image").statusCode()).isEqualTo(404);
    // pia holds 1000002 but her INVOICES entitlement is only PENDING: 403 naming it
    HttpResponse<byte[]> denied = http.get("pia", "/v1/invoices/" + foreign.number());
    assertThat(denied.statusCode()).isEqualTo(403);
    JsonNode problem = http.json(denied);
    assertThat(problem.get("type").asText()).endsWith("/not-entitled");
    assertThat(problem.get("customerNumber").asText()).isEqualTo("1000002");
  }

  @Test
  void image_pdfWithLengthEtagAndDigest() throws Exception {
    HttpResponse<byte[]> response = http.get("dana", "/v1/invoices/9100000001/image");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
    byte[] body = response.body();
    assertThat(new String(body, 0, 8, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-1.4");
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
    assertThat(response.headers().firstValue("Content-Length")).hasValue(Integer.toString(body.length));
    assertThat(response.headers().firstValue("ETag")).hasValue("\"" + HexFormat.of().formatHex(digest) + "\"");
    assertThat(response.headers().firstValue("Repr-Digest"))
        .hasValue("sha-256=:" + Base64.getEncoder().encodeToString(digest) + ":");
  }

  @Test
  void approve_pending_approvedOnceAndVisibleInChanges() throws Exception {
    Invoice invoice = pendingOpenOf("1000001");
    String since = null;
    boolean more = true;
    while (more) {
      JsonNode batch = http.getJson("dana", "/v1/invoices/changes?limit=500"
          + (since == null ? "" : "&since=" + BillingHttp.enc(since)), 200);
      since = batch.get("nextSince").asText();
      more = batch.get("hasMore").asBoolean();
    }
    String path = "/v1/invoices/" + invoice.number() + "/approve";
    HttpResponse<byte[]> first = http.post("dana", path, "{\"comment\":\"ok\"}", "approve-1");
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(http.json(first).get("approvalStatus").asText()).isEqualTo("APPROVED");
    assertThat(http.json(first).get("lines")).isNotEmpty();
    HttpResponse<byte[]> again = http.post("dana", path, "{}", "approve-2");
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(http.json(again).get("updatedAt")).isEqualTo(http.json(first).get("updatedAt"));
    JsonNode changes = http.getJson("dana", "/v1/invoices/changes?since=" + BillingHttp.enc(since), 200);
    assertThat(changes.get("data")).hasSize(1);
    assertThat(changes.get("data").get(0).get("id").asText()).isEqualTo(invoice.number());
    assertThat(changes.get("data").get(0).get("record").get("approvalStatus").asText()).isEqualTo("APPROVED");
  }

  @Test
  void approve_disputedOrCancelled_409() throws Exception {
    Invoice disputed = find(server, i -> i.approvalStatus().equals("DISPUTED"));
    Invoice cancelled = find(server, i -> i.status().equals("CANCELLED") && !i.approvalStatus().equals("APPROVED"));
    for (Invoice invoice : List.of(disputed, cancelled)) {
      HttpResponse<byte[]> response = http.post("dana", "/v1/invoices/" + invoice.number() + "/approve", "", "a-"
          + invoice.number());
      assertThat(response.statusCode()).as(invoice.status()).isEqualTo(409);
      assertThat(http.json(response).get("type").asText()).endsWith("/conflict");
    }
  }

  @Test
  void dispute_open_requestCreatedThen409AndReplayCreatesOne() throws Exception {
    Invoice invoice = pendingOpenOf("1000001");
    String path = "/v1/invoices/" + invoice.number() + "/dispute";
    String body = "{\"reason\":\"PRICE\",\"details\":\"Unit price differs from the contract.\"}";
    HttpResponse<byte[]> created = http.post("lars", path, body, "dispute-key-1");
    assertThat(created.statusCode()).isEqualTo(201);
    JsonNode result = http.json(created);
    String tracking = result.get("request").get("trackingNumber").asText();
    assertThat(tracking).matches("R-2026-\\d{6}");
    assertThat(result.get("request").get("category").asText()).isEqualTo("INVOICES");
    assertThat(result.get("request").get("status").asText()).isEqualTo("SUBMITTED");
    assertThat(result.get("request").get("link").asText()).isEqualTo("/v1/requests/" + tracking);
    assertThat(created.headers().firstValue("Location")).hasValue("/v1/requests/" + tracking);
    java.time.Instant createdAt = java.time.Instant.parse(result.get("request").get("createdAt").asText());
    // 1000001 is in SE: Saturday and Sunday are the weekend
    java.time.Instant respondBy = java.time.Instant.parse(result.get("request").get("respondBy").asText());
    assertThat(respondBy).isAfterOrEqualTo(createdAt.plus(java.time.Duration.ofDays(1)))
        .isBeforeOrEqualTo(createdAt.plus(java.time.Duration.ofDays(3)));
    assertThat(respondBy.atZone(java.time.ZoneOffset.UTC).getDayOfWeek())
        .isNotIn(java.time.DayOfWeek.SATURDAY, java.time.DayOfWeek.SUNDAY);
    assertThat(createdAt.getNano()).isZero();

    HttpResponse<byte[]> replay = http.post("lars", path, body, "dispute-key-1");
    assertThat(replay.statusCode()).isEqualTo(201);
    assertThat(replay.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    assertThat(http.json(replay)).isEqualTo(result);
    assertThat(server.shared(RequestStore.class, () -> null).requests())
        .filteredOn(r -> invoice.number().equals(r.relatedId())).hasSize(1);

    HttpResponse<byte[]> twice = http.post("lars", path, body, "dispute-key-2");
    assertThat(twice.statusCode()).isEqualTo(409);
    JsonNode after = http.getJson("lars", "/v1/invoices/" + invoice.number(), 200);
    assertThat(after.get("approvalStatus").asText()).isEqualTo("DISPUTED");
    assertThat(after.get("disputeTrackingNumber").asText()).isEqualTo(tracking);
  }

  @Test
  void dispute_paidOrBadBody_409Or422() throws Exception {
    Invoice paid = find(server, i -> i.status().equals("PAID") && !i.approvalStatus().equals("DISPUTED"));
    String good = "{\"reason\":\"OTHER\",\"details\":\"x\"}";
    assertThat(http.post("dana", "/v1/invoices/" + paid.number() + "/dispute", good, "d-1").statusCode())
        .isEqualTo(409);
    Invoice open = pendingOpenOf("1000003");
    HttpResponse<byte[]> badReason = http.post("dana", "/v1/invoices/" + open.number() + "/dispute",
        "{\"reason\":\"ANGRY\",\"details\":\"x\"}", "d-2");
    assertThat(badReason.statusCode()).isEqualTo(422);
    assertThat(http.json(badReason).get("errors").get(0).get("field").asText()).isEqualTo("reason");
    HttpResponse<byte[]> noDetails = http.post("dana", "/v1/invoices/" + open.number() + "/dispute",
        "{\"reason\":\"PRICE\",\"details\":\"\"}", "d-3");
    assertThat(http.json(noDetails).get("errors").get(0).get("field").asText()).isEqualTo("details");
    assertThat(http.post("dana", "/v1/invoices/" + open.number() + "/dispute", "{bad json", "d-4").statusCode())
        .isEqualTo(400);
    assertThat(http.post("dana", "/v1/invoices/9199999999/dispute", good, "d-5").statusCode()).isEqualTo(404);
  }

  @Test
  void forward_validAndInvalidRecipients_202Or422NamingIndex() throws Exception {
    String path = "/v1/invoices/9100000001/forward";
    HttpResponse<byte[]> ok = http.post("dana", path, "{\"recipients\":[\"ap@example.com\"],\"message\":\"FYI\"}", "f-1");
    assertThat(ok.statusCode()).isEqualTo(202);
    assertThat(http.json(ok).get("recipients").get(0).asText()).isEqualTo("ap@example.com");
    assertThat(http.json(ok).get("forwardedAt").asText()).matches("2026-11-23T\\d\\d:\\d\\d:\\d\\dZ");
    HttpResponse<byte[]> bad = http.post("dana", path,
        "{\"recipients\":[\"a@example.com\",\"b@example.com\",\"not an address\"]}", "f-2");
    assertThat(bad.statusCode()).isEqualTo(422);
    assertThat(http.json(bad).get("errors").get(0).get("field").asText()).isEqualTo("recipients[2]");
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 21; i++) {
      many.add("\"u" + i + "@example.com\"");
    }
    assertThat(http.post("dana", path, "{\"recipients\":[" + String.join(",", many) + "]}", "f-3").statusCode())
        .isEqualTo(422);
    HttpResponse<byte[]> none = http.post("dana", path, "{}", "f-4");
    assertThat(none.statusCode()).isEqualTo(422);
    assertThat(http.json(none).get("errors").get(0).get("field").asText()).isEqualTo("recipients");
    assertThat(http.post("dana", path, "{\"recipients\":", "f-5").statusCode()).isEqualTo(400);
    assertThat(state(server).requests().forwards()).hasSize(1);
  }

  @Test
  void export_csv_headerAndOneRowPerInvoice() throws Exception {
    HttpResponse<byte[]> response = http.get("lars", "/v1/invoices/export?format=csv&filter="
        + BillingHttp.enc("currency eq 'SEK'"));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(response.headers().firstValue("Content-Length")).isEmpty();
    String[] rows = new String(response.body(), StandardCharsets.UTF_8).split("\r\n");
    assertThat(rows[0]).startsWith("number,customerNumber,country,issueDate");
    long expected = 0;
    for (long k = 0; k < 2000; k++) {
      Invoice i = state(server).index().entry(k).invoice();
      expected += i.customerNumber().equals("1000001") && i.currency().equals("SEK") ? 1 : 0;
    }
    assertThat(rows.length - 1L).isEqualTo(expected);
    assertThat(rows[1]).contains(",SEK,");
  }

  @Test
  void export_xlsx_zipWithSheet() throws Exception {
    HttpResponse<byte[]> response = http.get("dana", "/v1/invoices/export?format=xlsx");
    assertThat(response.statusCode()).isEqualTo(200);
    List<String> names = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.body()))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        names.add(e.getName());
      }
    }
    assertThat(names).contains("[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml");
  }

  @Test
  void export_badFormatOrFilter_400() throws Exception {
    for (String query : List.of("", "?format=pdf")) {
      HttpResponse<byte[]> response = http.get("dana", "/v1/invoices/export" + query);
      assertThat(response.statusCode()).isEqualTo(400);
      JsonNode problem = http.json(response);
      assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("format");
      assertThat(problem.get("detail").asText()).contains("csv, xlsx");
    }
    HttpResponse<byte[]> badFilter = http.get("dana", "/v1/invoices/export?format=csv&filter=" + BillingHttp.enc("(("));
    assertThat(badFilter.statusCode()).isEqualTo(400);
    assertThat(http.json(badFilter).get("type").asText()).endsWith("/invalid-filter");
  }
}
