package io.csol.sandbox.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.csol.sandbox.contract.ContractClient.Exchange;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Validates real sandbox traffic of the Invoices and Statements tools against {@code api/openapi.yaml}. */
class BillingContractTest extends ContractTestBase {

  private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Test
  void invoices_searchPagesWithTotal_matchSpec() {
    String token = dana();
    Exchange first = valid(api.get("/v1/invoices").bearer(token).query("limit", "3").query("totalCount", "true")
        .query("sort", "-dueDate").send(), 200);
    Exchange second = valid(api.get("/v1/invoices").bearer(token).query("limit", "3").query("sort", "-dueDate")
        .query("cursor", first.json().path("nextCursor").asText()).send(), 200);

    assertThat(first.json().path("data")).hasSize(3);
    assertThat(first.json().path("data").get(0).has("lines")).as("search omits lines").isFalse();
    assertThat(first.json().path("totalCount").asLong()).isGreaterThan(3);
    assertThat(second.json().path("data")).isNotEmpty();
  }

  @Test
  void invoices_filterAndFields_matchSpec() {
    JsonNode data = valid(api.get("/v1/invoices").bearer(dana())
        .query("filter", "status in (OPEN, OVERDUE) and currency eq 'EUR'")
        .query("fields", "number,status,openAmount").query("limit", "5").send(), 200).json().path("data");

    assertThat(data).isNotEmpty().allSatisfy(invoice -> assertThat(fieldNames(invoice))
        .containsExactlyInAnyOrder("number", "status", "openAmount"));
  }

  @Test
  void statementLines_fieldsWithoutId_holdSelectedFieldsPlusId() {
    JsonNode data = valid(api.get("/v1/statements/lines").bearer(dana()).query("fields", "documentType,amount")
        .query("limit", "3").send(), 200).json().path("data");

    assertThat(data).isNotEmpty().allSatisfy(line -> assertThat(fieldNames(line))
        .containsExactlyInAnyOrder("id", "documentType", "amount"));
  }

  @Test
  void records_holdOnlyPropertiesTheirSchemaDeclares() {
    // the schemas allow extra properties (clients ignore them), so the validator cannot see an undeclared one
    String token = dana();
    JsonNode invoices = valid(api.get("/v1/invoices").bearer(token).query("limit", "20").send(), 200).json();
    JsonNode invoice = valid(api.get("/v1/invoices/" + invoices.path("data").get(0).path("number").asText())
        .bearer(token).send(), 200).json();
    JsonNode lines = valid(api.get("/v1/statements/lines").bearer(token).query("limit", "50").send(), 200).json();
    JsonNode summaries = valid(api.get("/v1/statements/summaries").bearer(token).send(), 200).json();
    JsonNode creditNote = valid(api.get("/v1/credit-notes/" + firstLine(token, "CREDIT_NOTE")
        .path("documentNumber").asText()).bearer(token).send(), 200).json();
    JsonNode payment = valid(api.get("/v1/payments/" + firstLine(token, "PAYMENT").path("documentNumber").asText())
        .bearer(token).send(), 200).json();

    invoices.path("data").forEach(r -> assertDeclared(r, "InvoiceSummary"));
    assertDeclared(invoice, "Invoice");
    invoice.path("lines").forEach(r -> assertDeclared(r, "InvoiceLine"));
    lines.path("data").forEach(r -> assertDeclared(r, "StatementLine"));
    summaries.path("data").forEach(r -> assertDeclared(r, "StatementSummary"));
    assertDeclared(creditNote, "CreditNote");
    assertDeclared(payment, "Payment");
  }

  private static void assertDeclared(JsonNode record, String schema) {
    assertThat(fieldNames(record)).as(schema + " properties of " + record)
        .isSubsetOf(ContractCollections.properties(schema));
  }

  private static List<String> fieldNames(JsonNode record) {
    List<String> names = new ArrayList<>();
    record.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void invoices_badFilter_isInvalidFilterNamingFilter() {
    JsonNode body = problem(api.get("/v1/invoices").bearer(dana()).query("filter", "status eq").send(),
        400, "invalid-filter");

    assertThat(body.path("errors").get(0).path("field").asText()).isEqualTo("filter");
  }

  @Test
  void invoices_unsortableFieldOrBadLimit_isInvalidRequestNamingIt() {
    String token = dana();
    JsonNode sort = problem(api.get("/v1/invoices").bearer(token).query("sort", "purchaseOrderNumber").send(),
        400, "invalid-request");
    JsonNode limit = problemForInvalidRequest(api.get("/v1/invoices").bearer(token).query("limit", "501").send(),
        400, "invalid-request");

    assertThat(sort.path("errors").get(0).path("field").asText()).isEqualTo("sort");
    assertThat(limit.path("errors").get(0).path("field").asText()).isEqualTo("limit");
  }

  @Test
  void invoices_tamperedCursor_isInvalidCursor() {
    problem(api.get("/v1/invoices").bearer(dana()).query("cursor", "bm90LWEtY3Vyc29y").send(), 400, "invalid-cursor");
  }

  @Test
  void invoices_pendingEntitlement_isNotEntitledNamingCustomer() {
    JsonNode body = problem(api.get("/v1/invoices").bearer(login("pia", "demo-password-3")).send(),
        403, "not-entitled");

    assertThat(body.path("tool").asText()).isEqualTo("INVOICES");
    assertThat(body.path("customerNumber").asText()).isEqualTo("1000002");
    assertThat(body.path("country").asText()).isEqualTo("DE");
  }

  @Test
  void invoice_getWithLines_matchesSpec() {
    String token = dana();
    String number = firstInvoice(token, "status eq OPEN");

    JsonNode invoice = valid(api.get("/v1/invoices/" + number).bearer(token).send(), 200).json();

    assertThat(invoice.path("lines")).isNotEmpty();
  }

  @Test
  void invoice_ofCustomerNotHeld_isNotFoundNamingNothing() {
    String number = firstInvoice(dana(), "customerNumber eq '1000002'");

    JsonNode body = problem(api.get("/v1/invoices/" + number).bearer(login("lars", "demo-password-2")).send(),
        404, "not-found");

    assertThat(body.has("customerNumber")).isFalse();
    assertThat(body.has("country")).isFalse();
  }

  @Test
  void invoice_ofCustomerHeldWithoutActiveEntitlement_isNotEntitledNamingThatCustomer() {
    String number = firstInvoice(dana(), "customerNumber eq '1000002'");

    JsonNode body = problem(api.get("/v1/invoices/" + number).bearer(login("pia", "demo-password-3")).send(),
        403, "not-entitled");

    assertThat(body.path("customerNumber").asText()).isEqualTo("1000002");
    assertThat(body.path("country").asText()).isEqualTo("DE");
  }

  @Test
  void invoices_krw_amountsHaveNoMinorDigits() {
    String token = dana();
    String number = firstInvoice(token, "currency eq 'KRW'");

    JsonNode invoice = valid(api.get("/v1/invoices/" + number).bearer(token).send(), 200).json();

    assertThat(invoice.path("total").path("amount").asText()).doesNotContain(".");
  }

  @Test
  void invoice_unknownNumber_isNotFound() {
    problem(api.get("/v1/invoices/0000000000").bearer(dana()).send(), 404, "not-found");
  }

  @Test
  void invoice_approve_matchesSpec() {
    String token = dana();
    String number = firstInvoice(token, "approvalStatus eq PENDING and status eq OPEN");

    JsonNode invoice = valid(api.post("/v1/invoices/" + number + "/approve").bearer(token)
        .header("Idempotency-Key", "contract-approve").json("{\"comment\":\"checked\"}").send(), 200).json();

    assertThat(invoice.path("approvalStatus").asText()).isEqualTo("APPROVED");
  }

  @Test
  void invoice_disputeThenApprove_isCreatedThenConflict() {
    String token = dana();
    String number = firstInvoice(token, "approvalStatus eq PENDING and status eq OPEN");

    Exchange dispute = valid(api.post("/v1/invoices/" + number + "/dispute").bearer(token)
        .header("Idempotency-Key", "contract-dispute")
        .json("{\"reason\":\"PRICE\",\"details\":\"unit price differs from the contract\"}").send(), 201);
    problem(api.post("/v1/invoices/" + number + "/approve").bearer(token).header("Idempotency-Key", "contract-a2")
        .send(), 409, "conflict");

    assertThat(dispute.json().path("request").path("trackingNumber").asText()).startsWith("R-");
  }

  @Test
  void invoice_forwardAndInvalidRecipient_matchSpec() {
    String token = dana();
    String number = firstInvoice(token, "status eq OPEN");

    valid(api.post("/v1/invoices/" + number + "/forward").bearer(token).header("Idempotency-Key", "contract-fwd")
        .json("{\"recipients\":[\"ap@example.com\"],\"message\":\"for your records\"}").send(), 202);
    Exchange bad = api.post("/v1/invoices/" + number + "/forward").bearer(token).header("Idempotency-Key", "contract-f2")
        .json("{\"recipients\":[\"not-an-address\"]}").send();

    assertThat(bad.status()).isEqualTo(422);
    assertThat(bad.json().path("type").asText()).isEqualTo("https://csol.io/problems/validation-failed");
  }

  @Test
  void invoice_image_isPdfWithDigestHeaders() {
    String token = dana();
    Exchange pdf = valid(api.get("/v1/invoices/" + firstInvoice(token, "status eq OPEN") + "/image").bearer(token)
        .send(), 200);

    assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
  }

  @Test
  void invoices_exportCsvAndXlsx_matchSpec() {
    String token = dana();
    Exchange csv = valid(api.get("/v1/invoices/export").bearer(token).query("format", "csv")
        .query("filter", "customerNumber eq '1000001'").send(), 200);
    Exchange xlsx = valid(api.get("/v1/invoices/export").bearer(token).query("format", "xlsx")
        .query("filter", "customerNumber eq '1000001'").send(), 200);

    assertThat(csv.header("Content-Type")).startsWith("text/csv");
    assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains("number");
    assertThat(xlsx.header("Content-Type")).startsWith(XLSX);
    assertThat(new String(xlsx.body(), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
  }

  @Test
  void invoices_changesFeed_matchesSpec() {
    String token = dana();
    Exchange first = valid(api.get("/v1/invoices/changes").bearer(token).query("limit", "5").send(), 200);
    Exchange next = valid(api.get("/v1/invoices/changes").bearer(token).query("limit", "5")
        .query("since", first.json().path("nextSince").asText()).send(), 200);

    assertThat(first.json().path("data")).hasSize(5);
    assertThat(first.json().path("hasMore").asBoolean()).isTrue();
    assertThat(next.json().path("data")).isNotEmpty();
  }

  @Test
  void statements_summaries_matchSpec() {
    JsonNode data = valid(api.get("/v1/statements/summaries").bearer(dana()).query("filter", "currency eq 'EUR'")
        .query("totalCount", "true").send(), 200).json().path("data");

    assertThat(data).isNotEmpty().allSatisfy(s -> assertThat(s.path("currency").asText()).isEqualTo("EUR"));
  }

  @Test
  void statementLines_listGetAndDocument_matchSpec() {
    String token = dana();
    JsonNode line = valid(api.get("/v1/statements/lines").bearer(token).query("filter", "documentType eq INVOICE")
        .query("sort", "-documentDate").query("limit", "2").send(), 200).json().path("data").get(0);
    String id = line.path("id").asText();

    valid(api.get("/v1/statements/lines/" + id).bearer(token).send(), 200);
    Exchange pdf = valid(api.get("/v1/statements/lines/" + id + "/document").bearer(token).send(), 200);

    assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
  }

  @Test
  void statementLines_changesAndExport_matchSpec() {
    String token = dana();
    valid(api.get("/v1/statements/lines/changes").bearer(token).query("limit", "3").send(), 200);
    Exchange csv = valid(api.get("/v1/statements/lines/export").bearer(token).query("format", "csv")
        .query("filter", "customerNumber eq '1000002'").send(), 200);

    assertThat(csv.header("Content-Type")).startsWith("text/csv");
  }

  @Test
  void creditNoteAndPayment_byNumber_matchSpec() {
    String token = dana();
    String creditNote = firstLine(token, "CREDIT_NOTE").path("documentNumber").asText();
    String payment = firstLine(token, "PAYMENT").path("documentNumber").asText();

    valid(api.get("/v1/credit-notes/" + creditNote).bearer(token).send(), 200);
    valid(api.get("/v1/payments/" + payment).bearer(token).send(), 200);
    problem(api.get("/v1/payments/PAY-NONE").bearer(token).send(), 404, "not-found");
  }

  private static String firstInvoice(String token, String filter) {
    JsonNode data = valid(api.get("/v1/invoices").bearer(token).query("filter", filter).query("limit", "1").send(), 200)
        .json().path("data");
    assertThat(data).as("an invoice matching " + filter).isNotEmpty();
    return data.get(0).path("number").asText();
  }

  private static JsonNode firstLine(String token, String documentType) {
    JsonNode data = valid(api.get("/v1/statements/lines").bearer(token)
        .query("filter", "documentType eq " + documentType).query("limit", "1").send(), 200).json().path("data");
    assertThat(data).as("a " + documentType + " line").isNotEmpty();
    return data.get(0);
  }
}
