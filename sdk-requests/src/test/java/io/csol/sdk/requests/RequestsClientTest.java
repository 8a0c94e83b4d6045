package io.csol.sdk.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csol.sdk.core.DocumentSink;
import io.csol.sdk.core.RequestOptions;
import io.csol.sdk.core.Tool;
import io.csol.sdk.core.changes.ChangeBatch;
import io.csol.sdk.core.changes.SyncToken;
import io.csol.sdk.core.requests.RelatedRecord;
import io.csol.sdk.core.requests.RelatedRecordType;
import io.csol.sdk.core.requests.RequestCategory;
import io.csol.sdk.core.requests.RequestSummary;
import io.csol.sdk.core.spi.ApiRequest;
import io.csol.sdk.core.spi.UploadContent;
import io.csol.sdk.testsupport.RecordingCaller;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What each operation sends, checked with a recording caller (no server). */
class RequestsClientTest {
  private static final String TN = "R-2026-000123";
  private static final String ATTACHMENT = "A-3q2-7wEAAAAAAAAA";

  private final RecordingCaller caller = new RecordingCaller();
  private final RequestsClient requests = RequestsClient.of(caller);

  @TempDir
  Path dir;

  private static CreateRequestRequest inquiry() {
    return CreateRequestRequest.builder().category(RequestCategory.INVOICES)
        .subject("Prices on 9100000001").description("Which unit price is right?")
        .relatesTo(RelatedRecord.of(RelatedRecordType.INVOICE, "9100000001"))
        .attachmentIds(ATTACHMENT).build();
  }

  @Test
  void createRequest_postsTheBodyWithTypedRelatedRecordAndIds() {
    RequestOptions key = RequestOptions.builder().idempotencyKey("inquiry-9100000001").build();
    requests.createRequest(inquiry(), key);
    ApiRequest r = caller.last();
    assertThat(r.method() + " " + r.path()).isEqualTo("POST /v1/requests");
    assertThat(r.tool()).isEqualTo(Tool.REQUESTS);
    assertThat(r.options().idempotencyKey()).contains("inquiry-9100000001");
    assertThat(caller.lastBodyJson()).contains("{\"category\":\"INVOICES\","
        + "\"subject\":\"Prices on 9100000001\",\"description\":\"Which unit price is right?\","
        + "\"relatesTo\":{\"type\":\"INVOICE\",\"id\":\"9100000001\"},"
        + "\"attachmentIds\":[\"" + ATTACHMENT + "\"]}");
  }

  @Test
  void createRequest_invalidInput_failsBeforeAnyRequestNamingTheField() {
    assertThatThrownBy(() -> CreateRequestRequest.builder().subject("s").description("d").build())
        .isInstanceOf(NullPointerException.class).hasMessageContaining("category")
        .hasMessageContaining("INVOICES");
    assertThatThrownBy(() -> inquiry().toBuilder().category(RequestCategory.UNKNOWN).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("category");
    assertThatThrownBy(() -> inquiry().toBuilder().subject(" ").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("subject");
    assertThatThrownBy(() -> inquiry().toBuilder().customerNumber("12").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("customerNumber");
    assertThatThrownBy(() -> RelatedRecord.of(RelatedRecordType.UNKNOWN, "1"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("type");
    assertThatThrownBy(() -> RelatedRecord.of(RelatedRecordType.INVOICE, " 91"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("id");
    assertThatThrownBy(() -> requests.createRequest(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("request");
    assertThat(caller.requests()).isEmpty();
  }

  @Test
  void trackingNumber_invalid_failsBeforeAnyRequestWithTheAcceptedForm() {
    assertThatThrownBy(() -> requests.getRequest(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("trackingNumber");
    assertThatThrownBy(() -> requests.getRequest("changes"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("route");
    assertThatThrownBy(() -> requests.getRequest("R-26-1"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("R-2026-000123");
    assertThatThrownBy(() -> requests.getRequest("../x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("trackingNumber");
    assertThatThrownBy(() -> requests.listRequestMessages("x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("trackingNumber");
    assertThatThrownBy(() -> requests.closeRequest(CloseRequestRequest.of("R-1")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("trackingNumber");
    assertThatThrownBy(() -> requests.getRequestAttachment(TN, "B-1",
        DocumentSink.to(new ByteArrayOutputStream())))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("attachmentId")
        .hasMessageContaining("A-");
    assertThatThrownBy(() -> requests.getRequestAttachment(TN, "A-1\nforged",
        DocumentSink.to(new ByteArrayOutputStream())))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("attachmentId")
        .hasMessageNotContaining("forged");
    assertThatThrownBy(() -> requests.getRequestAttachment(TN, ATTACHMENT, null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("sink");
    assertThat(caller.requests()).isEmpty();
  }

  /** Answers an upload with a staged attachment A-upload000000N, anything else with null. */
  private static RecordingCaller stagingCaller() {
    int[] n = {0};
    return new RecordingCaller().answering(r -> r.content().isEmpty() ? null
        : new Attachment("A-upload" + String.format("%06d", ++n[0]), r.query().get("name"),
            r.content().get().mediaType(), r.content().get().length(),
            r.content().get().sha256Hex(), java.time.Instant.EPOCH, null, null));
  }

  @Test
  void createRequest_withAttachments_uploadsEachFirstThenSendsAllIds() throws Exception {
    RecordingCaller staging = stagingCaller();
    Path csv = Files.writeString(dir.resolve("prices.csv"), "a,b\r\n");
    Path pdf = Files.writeString(dir.resolve("note.pdf"), "%PDF-1.7");
    RequestsClient.of(staging).createRequest(inquiry().toBuilder()
        .attachments(AttachmentUpload.of(csv), AttachmentUpload.of(pdf)).build(),
        RequestOptions.builder().idempotencyKey("inquiry-9100000001").build());

    assertThat(staging.requests()).extracting(r -> r.operation() + " " + r.query().get("name")
        + " " + r.options().idempotencyKey().orElse("-")).containsExactly(
        "uploadAttachment prices.csv inquiry-9100000001-attachment-1",
        "uploadAttachment note.pdf inquiry-9100000001-attachment-2",
        "createRequest null inquiry-9100000001");
    assertThat(staging.lastBodyJson()).hasValueSatisfying(json -> assertThat(json)
        .contains("\"attachmentIds\":[\"" + ATTACHMENT + "\",\"A-upload000001\",\"A-upload000002\"]"));
  }

  @Test
  void addRequestMessage_withoutBusinessKey_letsEachUploadHaveItsOwnKey() {
    RecordingCaller staging = stagingCaller();
    RequestsClient.of(staging).addRequestMessage(AddRequestMessageRequest.builder()
        .trackingNumber(TN).body("the delivery note")
        .addAttachment(AttachmentUpload.fromStream("note.txt", "text/plain",
            new ByteArrayInputStream(new byte[] {'x'}))).build());
    assertThat(staging.requests()).extracting(ApiRequest::operation)
        .containsExactly("uploadAttachment", "addRequestMessage");
    // no business key: the pipeline gives each call its own key, kept across its retries
    assertThat(staging.requests()).allSatisfy(r -> assertThat(r.options().idempotencyKey()).isEmpty());
    assertThat(staging.lastBodyJson()).contains(
        "{\"body\":\"the delivery note\",\"attachmentIds\":[\"A-upload000001\"]}");
  }

  @Test
  void createRequest_oneAttachmentOverTheLimit_sendsNothing()
      throws Exception {
    RecordingCaller staging = stagingCaller();
    Path small = Files.writeString(dir.resolve("small.txt"), "fine");
    InputStream tooBig = new EndlessInput();
    AttachmentUpload first = AttachmentUpload.fromStream("first.txt", "text/plain",
        new ByteArrayInputStream(new byte[] {'1'}));
    assertThatThrownBy(() -> RequestsClient.of(staging).createRequest(inquiry().toBuilder()
        .attachments(AttachmentUpload.of(small), first,
            AttachmentUpload.fromStream("big.txt", "text/plain", tooBig)).build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("26214400")
        .hasMessageContaining("nothing was sent");
    assertThat(staging.requests()).as("not even the small files").isEmpty();
  }

  @Test
  void createRequest_tooManyAttachmentsCounted_idsAndFilesTogether() throws Exception {
    AttachmentUpload file = AttachmentUpload.of(Files.writeString(dir.resolve("a.txt"), "a"));
    CreateRequestRequest.Builder b = inquiry().toBuilder(); // one id already
    for (int i = 0; i < 10; i++) {
      b.addAttachment(file);
    }
    assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("attachmentIds and attachments together must hold at most 10");
  }

  @Test
  void uploadOptions_longBusinessKey_staysWithinTheContractsLength() {
    String key = "k".repeat(250);
    String derived = RequestsClient.uploadOptions(
        RequestOptions.builder().idempotencyKey(key).build(), 3).idempotencyKey().orElseThrow();
    assertThat(derived).hasSizeLessThanOrEqualTo(255).endsWith("-attachment-3")
        .isEqualTo(RequestsClient.uploadOptions(RequestOptions.builder().idempotencyKey(key)
            .build(), 3).idempotencyKey().orElseThrow());
  }

  @Test
  void addRequestMessage_postsBodyAndIdsToTheRequestsMessages() {
    requests.addRequestMessage(AddRequestMessageRequest.builder().trackingNumber(TN)
        .body("Here is the delivery note.").attachmentIds(ATTACHMENT).build());
    assertThat(caller.last().path()).isEqualTo("/v1/requests/" + TN + "/messages");
    assertThat(caller.lastBodyJson()).contains(
        "{\"body\":\"Here is the delivery note.\",\"attachmentIds\":[\"" + ATTACHMENT + "\"]}");
  }

  @Test
  void requestTypes_toString_leaveOutFreeTextAndContact() {
    // what users write to support and who they are may be personal data: not for logs
    String create = inquiry().toBuilder()
        .contact(new RequestContact("Dana Berg", "dana@example.com")).build().toString();
    assertThat(create).contains("INVOICES", "9100000001", ATTACHMENT)
        .doesNotContain("Prices on", "unit price", "Dana Berg", "dana@example.com");
    String message = AddRequestMessageRequest.builder().trackingNumber(TN)
        .body("Our buyer Dana Berg says so.").build().toString();
    assertThat(message).contains(TN).doesNotContain("Dana");
  }

  @Test
  void closeRequest_postsAnEmptyObject() {
    requests.closeRequest(CloseRequestRequest.of(TN));
    assertThat(caller.last().path()).isEqualTo("/v1/requests/" + TN + "/close");
    assertThat(caller.lastBodyJson()).contains("{}");
  }

  @Test
  void uploadAttachment_sendsTheFileAsRawContentNamedInTheQuery() throws Exception {
    Path csv = Files.writeString(dir.resolve("prices.CSV"), "a,b\r\n1,2\r\n");
    requests.uploadAttachment(AttachmentUpload.of(csv));
    ApiRequest r = caller.last();
    assertThat(r.method() + " " + r.path()).isEqualTo("POST /v1/attachments");
    assertThat(r.query()).containsExactly(Map.entry("name", "prices.CSV"));
    assertThat(r.body()).isEmpty();
    UploadContent content = r.content().orElseThrow();
    assertThat(content.mediaType()).isEqualTo("text/csv");
    assertThat(content.length()).isEqualTo(Files.size(csv));
    assertThat(content.file()).isEqualTo(csv);
    assertThat(content.contentDigest()).isEqualTo(
        "sha-256=:" + java.util.Base64.getEncoder().encodeToString(java.security.MessageDigest
            .getInstance("SHA-256").digest(Files.readAllBytes(csv))) + ":");
  }

  @Test
  void uploadAttachment_stream_isSpooledAndTheTemporaryFileDeletedAfterwards() {
    byte[] bytes = "%PDF-1.7 minimal".getBytes(StandardCharsets.US_ASCII);
    AttachmentUpload upload = AttachmentUpload.fromStream("note.pdf", "application/pdf",
        new ByteArrayInputStream(bytes));
    requests.uploadAttachment(upload);
    UploadContent content = caller.last().content().orElseThrow();
    assertThat(content.length()).isEqualTo(bytes.length);
    assertThat(Files.exists(content.file())).as("spooled file deleted after the call").isFalse();
    assertThatThrownBy(() -> requests.uploadAttachment(upload))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("once");
  }

  @Test
  void uploadAttachment_failedCall_stillDeletesTheSpooledFile() {
    Path[] spooled = new Path[1];
    RecordingCaller failing = new RecordingCaller().answering(r -> {
      spooled[0] = r.content().orElseThrow().file();
      throw new IllegalStateException("server down");
    });
    assertThatThrownBy(() -> RequestsClient.of(failing).uploadAttachment(AttachmentUpload
        .fromStream("a.txt", "text/plain", new ByteArrayInputStream(new byte[] {1}))))
        .hasMessage("server down");
    assertThat(spooled[0]).isNotNull();
    assertThat(Files.exists(spooled[0])).isFalse();
  }

  @Test
  void getRequestAttachment_downloadsAnyMediaTypeFromTheRequest() {
    requests.getRequestAttachment(TN, ATTACHMENT, DocumentSink.to(new ByteArrayOutputStream()));
    assertThat(caller.last().path())
        .isEqualTo("/v1/requests/" + TN + "/attachments/" + ATTACHMENT);
    assertThat(caller.last().accept()).isEqualTo("*/*");
  }

  @Test
  void changes_decodeRequestSummaries() {
    caller.answeringJson("{\"data\":[{\"op\":\"UPSERT\",\"id\":\"" + TN + "\","
        + "\"changedAt\":\"2026-11-23T10:15:30Z\",\"record\":{\"trackingNumber\":\"" + TN
        + "\",\"category\":\"INVOICES\",\"status\":\"ANSWERED\",\"answered\":true}}],"
        + "\"nextSince\":\"t9\",\"hasMore\":false}");
    ChangeBatch<RequestSummary> batch = requests.listRequestChanges(SyncToken.of("t1")).fetch();
    assertThat(caller.last().path()).isEqualTo("/v1/requests/changes");
    assertThat(caller.last().query()).containsEntry("since", "t1");
    assertThat(batch.changes()).singleElement()
        .satisfies(c -> assertThat(c.record()).hasValueSatisfying(r -> {
          assertThat(r.trackingNumber()).isEqualTo(TN);
          assertThat(r.answered()).isTrue();
        }));
  }

  @Test
  void everyOperation_requestNamesItsOperationIdAndPathTemplate() throws Exception {
    caller.answeringJson("{\"data\":[],\"nextSince\":\"t9\",\"hasMore\":false}");
    requests.createRequest(inquiry());
    requests.listRequests().list().iterator().hasNext();
    requests.listRequestChanges(null).fetch();
    requests.getRequest(TN);
    requests.closeRequest(CloseRequestRequest.of(TN));
    requests.addRequestMessage(AddRequestMessageRequest.builder().trackingNumber(TN).body("b")
        .build());
    requests.listRequestMessages(TN).iterator().hasNext();
    requests.uploadAttachment(AttachmentUpload.of(Files.writeString(dir.resolve("a.txt"), "x")));
    requests.getRequestAttachment(TN, ATTACHMENT, DocumentSink.to(new ByteArrayOutputStream()));
    // the operationIds and paths of api/openapi.yaml, and nothing filled into a template
    assertThat(caller.requests()).extracting(r -> r.operation() + " " + r.method() + " "
        + r.pathTemplate()).containsExactly(
        "createRequest POST /v1/requests",
        "listRequests GET /v1/requests",
        "listRequestChanges GET /v1/requests/changes",
        "getRequest GET /v1/requests/{trackingNumber}",
        "closeRequest POST /v1/requests/{trackingNumber}/close",
        "addRequestMessage POST /v1/requests/{trackingNumber}/messages",
        "listRequestMessages GET /v1/requests/{trackingNumber}/messages",
        "uploadAttachment POST /v1/attachments",
        "getRequestAttachment GET /v1/requests/{trackingNumber}/attachments/{attachmentId}");
    assertThat(caller.requests()).extracting(ApiRequest::tool).containsOnly(Tool.REQUESTS);
  }
}
