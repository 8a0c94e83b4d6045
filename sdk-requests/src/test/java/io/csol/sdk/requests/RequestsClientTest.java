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
    assertThatThrownBy(() -> requests.getRequestAttachment(TN, ATTACHMENT, null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("sink");
    assertThat(caller.requests()).isEmpty();
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
