package io.csol.sdk.requests;

import io.csol.sdk.core.Credentials;
import io.csol.sdk.core.CsolClient;
import io.csol.sdk.core.DocumentInfo;
import io.csol.sdk.core.DocumentSink;
import io.csol.sdk.core.RequestOptions;
import io.csol.sdk.core.requests.RequestCategory;
import io.csol.sdk.core.requests.RequestSummary;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The SDK side of {@link LargeAttachmentTest}, run in a JVM whose whole heap is smaller than the
 * attachment: uploads the file, opens a request with it and downloads it again. Prints
 * {@code <trackingNumber> <attachmentId> <sha256>}; any OutOfMemoryError fails the run.
 */
final class LargeAttachmentRoundTrip {
  private LargeAttachmentRoundTrip() {
  }

  /**
   * Runs the round trip.
   *
   * @param args the sandbox's base URI, the file to upload, the file to download into
   */
  public static void main(String[] args) {
    RequestOptions slow = RequestOptions.builder().timeout(Duration.ofMinutes(2)).build();
    try (CsolClient csol = CsolClient.builder().baseUri(URI.create(args[0]))
        .credentials(Credentials.password("dana", "demo-password-1".toCharArray())).build()) {
      RequestsClient requests = RequestsClient.of(csol);
      Attachment staged = requests.uploadAttachment(AttachmentUpload.of(Path.of(args[1])), slow);
      RequestSummary opened = requests.createRequest(CreateRequestRequest.builder()
          .category(RequestCategory.GENERAL).subject("large attachment")
          .description("25 MiB, streamed both ways").attachmentIds(staged.id()).build());
      DocumentInfo down = requests.getRequestAttachment(opened.trackingNumber(), staged.id(),
          DocumentSink.toFile(Path.of(args[2])), slow);
      System.out.println(opened.trackingNumber() + " " + staged.id() + " " + staged.sha256()
          + " " + down.bytes() + " " + Runtime.getRuntime().maxMemory());
    }
  }
}
