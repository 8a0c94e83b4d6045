package io.csol.sandbox.tools.requests;

import static io.csol.sandbox.tools.requests.RequestRoutesHttpTest.assertField;
import static io.csol.sandbox.tools.requests.RequestRoutesHttpTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.csol.sandbox.Faults;
import io.csol.sandbox.SandboxOptions;
import io.csol.sandbox.SandboxServer;
import io.csol.sandbox.spi.ProblemException;
import io.csol.sandbox.tools.billing.BillingHttp;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Staged uploads and downloads of attachments over HTTP, every response checked against the contract. */
class AttachmentsHttpTest {

  private static SandboxServer server;
  private static RequestsHttp http;

  @BeforeAll
  static void start() {
    server = SandboxServer.start(SandboxOptions.builder().port(0).seed(42).scale(1)
        .clockStart(RequestRoutesHttpTest.START).build());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void freeze() {
    server.clock().set(RequestRoutesHttpTest.START);
    server.clock().freeze();
    http = new RequestsHttp(server);
  }

  @AfterEach
  void reset() {
    server.reset();
  }

  private static RequestStore store() {
    return server.shared(RequestStore.class, () -> null);
  }

  private static final String CSV = "sku;price\nP-100;12.50\n";

  @Test
  void uploadAttachment_thenAttachAndDownload_sameBytesWithDigestsAndName() throws Exception {
    JsonNode staged = http.stage("lars", "price check.csv", CSV, "up-1");
    String id = staged.get("id").asText();
    byte[] bytes = CSV.getBytes(StandardCharsets.UTF_8);
    String hex = HexFormat.of().formatHex(RequestsHttp.sha256(bytes));
    assertThat(id).matches("A-[A-Za-z0-9_-]{12,32}");
    assertThat(staged.get("size").asLong()).isEqualTo(bytes.length);
    assertThat(staged.get("sha256").asText()).isEqualTo(hex);
    assertThat(staged.get("mediaType").asText()).isEqualTo("text/csv");
    assertThat(staged.has("trackingNumber")).isFalse();

    String tn = http.open("lars", "{\"category\":\"ORDERS\",\"subject\":\"Prices\",\"description\":\"See the file.\","
        + "\"attachmentIds\":[\"" + id + "\"]}", "open-1").get("trackingNumber").asText();
    JsonNode attached = http.json.getJson("lars", "/v1/requests/" + tn + "/messages", 200)
        .get("data").get(0).get("attachments").get(0);
    assertThat(attached.get("id").asText()).isEqualTo(id);
    assertThat(attached.get("trackingNumber").asText()).isEqualTo(tn);
    assertThat(attached.get("messageId").asText()).matches("M-\\d+");

    HttpResponse<byte[]> download = http.json.get("lars", "/v1/requests/" + tn + "/attachments/" + id);
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(bytes);
    assertThat(download.headers().firstValue("Content-Type")).hasValue("text/csv");
    assertThat(download.headers().firstValueAsLong("Content-Length")).hasValue(bytes.length);
    assertThat(download.headers().firstValue("ETag")).hasValue("\"" + hex + "\"");
    assertThat(download.headers().firstValue("Repr-Digest")).hasValue(RequestsHttp.digest(bytes));
    assertThat(download.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"price check.csv\"");

    // used once: neither the uploader nor anyone else can attach it again
    assertField(http.json.post("lars", "/v1/requests", "{\"category\":\"ORDERS\",\"subject\":\"s\",\"description\":"
        + "\"d\",\"attachmentIds\":[\"" + id + "\"]}", "open-2"), 422, "attachmentIds[0]");
    // another request does not serve it
    String other = http.open("lars", "{\"category\":\"ORDERS\",\"subject\":\"s\",\"description\":\"d\"}", "open-3")
        .get("trackingNumber").asText();
    assertProblem(http.json.get("lars", "/v1/requests/" + other + "/attachments/" + id), 404, "not-found");
  }

  @Test
  void uploadAttachment_maximumSize_acceptedAndDownloadedIntact() throws Exception {
    byte[] bytes = new byte[(int) Attachments.MAX_SIZE];
    new SplittableRandom(7).nextBytes(bytes);
    HttpResponse<byte[]> up = http.upload("lars", "big.zip", "application/zip", bytes, RequestsHttp.digest(bytes),
        "big-1");
    assertThat(up.statusCode()).isEqualTo(201);
    String id = http.json.json(up).get("id").asText();
    String tn = http.open("lars", "{\"category\":\"GENERAL\",\"subject\":\"Logs\",\"description\":\"Attached.\","
        + "\"attachmentIds\":[\"" + id + "\"]}", "big-open").get("trackingNumber").asText();
    HttpResponse<byte[]> down = http.json.get("lars", "/v1/requests/" + tn + "/attachments/" + id);
    assertThat(down.headers().firstValueAsLong("Content-Length")).hasValue(Attachments.MAX_SIZE);
    assertThat(RequestsHttp.sha256(down.body())).isEqualTo(RequestsHttp.sha256(bytes));
  }

  @Test
  void uploadAttachment_sameKeyAgain_sameAttachmentStoredOnce_otherDigest422() throws Exception {
    JsonNode first = http.stage("lars", "a.csv", CSV, "same-1");
    byte[] bytes = CSV.getBytes(StandardCharsets.UTF_8);
    HttpResponse<byte[]> again = http.upload("lars", "a.csv", "text/csv", bytes, RequestsHttp.digest(bytes), "same-1");
    assertThat(again.statusCode()).isEqualTo(201);
    assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    assertThat(http.json.json(again).get("id").asText()).isEqualTo(first.get("id").asText());
    assertThat(store().attachmentCount()).isEqualTo(1);
    byte[] other = "other".getBytes(StandardCharsets.UTF_8);
    assertProblem(http.upload("lars", "a.csv", "text/csv", other, RequestsHttp.digest(other), "same-1"), 422,
        "idempotency-key-reused");
  }

  @Test
  void uploadAttachment_resetAfterHandler_retryWithSameKeyStoredExactlyOnce() throws Exception {
    server.faults().add(Faults.Rule.of("/v1/attachments", Faults.Kind.RESET_AFTER_HANDLER).times(1));
    byte[] bytes = new byte[300_000];
    new SplittableRandom(3).nextBytes(bytes);
    assertThatThrownBy(() -> http.upload("lars", "scan.pdf", "application/pdf", bytes, RequestsHttp.digest(bytes),
        "reset-1")).isInstanceOf(IOException.class);
    assertThat(store().attachmentCount()).isEqualTo(1);
    HttpResponse<byte[]> retry = http.upload("lars", "scan.pdf", "application/pdf", bytes, RequestsHttp.digest(bytes),
        "reset-1");
    assertThat(retry.statusCode()).isEqualTo(201);
    assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    assertThat(store().attachmentCount()).isEqualTo(1);
    // the connection stays usable after a replay whose body the server read to its end
    assertThat(http.json.get("lars", "/v1/requests?limit=1").statusCode()).isEqualTo(200);
  }

  @Test
  void uploadAttachment_declaredOver25MiB_413BeforeTheBodyIsSentThenClosed() throws Exception {
    String token = http.json.token("lars");
    int port = server.baseUri().getPort();
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      String head = "POST /v1/attachments?name=huge.zip HTTP/1.1\r\n"
          + "Host: 127.0.0.1:" + port + "\r\n"
          + "Authorization: Bearer " + token + "\r\n"
          + "Content-Type: application/zip\r\n"
          + "Content-Length: " + (30L * 1024 * 1024) + "\r\n"
          + "Content-Digest: sha-256=:" + Base64.getEncoder().encodeToString(new byte[32]) + ":\r\n"
          + "Idempotency-Key: huge-1\r\n\r\n";
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(new byte[16 * 1024]); // 16 KiB of 30 MiB: the rest is never sent
      out.flush();
      String response = readResponse(socket.getInputStream());
      assertThat(response).startsWith("HTTP/1.1 413");
      assertThat(response.toLowerCase(java.util.Locale.ROOT)).contains("\r\nconnection: close\r\n");
      assertThat(response).contains("payload-too-large");
    }
    assertThat(store().attachmentCount()).isZero();
  }

  /** Reads one HTTP response (head and Content-Length body) without waiting for the connection to end. */
  private static String readResponse(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    while (!head.toString().endsWith("\r\n\r\n")) {
      int c = in.read();
      if (c < 0) {
        break;
      }
      head.append((char) c);
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)content-length: (\\d+)").matcher(head);
    int length = m.find() ? Integer.parseInt(m.group(1)) : 0;
    return head + new String(in.readNBytes(length), StandardCharsets.UTF_8);
  }

  @Test
  void uploadAttachment_badHeadersOrContent_documentedProblems() throws Exception {
    byte[] bytes = CSV.getBytes(StandardCharsets.UTF_8);
    String digest = RequestsHttp.digest(bytes);
    assertProblem(http.upload("lars", "a.gif", "image/gif", bytes, digest, "bad-1"), 415, "unsupported-media-type");
    assertProblem(http.upload("lars", "a.csv", null, bytes, digest, "bad-2"), 415, "unsupported-media-type");
    HttpResponse<byte[]> mismatch = http.upload("lars", "a.csv", "text/csv", "tampered".getBytes(StandardCharsets.UTF_8),
        digest, "bad-3");
    assertProblem(mismatch, 422, "digest-mismatch");
    assertField(mismatch, 422, "Content-Digest");
    // damaged on the way is not the request sent: the same key uploads again
    assertThat(http.upload("lars", "a.csv", "text/csv", bytes, digest, "bad-3").statusCode()).isEqualTo(201);
    assertField(http.upload("lars", "report.pdf", "text/csv", bytes, digest, "bad-4"), 422, "name");
    assertField(http.upload("lars", ".csv", "text/csv", bytes, digest, "bad-5"), 422, "name");
    assertField(http.upload("lars", "../etc/a.csv", "text/csv", bytes, digest, "bad-6"), 400, "name");
    assertField(http.upload("lars", "a.csv", "text/csv", bytes, "md5=:abc:", "bad-7"), 400, "Content-Digest");
    assertField(http.upload("lars", "a.csv", "text/csv", bytes, digest, null), 400, "Idempotency-Key");
    assertField(http.upload("lars", "a.csv", "text/csv", new byte[0], RequestsHttp.digest(new byte[0]), "bad-8"), 422,
        "body");
    assertThat(store().attachmentCount()).isEqualTo(1);
  }

  @Test
  void uploadAttachment_storageFull_503WithRetryAfterAndNothingRead() throws Exception {
    byte[] bytes = CSV.getBytes(StandardCharsets.UTF_8);
    http.stage("lars", "first.csv", CSV, "full-0"); // the store exists
    store().reserve(RequestStore.MAX_STORED_BYTES - bytes.length);
    try {
      HttpResponse<byte[]> full = http.upload("lars", "a.csv", "text/csv", bytes, RequestsHttp.digest(bytes), "full-1");
      assertProblem(full, 503, "unavailable");
      assertThat(full.headers().firstValue("Retry-After")).hasValue("60");
    } finally {
      store().release(RequestStore.MAX_STORED_BYTES - bytes.length);
    }
    // a 5xx is not kept for the key: the retry stores it
    assertThat(http.upload("lars", "a.csv", "text/csv", bytes, RequestsHttp.digest(bytes), "full-1").statusCode())
        .isEqualTo(201);
  }

  @Test
  void uploadAttachment_chunked_411LengthRequired() throws Exception {
    byte[] bytes = CSV.getBytes(StandardCharsets.UTF_8);
    HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUri() + "/v1/attachments?name=a.csv"))
        .header("Authorization", "Bearer " + http.json.token("lars"))
        .header("Content-Type", "text/csv").header("Content-Digest", RequestsHttp.digest(bytes))
        .header("Idempotency-Key", "chunked-1")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))).build();
    HttpResponse<byte[]> response = RequestsHttp.checked(http.client().send(request,
        HttpResponse.BodyHandlers.ofByteArray()));
    assertProblem(response, 411, "length-required");
  }

  @Test
  void uploadAttachment_unused24Hours_droppedAndRefusedOnUse() throws Exception {
    String id = http.stage("lars", "a.csv", CSV, "ttl-1").get("id").asText();
    server.clock().advance(Duration.ofHours(25));
    http = new RequestsHttp(server); // tokens expire on the sandbox clock too
    assertField(http.json.post("lars", "/v1/requests", "{\"category\":\"GENERAL\",\"subject\":\"s\",\"description\":"
        + "\"d\",\"attachmentIds\":[\"" + id + "\"]}", "ttl-open"), 422, "attachmentIds[0]");
    assertThat(store().attachmentCount()).isZero();
  }

  @Test
  void stagedUpload_namedByTwoCallsCheckedAtOnce_onlyTheFirstAttachesIt() throws Exception {
    // two concurrent creates both pass the route's check before either attaches the upload
    String id = http.stage("lars", "a.csv", CSV, "twice-1").get("id").asText();
    RequestStore store = store();
    RequestStore.Contact lars = new RequestStore.Contact("Lars Holm", "lars@example.com");
    List<String> first = store.requireStaged("lars", List.of(id), "attachmentIds");
    List<String> second = store.requireStaged("lars", List.of(id), "attachmentIds");
    SupportRequest opened = store.open(new RequestStore.Draft("GENERAL", "s", "d", "1000001", null, null, lars,
        first), RequestRoutesHttpTest.START);

    assertThatThrownBy(() -> store.open(new RequestStore.Draft("GENERAL", "s", "d", "1000001", null, null, lars,
        second), RequestRoutesHttpTest.START))
        .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(422));
    assertThatThrownBy(() -> store.customerMessage(opened, "Lars Holm", "again", second))
        .isInstanceOf(ProblemException.class);
    assertThat(store.attachment(id).orElseThrow().trackingNumber()).isEqualTo(opened.trackingNumber());
    assertThat(store.messages(opened.trackingNumber())).hasSize(1);
  }

  @Test
  void uploadAttachment_stagedByAnotherUser_refusedOnUse() throws Exception {
    String id = http.stage("lars", "a.csv", CSV, "mine-1").get("id").asText();
    assertField(http.json.post("dana", "/v1/requests", "{\"category\":\"GENERAL\",\"subject\":\"s\",\"description\":"
        + "\"d\",\"attachmentIds\":[\"" + id + "\"]}", "theirs"), 422, "attachmentIds[0]");
    String tn = http.open("lars", "{\"category\":\"GENERAL\",\"subject\":\"s\",\"description\":\"d\"}", "mine-open")
        .get("trackingNumber").asText();
    HttpResponse<byte[]> message = http.json.post("lars", "/v1/requests/" + tn + "/messages",
        "{\"body\":\"here it is\",\"attachmentIds\":[\"" + id + "\"]}", "mine-msg");
    assertThat(message.statusCode()).isEqualTo(201);
    assertThat(BillingHttp.MAPPER.readTree(message.body()).get("attachments").get(0).get("id").asText()).isEqualTo(id);
    assertThat(Instant.parse(BillingHttp.MAPPER.readTree(message.body()).get("createdAt").asText()))
        .isEqualTo(RequestRoutesHttpTest.START);
  }

  @Test
  void contentDisposition_nonAsciiName_hasAsciiFallbackAndRfc8187Name() {
    assertThat(Attachments.contentDisposition("Prüfung \"1\".pdf"))
        .isEqualTo("attachment; filename=\"Pr_fung _1_.pdf\"; filename*=UTF-8''Pr%C3%BCfung%20%221%22.pdf");
  }
}
