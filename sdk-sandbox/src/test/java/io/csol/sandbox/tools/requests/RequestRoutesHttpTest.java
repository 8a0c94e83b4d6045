package io.csol.sandbox.tools.requests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.csol.sandbox.SandboxOptions;
import io.csol.sandbox.SandboxServer;
import io.csol.sandbox.tools.billing.BillingHttp;
import io.csol.sandbox.tools.billing.BillingState;
import io.csol.sandbox.tools.billing.Invoice;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The routes of My requests over HTTP, every response checked against the contract. */
class RequestRoutesHttpTest {

  /** A Monday: respond-by is Tuesday, same time (1000001 is in SE). */
  static final Instant START = Instant.parse("2026-11-23T10:00:00Z");

  private static SandboxServer server;
  private static RequestsHttp http;
  private static BillingHttp json;

  @BeforeAll
  static void start() {
    server = SandboxServer.start(SandboxOptions.builder().port(0).seed(42).scale(1).clockStart(START).build());
    http = new RequestsHttp(server);
    json = http.json;
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void freeze() {
    server.clock().set(START);
    server.clock().freeze();
    signInAgain();
  }

  /** Moves the sandbox clock; tokens expire on it too, so everyone signs in again. */
  static void advance(Duration amount) {
    server.clock().advance(amount);
    signInAgain();
  }

  private static void signInAgain() {
    http = new RequestsHttp(server);
    json = http.json;
  }

  @AfterEach
  void reset() {
    server.reset();
  }

  private static final String QUESTION =
      "{\"category\":\"GENERAL\",\"subject\":\"Where is my order?\",\"description\":\"Order 77 has not arrived.\"}";

  @Test
  void createRequest_minimalBody_201WithLocationDefaultsAndOpeningMessage() throws Exception {
    HttpResponse<byte[]> created = json.post("lars", "/v1/requests", QUESTION, "create-1");
    assertThat(created.statusCode()).isEqualTo(201);
    JsonNode summary = json.json(created);
    String tn = summary.get("trackingNumber").asText();
    assertThat(tn).matches("R-2026-\\d{6}");
    assertThat(created.headers().firstValue("Location")).hasValue("/v1/requests/" + tn);
    assertThat(summary.get("link").asText()).isEqualTo("/v1/requests/" + tn);
    assertThat(summary.get("status").asText()).isEqualTo("SUBMITTED");
    assertThat(summary.get("customerNumber").asText()).isEqualTo("1000001");
    assertThat(summary.get("createdAt").asText()).isEqualTo("2026-11-23T10:00:00Z");
    assertThat(summary.get("respondBy").asText()).isEqualTo("2026-11-24T10:00:00Z");
    assertThat(summary.get("answered").asBoolean()).isFalse();
    assertThat(summary.get("waitingForCustomer").asBoolean()).isFalse();
    assertThat(summary.get("overdue").asBoolean()).isFalse();
    assertThat(summary.has("relatesTo")).isFalse();

    JsonNode full = json.getJson("lars", "/v1/requests/" + tn, 200);
    assertThat(full.get("contact").get("name").asText()).isEqualTo("Lars Holm");
    assertThat(full.get("contact").get("email").asText()).isEqualTo("lars@example.com");
    assertThat(full.get("description").asText()).isEqualTo("Order 77 has not arrived.");
    assertThat(full.get("messageCount").asInt()).isEqualTo(1);
    JsonNode messages = json.getJson("lars", "/v1/requests/" + tn + "/messages", 200).get("data");
    assertThat(messages).hasSize(1);
    assertThat(messages.get(0).get("author").asText()).isEqualTo("CUSTOMER");
    assertThat(messages.get(0).get("body").asText()).isEqualTo("Order 77 has not arrived.");
    assertThat(messages.get(0).get("id").asText()).matches("M-\\d+");

    HttpResponse<byte[]> replay = json.post("lars", "/v1/requests", QUESTION, "create-1");
    assertThat(replay.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    assertThat(json.json(replay).get("trackingNumber").asText()).isEqualTo(tn);
  }

  @Test
  void createRequest_invalidFields_422NamingEach() throws Exception {
    assertField(json.post("lars", "/v1/requests", "{\"category\":\"GENERAL\",\"subject\":\"s\",\"description\":\"d\","
        + "\"customerNumber\":\"1000002\"}", "bad-1"), 422, "customerNumber");
    assertField(json.post("lars", "/v1/requests", "{\"category\":\"INVOICES\",\"subject\":\"s\",\"description\":\"d\","
        + "\"relatesTo\":{\"type\":\"INVOICE\",\"id\":\"NO-SUCH-INVOICE\"}}", "bad-2"), 422, "relatesTo.id");
    assertField(json.post("lars", "/v1/requests", "{\"category\":\"GENERAL\",\"subject\":\"s\",\"description\":\"d\","
        + "\"attachmentIds\":[\"A-AAAAAAAAAAAAAAAA\"]}", "bad-3"), 422, "attachmentIds[0]");
    assertField(json.post("lars", "/v1/requests", "{\"category\":\"GENERAL\",\"subject\":\"   \",\"description\":\"d\"}",
        "bad-4"), 422, "subject");
    assertField(json.post("lars", "/v1/requests", "{\"category\":\"NOPE\",\"subject\":\"s\",\"description\":\"d\"}",
        "bad-5"), 422, "category");
  }

  @Test
  void createRequest_relatedInvoice_customerFromInvoiceAndInvisibleInvoiceRefused() throws Exception {
    Invoice invoice = find(i -> i.customerNumber().equals("1000003"));
    String body = "{\"category\":\"INVOICES\",\"subject\":\"Question on invoice\",\"description\":\"Why is the tax"
        + " rate 20%?\",\"relatesTo\":{\"type\":\"INVOICE\",\"id\":\"" + invoice.number() + "\"}}";
    JsonNode summary = http.open("dana", body, "inq-1");
    assertThat(summary.get("customerNumber").asText()).isEqualTo("1000003");
    assertThat(summary.get("relatesTo").get("type").asText()).isEqualTo("INVOICE");
    assertThat(summary.get("relatesTo").get("id").asText()).isEqualTo(invoice.number());
    assertField(json.post("lars", "/v1/requests", body, "inq-2"), 422, "relatesTo.id");
  }

  @Test
  void getRequest_ofCustomerNotHeldOrUnknown_404Everywhere() throws Exception {
    String tn = http.open("dana", QUESTION.replace("}", ",\"customerNumber\":\"1000002\"}"), "pia-1")
        .get("trackingNumber").asText();
    json.getJson("dana", "/v1/requests/" + tn, 200);
    assertProblem(json.get("lars", "/v1/requests/" + tn), 404, "not-found");
    assertProblem(json.get("lars", "/v1/requests/" + tn + "/messages"), 404, "not-found");
    assertProblem(json.post("lars", "/v1/requests/" + tn + "/messages", "{\"body\":\"hi\"}", "m-1"), 404, "not-found");
    assertProblem(json.post("lars", "/v1/requests/" + tn + "/close", "{}", "c-1"), 404, "not-found");
    assertProblem(json.get("lars", "/v1/requests/" + tn + "/attachments/A-AAAAAAAAAAAAAAAA"), 404, "not-found");
    assertProblem(json.get("lars", "/v1/requests/R-2026-999999"), 404, "not-found");
    JsonNode list = json.getJson("lars", "/v1/requests?filter=" + BillingHttp.enc("customerNumber eq '1000002'"), 200);
    assertThat(list.get("data")).isEmpty();
  }

  @Test
  void timeline_clockAdvanced_acknowledgedInProgressThenAnsweredBySupport() throws Exception {
    String since = json.getJson("lars", "/v1/requests/changes?limit=500", 200).get("nextSince").asText();
    String tn = http.open("lars", QUESTION, "t-1").get("trackingNumber").asText();
    advance(Duration.ofMinutes(15));
    assertThat(status(tn)).isEqualTo("ACKNOWLEDGED");
    advance(Duration.ofHours(2));
    assertThat(status(tn)).isEqualTo("IN_PROGRESS");
    advance(Duration.ofDays(2));
    JsonNode answered = json.getJson("lars", "/v1/requests/" + tn, 200);
    assertThat(answered.get("status").asText()).isEqualTo("ANSWERED");
    assertThat(answered.get("answered").asBoolean()).isTrue();
    assertThat(answered.get("waitingForCustomer").asBoolean()).isTrue();
    Instant answeredAt = Instant.parse(answered.get("answeredAt").asText());
    assertThat(answered.get("overdue").asBoolean())
        .isEqualTo(answeredAt.isAfter(Instant.parse(answered.get("respondBy").asText())));
    JsonNode messages = json.getJson("lars", "/v1/requests/" + tn + "/messages", 200).get("data");
    assertThat(messages).hasSize(2);
    assertThat(messages.get(1).get("author").asText()).isEqualTo("SUPPORT");
    assertThat(messages.get(1).get("authorName").asText()).startsWith("csol support");
    assertThat(messages.get(1).get("createdAt").asText()).isEqualTo(answered.get("answeredAt").asText());

    JsonNode changes = json.getJson("lars", "/v1/requests/changes?since=" + BillingHttp.enc(since), 200);
    List<String> ids = new ArrayList<>();
    changes.get("data").forEach(c -> ids.add(c.get("id").asText()));
    assertThat(ids).contains(tn);
    changes.get("data").forEach(c -> {
      if (c.get("id").asText().equals(tn)) {
        assertThat(c.get("record").get("status").asText()).isEqualTo("ANSWERED");
      }
    });
  }

  @Test
  void firstAnswer_aboutOneInFiveLate_andNeverBeforeInProgress() {
    int late = 0;
    for (int i = 0; i < 1000; i++) {
      String tn = String.format("R-2026-%06d", 100_001 + i);
      Instant respondBy = BusinessDays.respondBy(START, "SE");
      Instant answer = RequestStore.firstAnswer(tn, START, respondBy);
      assertThat(answer).isAfter(START.plus(RequestStore.ACKNOWLEDGE_AFTER).plus(RequestStore.PROGRESS_AFTER));
      if (answer.isAfter(respondBy)) {
        late++;
      }
    }
    assertThat(late).isBetween(150, 250);
  }

  @Test
  void addRequestMessage_onAnswered_backToInProgressAndAnsweredAgain_closedIs409() throws Exception {
    String tn = http.open("lars", QUESTION, "m-0").get("trackingNumber").asText();
    advance(Duration.ofDays(2));
    assertThat(status(tn)).isEqualTo("ANSWERED");
    HttpResponse<byte[]> added = json.post("lars", "/v1/requests/" + tn + "/messages",
        "{\"body\":\"Thanks, but the order is still missing.\"}", "m-1");
    assertThat(added.statusCode()).isEqualTo(201);
    assertThat(json.json(added).get("author").asText()).isEqualTo("CUSTOMER");
    assertThat(json.json(added).get("authorName").asText()).isEqualTo("Lars Holm");
    JsonNode reopened = json.getJson("lars", "/v1/requests/" + tn, 200);
    assertThat(reopened.get("status").asText()).isEqualTo("IN_PROGRESS");
    assertThat(reopened.get("waitingForCustomer").asBoolean()).isFalse();
    assertThat(reopened.get("answered").asBoolean()).isTrue();
    advance(Duration.ofHours(5));
    assertThat(status(tn)).isEqualTo("ANSWERED");
    assertThat(json.getJson("lars", "/v1/requests/" + tn + "/messages", 200).get("data")).hasSize(4);

    HttpResponse<byte[]> closed = json.post("lars", "/v1/requests/" + tn + "/close", "{}", "c-1");
    assertThat(closed.statusCode()).isEqualTo(200);
    assertThat(json.json(closed).get("status").asText()).isEqualTo("CLOSED");
    assertThat(json.json(closed).get("closedAt").asText()).isNotEmpty();
    assertThat(json.json(closed).get("waitingForCustomer").asBoolean()).isFalse();
    assertProblem(json.post("lars", "/v1/requests/" + tn + "/messages", "{\"body\":\"one more\"}", "m-2"), 409,
        "conflict");
    assertProblem(json.post("lars", "/v1/requests/" + tn + "/close", "{}", "c-2"), 409, "conflict");
    assertThat(json.post("lars", "/v1/requests/" + tn + "/close", "{}", "c-1").headers()
        .firstValue("Idempotent-Replayed")).hasValue("true");
  }

  @Test
  void customerMessageAndClose_answerFellDueAfterTheRouteCaughtUp_answerComesFirst() throws Exception {
    // a route ran advance() and found the request; the clock then moved (another thread, real time)
    // before it added the message: the answer due meanwhile must be given before the message
    String tn = http.open("lars", QUESTION, "race-0").get("trackingNumber").asText();
    RequestStore store = server.shared(RequestStore.class, () -> null);
    SupportRequest seen = store.find(tn, List.of("1000001")).orElseThrow();
    advance(Duration.ofDays(2));

    store.customerMessage(seen, "Lars Holm", "Still missing.", List.of());
    store.advance();

    List<Message> messages = store.messages(tn);
    assertThat(messages).extracting(Message::author).containsExactly("CUSTOMER", "SUPPORT", "CUSTOMER");
    assertThat(messages).extracting(Message::createdAt).isSorted();
    SupportRequest reopened = store.request(tn).orElseThrow();
    assertThat(reopened.status()).as("the message reopened the answered request").isEqualTo("IN_PROGRESS");
    assertThat(reopened.waitingForCustomer()).isFalse();

    String other = http.open("lars", QUESTION, "race-1").get("trackingNumber").asText();
    SupportRequest before = store.find(other, List.of("1000001")).orElseThrow();
    advance(Duration.ofDays(2));
    SupportRequest closed = store.close(before);
    assertThat(closed.answeredAt()).as("answered before it was closed").isNotNull().isBefore(closed.closedAt());
  }

  @Test
  void addRequestMessage_blankOrTooLong_422NamingBody() throws Exception {
    String tn = http.open("lars", QUESTION, "b-0").get("trackingNumber").asText();
    assertField(json.post("lars", "/v1/requests/" + tn + "/messages", "{\"body\":\"  \"}", "b-1"), 422, "body");
    assertField(json.post("lars", "/v1/requests/" + tn + "/messages", "{\"body\":\"" + "x".repeat(10_001) + "\"}",
        "b-2"), 422, "body");
  }

  @Test
  void listRequestMessages_paged_cursorAndLinkThenBadCursor400() throws Exception {
    String tn = http.open("lars", QUESTION, "p-0").get("trackingNumber").asText();
    json.post("lars", "/v1/requests/" + tn + "/messages", "{\"body\":\"second\"}", "p-1");
    json.post("lars", "/v1/requests/" + tn + "/messages", "{\"body\":\"third\"}", "p-2");
    HttpResponse<byte[]> first = json.get("lars", "/v1/requests/" + tn + "/messages?limit=2&totalCount=true");
    JsonNode page = json.json(first);
    assertThat(page.get("data")).hasSize(2);
    assertThat(page.get("totalCount").asInt()).isEqualTo(3);
    assertThat(first.headers().firstValue("Link")).hasValueSatisfying(l -> assertThat(l).contains("rel=\"next\""));
    JsonNode second = json.getJson("lars", "/v1/requests/" + tn + "/messages?limit=2&cursor="
        + page.get("nextCursor").asText(), 200);
    assertThat(second.get("data")).hasSize(1);
    assertThat(second.get("data").get(0).get("body").asText()).isEqualTo("third");
    assertThat(second.has("nextCursor")).isFalse();
    assertProblem(json.get("lars", "/v1/requests/" + tn + "/messages?cursor=bm9wZQ"), 400, "invalid-cursor");
  }

  @Test
  void seeded_lateWaitingClosedAndFresh_presentForLars() throws Exception {
    JsonNode overdue = json.getJson("lars", "/v1/requests?filter=" + BillingHttp.enc("overdue eq true and answered eq false"), 200);
    assertThat(overdue.get("data")).isNotEmpty();
    overdue.get("data").forEach(r -> {
      assertThat(r.get("overdue").asBoolean()).isTrue();
      assertThat(r.get("answered").asBoolean()).isFalse();
    });
    assertThat(values(overdue, "category")).contains("ORDERS");
    JsonNode waiting = json.getJson("lars", "/v1/requests?filter=" + BillingHttp.enc("waitingForCustomer eq true"), 200);
    assertThat(values(waiting, "category")).contains("INVENTORY");
    waiting.get("data").forEach(r -> assertThat(r.get("status").asText()).isEqualTo("ANSWERED"));
    JsonNode closed = json.getJson("lars", "/v1/requests?filter=" + BillingHttp.enc("status eq CLOSED"), 200);
    assertThat(values(closed, "category")).containsExactly("GENERAL");
    JsonNode fresh = json.getJson("lars", "/v1/requests?filter=" + BillingHttp.enc("status eq SUBMITTED"), 200);
    assertThat(values(fresh, "category")).containsExactly("STATEMENTS");
    JsonNode all = json.getJson("lars", "/v1/requests?limit=500", 200);
    all.get("data").forEach(r -> assertThat(r.get("customerNumber").asText()).isEqualTo("1000001"));
    List<String> created = values(all, "createdAt");
    assertThat(created).isSortedAccordingTo((a, b) -> Instant.parse(b).compareTo(Instant.parse(a)));
  }

  @Test
  void listRequests_filtersAndSort_matchTheRecords() throws Exception {
    JsonNode invoices = json.getJson("dana", "/v1/requests?limit=500&filter="
        + BillingHttp.enc("category eq INVOICES and customerNumber eq '1000002'") + "&sort=trackingNumber", 200);
    assertThat(invoices.get("data")).isNotEmpty();
    invoices.get("data").forEach(r -> {
      assertThat(r.get("category").asText()).isEqualTo("INVOICES");
      assertThat(r.get("customerNumber").asText()).isEqualTo("1000002");
    });
    assertThat(values(invoices, "trackingNumber")).isSorted();
    JsonNode first = invoices.get("data").get(0);
    String invoiceNumber = first.get("relatesTo").get("id").asText();
    JsonNode related = json.getJson("dana", "/v1/requests?filter=" + BillingHttp.enc(
        "relatesTo.type eq INVOICE and relatesTo.id eq '" + invoiceNumber + "'"), 200);
    assertThat(values(related, "trackingNumber")).containsExactly(first.get("trackingNumber").asText());
    JsonNode partial = json.getJson("dana", "/v1/requests?limit=3&fields=status", 200);
    partial.get("data").forEach(r -> assertThat(r.size()).isEqualTo(2));
    assertProblem(json.get("dana", "/v1/requests?sort=subject"), 400, "invalid-request");
    assertProblem(json.get("dana", "/v1/requests?filter=" + BillingHttp.enc("overdue eq maybe")), 400,
        "invalid-filter");
  }

  @Test
  void seededDispute_trackingNumberResolvesToItsInvoiceRequest() throws Exception {
    Invoice disputed = find(i -> i.customerNumber().equals("1000001") && i.disputeTrackingNumber() != null);
    JsonNode request = json.getJson("lars", "/v1/requests/" + disputed.disputeTrackingNumber(), 200);
    assertThat(request.get("category").asText()).isEqualTo("INVOICES");
    assertThat(request.get("relatesTo").get("type").asText()).isEqualTo("INVOICE");
    assertThat(request.get("relatesTo").get("id").asText()).isEqualTo(disputed.number());
    assertThat(request.get("messageCount").asInt()).isGreaterThanOrEqualTo(1);
  }

  @Test
  void disputeInvoice_location_resolvesToTheOpenedRequest() throws Exception {
    Invoice invoice = find(i -> i.customerNumber().equals("1000001") && i.approvalStatus().equals("PENDING")
        && i.openAmount().minor() > 0);
    HttpResponse<byte[]> dispute = json.post("lars", "/v1/invoices/" + invoice.number() + "/dispute",
        "{\"reason\":\"PRICE\",\"details\":\"Unit price differs from the contract.\"}", "d-1");
    assertThat(dispute.statusCode()).isEqualTo(201);
    String location = dispute.headers().firstValue("Location").orElseThrow();
    JsonNode request = json.getJson("lars", location, 200);
    assertThat(request.get("trackingNumber").asText())
        .isEqualTo(json.json(dispute).get("request").get("trackingNumber").asText());
    assertThat(request.get("status").asText()).isEqualTo("SUBMITTED");
    assertThat(request.get("relatesTo").get("id").asText()).isEqualTo(invoice.number());
    assertThat(request.get("description").asText()).isEqualTo("Unit price differs from the contract.");
  }

  @Test
  void requestEntitlement_opensAnAccountRequest_andTheSeededOneResolves() throws Exception {
    HttpResponse<byte[]> asked = json.post("pia", "/v1/entitlements",
        "{\"tool\":\"ORDERS\",\"customerNumber\":\"1000002\",\"country\":\"DE\",\"justification\":\"Order tracking\"}",
        "e-1");
    assertThat(asked.statusCode()).isEqualTo(202);
    String tn = json.json(asked).get("trackingNumber").asText();
    JsonNode request = json.getJson("pia", "/v1/requests/" + tn, 200);
    assertThat(request.get("category").asText()).isEqualTo("ACCOUNT");
    assertThat(request.get("relatesTo").get("type").asText()).isEqualTo("ENTITLEMENT");
    assertThat(request.get("relatesTo").get("id").asText()).isEqualTo("ORDERS:1000002");
    assertThat(request.get("description").asText()).isEqualTo("Order tracking");
    assertThat(json.getJson("pia", "/v1/requests/R-2026-000042", 200).get("category").asText()).isEqualTo("ACCOUNT");
  }

  private static String status(String tn) throws Exception {
    return json.getJson("lars", "/v1/requests/" + tn, 200).get("status").asText();
  }

  private static List<String> values(JsonNode page, String field) {
    List<String> out = new ArrayList<>();
    page.get("data").forEach(r -> out.add(r.get(field).asText()));
    return out;
  }

  private static Invoice find(Predicate<Invoice> match) {
    BillingState state = BillingHttp.state(server);
    for (long k = 0; k < state.generator().invoiceCount(); k++) {
      Invoice invoice = state.index().entry(k).invoice();
      if (match.test(invoice)) {
        return invoice;
      }
    }
    throw new AssertionError("no such invoice");
  }

  static void assertProblem(HttpResponse<byte[]> response, int status, String slug) throws Exception {
    assertThat(response.statusCode()).as(new String(response.body())).isEqualTo(status);
    assertThat(BillingHttp.MAPPER.readTree(response.body()).get("type").asText()).endsWith("/" + slug);
  }

  static void assertField(HttpResponse<byte[]> response, int status, String field) throws Exception {
    assertThat(response.statusCode()).as(new String(response.body())).isEqualTo(status);
    List<String> fields = new ArrayList<>();
    BillingHttp.MAPPER.readTree(response.body()).path("errors").forEach(e -> fields.add(e.get("field").asText()));
    assertThat(fields).contains(field);
  }
}
