package io.csol.sdk.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csol.sdk.core.DocumentSink;
import io.csol.sdk.core.RequestOptions;
import io.csol.sdk.core.requests.RequestCategory;
import io.csol.sdk.testsupport.RecordingCaller;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The checks every operation makes before sending anything (tracking number form, options), the
 * idempotency keys derived for uploads at the contract's 255-character limit, and the spooled
 * files of a request's attachments being deleted.
 */
class RequestsClientChecksTest {
  private static final String TN = "R-2026-000123";
  private static final String NULL_OPTIONS =
      "options must not be null; use RequestOptions.defaults()";
  private static final String TRACKING_FORM = "trackingNumber must be 'R-', a year and a"
      + " sequence number, e.g. R-2026-000123, was 'X-2026-1'";

  private final RecordingCaller caller = new RecordingCaller();
  private final RequestsClient requests = RequestsClient.of(caller);

  /** Answers an upload with a staged attachment and records the spooled file it was sent from. */
  private static RecordingCaller staging(List<Path> spooled) {
    int[] n = {0};
    return new RecordingCaller().answering(r -> {
      if (r.content().isEmpty()) {
        return null;
      }
      spooled.add(r.content().get().file());
      return new Attachment("A-upload" + String.format("%06d", ++n[0]), r.query().get("name"),
          r.content().get().mediaType(), r.content().get().length(),
          r.content().get().sha256Hex(), java.time.Instant.EPOCH, null, null);
    });
  }

  private static AttachmentUpload note() {
    return AttachmentUpload.fromStream("note.txt", "text/plain",
        new ByteArrayInputStream("the note".getBytes(StandardCharsets.US_ASCII)));
  }

  private static CreateRequestRequest.Builder inquiry() {
    return CreateRequestRequest.builder().category(RequestCategory.INVOICES).subject("Prices")
        .description("Which unit price is right?");
  }

  @Test
  void addRequestMessage_trackingNumberNotOfTheRequestForm_failsBeforeSending() {
    AddRequestMessageRequest message = AddRequestMessageRequest.builder()
        .trackingNumber("X-2026-1").body("hello").build();
    assertThatThrownBy(() -> requests.addRequestMessage(message))
        .isInstanceOf(IllegalArgumentException.class).hasMessage(TRACKING_FORM);
    assertThat(caller.requests()).isEmpty();
  }

  @Test
  void getRequestAttachment_trackingNumberNotOfTheRequestForm_failsBeforeSending() {
    assertThatThrownBy(() -> requests.getRequestAttachment("X-2026-1", "A-3q2-7wEAAAAAAAAA",
        DocumentSink.to(new ByteArrayOutputStream())))
        .isInstanceOf(IllegalArgumentException.class).hasMessage(TRACKING_FORM);
    assertThat(caller.requests()).isEmpty();
  }

  @Test
  void createRequest_nullOptions_failsBeforeUploadingAndLeavesTheStreamUnused() {
    List<Path> spooled = new ArrayList<>();
    RecordingCaller staging = staging(spooled);
    AttachmentUpload upload = note();
    CreateRequestRequest request = inquiry().attachments(upload).build();
    assertThatThrownBy(() -> RequestsClient.of(staging).createRequest(request, null))
        .isInstanceOf(NullPointerException.class).hasMessage(NULL_OPTIONS);
    assertThat(staging.requests()).isEmpty();
    RequestsClient.of(staging).createRequest(request);
    assertThat(staging.requests()).hasSize(2);
  }

  @Test
  void addRequestMessage_nullOptions_failsBeforeUploadingAndLeavesTheStreamUnused() {
    List<Path> spooled = new ArrayList<>();
    RecordingCaller staging = staging(spooled);
    AddRequestMessageRequest message = AddRequestMessageRequest.builder().trackingNumber(TN)
        .body("hello").attachments(note()).build();
    assertThatThrownBy(() -> RequestsClient.of(staging).addRequestMessage(message, null))
        .isInstanceOf(NullPointerException.class).hasMessage(NULL_OPTIONS);
    assertThat(staging.requests()).isEmpty();
    RequestsClient.of(staging).addRequestMessage(message);
    assertThat(staging.requests()).hasSize(2);
  }

  @Test
  void uploadAttachment_nullOptions_failsWithoutUsingUpTheStream() {
    AttachmentUpload upload = note();
    assertThatThrownBy(() -> requests.uploadAttachment(upload, null))
        .isInstanceOf(NullPointerException.class).hasMessage(NULL_OPTIONS);
    assertThat(caller.requests()).isEmpty();
    requests.uploadAttachment(upload);
    assertThat(caller.requests()).hasSize(1);
  }

  @Test
  void createRequest_streamAttachments_spooledFilesDeletedAfterTheCall() {
    List<Path> spooled = new ArrayList<>();
    RequestsClient.of(staging(spooled)).createRequest(inquiry().attachments(note(),
        AttachmentUpload.fromStream("b.csv", "text/csv",
            new ByteArrayInputStream(new byte[] {'1'}))).build());
    assertThat(spooled).hasSize(2).noneMatch(Files::exists);
  }

  @Test
  void uploadOptions_keyFitsExactlyWithItsSuffix_isKeptReadable() {
    String key = "k".repeat(255 - "-attachment-1".length());
    assertThat(RequestsClient.uploadOptions(
        RequestOptions.builder().idempotencyKey(key).build(), 1).idempotencyKey())
        .contains(key + "-attachment-1");
  }

  @Test
  void uploadOptions_keyOneCharacterTooLong_isReplacedByItsSha256() throws Exception {
    String key = "k".repeat(256 - "-attachment-1".length());
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
        .digest(key.getBytes(StandardCharsets.US_ASCII)));
    assertThat(RequestsClient.uploadOptions(
        RequestOptions.builder().idempotencyKey(key).build(), 1).idempotencyKey())
        .contains(sha + "-attachment-1");
  }

  @Test
  void uploadOptions_noBusinessKey_optionsUnchanged() {
    RequestOptions options = RequestOptions.defaults();
    assertThat(RequestsClient.uploadOptions(options, 2)).isSameAs(options);
  }
}
