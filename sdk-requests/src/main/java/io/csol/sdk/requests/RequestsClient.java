package io.csol.sdk.requests;

import io.csol.sdk.core.CsolClient;
import io.csol.sdk.core.DocumentInfo;
import io.csol.sdk.core.DocumentSink;
import io.csol.sdk.core.RequestOptions;
import io.csol.sdk.core.Tool;
import io.csol.sdk.core.changes.ChangeFeed;
import io.csol.sdk.core.changes.SyncToken;
import io.csol.sdk.core.paging.PagedIterable;
import io.csol.sdk.core.requests.RequestSummary;
import io.csol.sdk.core.spi.ApiCaller;
import io.csol.sdk.core.spi.Check;
import io.csol.sdk.core.spi.UploadContent;
import io.csol.sdk.core.spi.tool.ToolOperations;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * My requests: open requests to support, list and follow them, add messages, close them, and
 * upload and download their attachments. Every method is named after its operationId in
 * {@code api/openapi.yaml}.
 *
 * <p>A cheap view over a {@link CsolClient}; create one wherever needed. Thread-safe. Every
 * method checks its arguments before sending anything. Failures are unchecked
 * {@link io.csol.sdk.core.error.CsolException}s: {@code NotFoundException} (404, also for a
 * request of a customer number the user does not hold), {@code ConflictException} (409, a
 * message on a closed request), {@code InvalidRequestException} (422, e.g. an attachment whose
 * digest did not match), {@code TransportException} (no response) and so on.
 *
 * <p>Files go into a request or message as {@link AttachmentUpload}s ({@code attachments(...)}
 * of {@link CreateRequestRequest} and {@link AddRequestMessageRequest}), or as the ids of files
 * uploaded before with {@link #uploadAttachment} ({@code attachmentIds(...)}). The client
 * checks and opens every file first, uploads each with its own idempotency key (kept across
 * that upload's retries), then sends the request or message with all the ids under its own key:
 * no retry stores a file twice or opens a second request.
 * <pre>{@code
 * RequestsClient requests = RequestsClient.of(csol);
 * RequestSummary opened = requests.createRequest(CreateRequestRequest.builder()
 *     .category(RequestCategory.INVOICES)
 *     .subject("Unit prices on invoice 9100000001")
 *     .description("The unit prices differ from our contract; see the sheet.")
 *     .relatesTo(RelatedRecord.of(RelatedRecordType.INVOICE, "9100000001"))
 *     .attachments(AttachmentUpload.of(Path.of("prices.xlsx")))
 *     .build(),
 *     RequestOptions.builder().idempotencyKey("inquiry-9100000001").build());
 * Request request = requests.getRequest(opened.trackingNumber());
 * }</pre>
 * A business idempotency key on the request also covers its uploads ({@code <key>-attachment-1},
 * {@code -2}, ...), so a job re-run after a crash replays them instead of storing them again.
 */
public final class RequestsClient {
  // Literal route beside /v1/requests/{trackingNumber}; such a "tracking number" would call it.
  private static final Set<String> ROUTES = Set.of("changes");
  private static final Pattern TRACKING_NUMBER = Pattern.compile("R-[0-9]{4}-[0-9]+");
  private static final Pattern ATTACHMENT_ID = Pattern.compile("A-[A-Za-z0-9_-]{12,32}");
  // the server answers each attachment with its own media type
  private static final String ANY_MEDIA_TYPE = "*/*";
  // api/openapi.yaml: Idempotency-Key is 1..255 visible ASCII characters
  private static final int MAX_KEY_LENGTH = 255;

  private final ToolOperations ops;
  private final ToolOperations attachments;

  private RequestsClient(ToolOperations ops, ToolOperations attachments) {
    this.ops = ops;
    this.attachments = attachments;
  }

  /**
   * Returns the My requests view of a client.
   *
   * @param client the shared client, not null
   * @return a thread-safe view
   * @throws NullPointerException if {@code client} is null
   */
  public static RequestsClient of(CsolClient client) {
    Objects.requireNonNull(client, "client must not be null");
    return new RequestsClient(ToolOperations.of(client, Tool.REQUESTS, "/v1/requests"),
        ToolOperations.of(client, Tool.REQUESTS, "/v1/attachments"));
  }

  /** Creates a view over any caller; used by tests with a recording caller. */
  static RequestsClient of(ApiCaller caller) {
    return new RequestsClient(ToolOperations.of(caller, Tool.REQUESTS, "/v1/requests"),
        ToolOperations.of(caller, Tool.REQUESTS, "/v1/attachments"));
  }

  /**
   * Opens a request, after uploading its attachments; customer number and contact default to
   * the user's profile.
   *
   * @param request category, subject, description, what it relates to, attachments, not null
   * @return the request opened: tracking number, link and respond-by time
   * @throws IllegalArgumentException before anything is sent, if an attachment is empty or
   *     larger than {@link AttachmentUpload#MAX_BYTES}
   * @throws io.csol.sdk.core.error.InvalidRequestException if the server rejects a field, e.g.
   *     a customer number the user does not hold or an invoice that does not exist
   * @see #createRequest(CreateRequestRequest, RequestOptions)
   */
  public RequestSummary createRequest(CreateRequestRequest request) {
    return createRequest(request, RequestOptions.defaults());
  }

  /**
   * Opens a request, with per-call options.
   *
   * <p>Pass a business idempotency key so that a job that is re-run opens the request once and
   * gets the first answer back:
   * <pre>{@code
   * RequestSummary opened = requests.createRequest(request,
   *     RequestOptions.builder().idempotencyKey("inquiry-9100000001-2026-11").build());
   * }</pre>
   *
   * @param request category, subject, description, what it relates to, attachments, not null
   * @param options per-call options, not null; {@code idempotencyKey} is kept for every attempt
   *     and, suffixed, for each attachment's upload
   * @return the request opened: tracking number, link and respond-by time
   * @throws IllegalArgumentException before anything is sent, if an attachment is empty or
   *     larger than {@link AttachmentUpload#MAX_BYTES}
   * @throws io.csol.sdk.core.error.InvalidRequestException if the server rejects a field
   */
  public RequestSummary createRequest(CreateRequestRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request must not be null");
    checkOptions(options);
    List<String> uploaded = uploadAll(request.attachments(), options);
    return ops.operation("createRequest")
        .post(request.toBody(uploaded), RequestSummary.class, options, "");
  }

  /**
   * Returns a new query of the user's requests; nothing is sent until it is iterated.
   *
   * @return a new query (default order: newest first)
   */
  public RequestQuery listRequests() {
    return new RequestQuery(ops.operation("listRequests"));
  }

  /**
   * Returns the changes feed of requests after {@code since}: every status change, message and
   * close is an upsert of the request's summary. Nothing is sent until the feed is used.
   *
   * @param since where the last run stopped, or {@code null} to start at the beginning (every
   *     existing request as an upsert)
   * @return a lazy feed
   */
  public ChangeFeed<RequestSummary> listRequestChanges(SyncToken since) {
    return listRequestChanges(since, RequestOptions.defaults());
  }

  /**
   * Returns the changes feed of requests after {@code since}, with per-call options applied to
   * every request of the feed.
   *
   * @param since where the last run stopped, or {@code null} to start at the beginning
   * @param options per-call options, not null
   * @return a lazy feed
   */
  public ChangeFeed<RequestSummary> listRequestChanges(SyncToken since, RequestOptions options) {
    return ops.operation("listRequestChanges")
        .changes(RequestSummary.class, since, options, "/changes");
  }

  /**
   * Reads one request with its description, contact and message count; also the request a
   * dispute or an entitlement request opened ({@code result.request().trackingNumber()}).
   *
   * @param trackingNumber e.g. {@code R-2026-000123}
   * @return the request
   * @throws io.csol.sdk.core.error.NotFoundException if there is no such request, or it belongs
   *     to a customer number the user does not hold
   */
  public Request getRequest(String trackingNumber) {
    return getRequest(trackingNumber, RequestOptions.defaults());
  }

  /**
   * Reads one request, with per-call options.
   *
   * @param trackingNumber e.g. {@code R-2026-000123}
   * @param options per-call options, not null
   * @return the request
   * @throws io.csol.sdk.core.error.NotFoundException if there is no such request, or it belongs
   *     to a customer number the user does not hold
   */
  public Request getRequest(String trackingNumber, RequestOptions options) {
    checkTrackingNumber(trackingNumber);
    return ops.operation("getRequest")
        .get(Request.class, options, "/{trackingNumber}", trackingNumber);
  }

  /**
   * Closes a request; no more messages can be added.
   *
   * @param request which request, e.g. {@code CloseRequestRequest.of("R-2026-000123")}, not null
   * @return the request, status {@code CLOSED}
   * @throws io.csol.sdk.core.error.ConflictException if it is already closed
   * @throws io.csol.sdk.core.error.NotFoundException if there is no such request
   */
  public Request closeRequest(CloseRequestRequest request) {
    return closeRequest(request, RequestOptions.defaults());
  }

  /**
   * Closes a request, with per-call options.
   *
   * @param request which request, not null
   * @param options per-call options, not null; {@code idempotencyKey} is kept for every attempt
   * @return the request, status {@code CLOSED}
   * @throws io.csol.sdk.core.error.ConflictException if it is already closed
   * @throws io.csol.sdk.core.error.NotFoundException if there is no such request
   */
  public Request closeRequest(CloseRequestRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request must not be null");
    checkTrackingNumber(request.trackingNumber());
    return ops.operation("closeRequest").post(request.toBody(), Request.class, options,
        "/{trackingNumber}/close", request.trackingNumber());
  }

  /**
   * Adds a message to a request, after uploading its attachments; on an answered request,
   * support answers again.
   *
   * @param request which request, the text and attachments, not null
   * @return the message added
   * @throws io.csol.sdk.core.error.ConflictException if the request is closed
   * @throws io.csol.sdk.core.error.NotFoundException if there is no such request
   */
  public RequestMessage addRequestMessage(AddRequestMessageRequest request) {
    return addRequestMessage(request, RequestOptions.defaults());
  }

  /**
   * Adds a message to a request, with per-call options.
   *
   * @param request which request, the text and attachments, not null
   * @param options per-call options, not null; {@code idempotencyKey} is kept for every attempt
   *     and, suffixed, for each attachment's upload
   * @return the message added
   * @throws io.csol.sdk.core.error.ConflictException if the request is closed
   * @throws io.csol.sdk.core.error.NotFoundException if there is no such request
   */
  public RequestMessage addRequestMessage(AddRequestMessageRequest request,
      RequestOptions options) {
    Objects.requireNonNull(request, "request must not be null");
    checkTrackingNumber(request.trackingNumber());
    checkOptions(options);
    List<String> uploaded = uploadAll(request.attachments(), options);
    return ops.operation("addRequestMessage").post(request.toBody(uploaded),
        RequestMessage.class, options, "/{trackingNumber}/messages", request.trackingNumber());
  }

  /**
   * Lists the messages of a request, oldest first (the first is the opening description), page
   * by page; nothing is sent until it is iterated.
   *
   * @param trackingNumber e.g. {@code R-2026-000123}
   * @return a lazy iterable
   * @throws io.csol.sdk.core.error.NotFoundException when iterated, if there is no such request
   */
  public PagedIterable<RequestMessage> listRequestMessages(String trackingNumber) {
    return listRequestMessages(trackingNumber, RequestOptions.defaults());
  }

  /**
   * Lists the messages of a request, oldest first, with per-call options applied to every page.
   *
   * @param trackingNumber e.g. {@code R-2026-000123}
   * @param options per-call options, not null
   * @return a lazy iterable
   * @throws io.csol.sdk.core.error.NotFoundException when iterated, if there is no such request
   */
  public PagedIterable<RequestMessage> listRequestMessages(String trackingNumber,
      RequestOptions options) {
    checkTrackingNumber(trackingNumber);
    return ops.operation("listRequestMessages").list(RequestMessage.class, options,
        "/{trackingNumber}/messages", trackingNumber);
  }

  /**
   * Uploads an attachment, to be named by its id in a new request or message within 24 hours.
   * Streamed, never held in memory; the server verifies its SHA-256.
   *
   * @param upload the file or stream, with its name and media type, not null
   * @return the staged attachment (its {@code id} goes into {@code attachmentIds})
   * @throws IllegalArgumentException before anything is sent, if the upload is empty or larger
   *     than {@link AttachmentUpload#MAX_BYTES}
   * @throws io.csol.sdk.core.error.InvalidRequestException if the server rejects it (e.g. the
   *     digest did not match what arrived)
   * @see #uploadAttachment(AttachmentUpload, RequestOptions)
   */
  public Attachment uploadAttachment(AttachmentUpload upload) {
    return uploadAttachment(upload, RequestOptions.defaults());
  }

  /**
   * Uploads an attachment, with per-call options (e.g. a longer timeout for a large file).
   *
   * <p>Every attempt sends the same bytes with the same {@code Content-Digest} and
   * {@code Idempotency-Key}: an upload whose connection broke after the server stored it is
   * stored once. A stream is first copied to a temporary file, deleted when this method returns.
   *
   * @param upload the file or stream, with its name and media type, not null
   * @param options per-call options, not null; {@code idempotencyKey} is kept for every attempt
   * @return the staged attachment (its {@code id} goes into {@code attachmentIds})
   * @throws IllegalArgumentException before anything is sent, if the upload is empty or larger
   *     than {@link AttachmentUpload#MAX_BYTES}
   * @throws io.csol.sdk.core.error.InvalidRequestException if the server rejects it
   */
  public Attachment uploadAttachment(AttachmentUpload upload, RequestOptions options) {
    Objects.requireNonNull(upload, "upload must not be null");
    checkOptions(options);
    try (UploadContent content = upload.open()) {
      return send(upload, content, options);
    }
  }

  /**
   * Downloads an attachment of a request into a sink, with its SHA-256 digest verified.
   *
   * @param trackingNumber the request, e.g. {@code R-2026-000123}
   * @param attachmentId the attachment, e.g. {@code A-3q2-7wEAAAAAAAAA}
   * @param sink a file (written atomically; no file is left on failure) or a stream, not null
   * @return content type, size and digest of what was written
   * @throws io.csol.sdk.core.error.NotFoundException if there is no such attachment in the request
   * @throws io.csol.sdk.core.error.DocumentIntegrityException if the digest does not match
   */
  public DocumentInfo getRequestAttachment(String trackingNumber, String attachmentId,
      DocumentSink sink) {
    return getRequestAttachment(trackingNumber, attachmentId, sink, RequestOptions.defaults());
  }

  /**
   * Downloads an attachment of a request into a sink, with per-call options.
   *
   * @param trackingNumber the request, e.g. {@code R-2026-000123}
   * @param attachmentId the attachment, e.g. {@code A-3q2-7wEAAAAAAAAA}
   * @param sink a file (written atomically; no file is left on failure) or a stream, not null
   * @param options per-call options, not null
   * @return content type, size and digest of what was written
   * @throws io.csol.sdk.core.error.NotFoundException if there is no such attachment in the request
   * @throws io.csol.sdk.core.error.DocumentIntegrityException if the digest does not match
   */
  public DocumentInfo getRequestAttachment(String trackingNumber, String attachmentId,
      DocumentSink sink, RequestOptions options) {
    checkTrackingNumber(trackingNumber);
    Check.id("attachmentId", attachmentId); // no control character reaches the message below
    if (!ATTACHMENT_ID.matcher(attachmentId).matches()) {
      throw new IllegalArgumentException("attachmentId must be 'A-' and 12..32 letters, digits,"
          + " '_' or '-', e.g. A-3q2-7wEAAAAAAAAA, was '" + attachmentId + "'");
    }
    return ops.operation("getRequestAttachment").download(sink, ANY_MEDIA_TYPE, options,
        "/{trackingNumber}/attachments/{attachmentId}", trackingNumber, attachmentId);
  }

  private Attachment send(AttachmentUpload upload, UploadContent content, RequestOptions options) {
    return attachments.operation("uploadAttachment")
        .upload(content, Attachment.class, options, Map.of("name", upload.name()), "");
  }

  /**
   * Uploads the files of a request or message. Every file is checked and opened (a stream
   * spooled) before the first is sent, so a file over the limit sends nothing; the temporary
   * files are deleted however the uploads end.
   */
  private List<String> uploadAll(List<AttachmentUpload> uploads, RequestOptions options) {
    if (uploads.isEmpty()) {
      return List.of();
    }
    List<UploadContent> contents = new ArrayList<>();
    try {
      for (AttachmentUpload upload : uploads) {
        contents.add(upload.open());
      }
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < uploads.size(); i++) {
        ids.add(send(uploads.get(i), contents.get(i), uploadOptions(options, i + 1)).id());
      }
      return ids;
    } finally {
      contents.forEach(UploadContent::close);
    }
  }

  /**
   * The options of the n-th upload of a request: a business key of the request becomes
   * {@code <key>-attachment-<n>}, so that a re-run replays the upload instead of storing it again;
   * without one, each upload gets its own key from the pipeline.
   */
  static RequestOptions uploadOptions(RequestOptions options, int n) {
    return options.idempotencyKey().map(key -> {
      String suffix = "-attachment-" + n;
      String base = key.length() + suffix.length() <= MAX_KEY_LENGTH ? key : sha256(key);
      return options.toBuilder().idempotencyKey(base + suffix).build();
    }).orElse(options);
  }

  private static String sha256(String key) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(key.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static void checkOptions(RequestOptions options) {
    Objects.requireNonNull(options, "options must not be null; use RequestOptions.defaults()");
  }

  private static void checkTrackingNumber(String trackingNumber) {
    Check.id("trackingNumber", trackingNumber, ROUTES);
    if (!TRACKING_NUMBER.matcher(trackingNumber).matches()) {
      throw new IllegalArgumentException("trackingNumber must be 'R-', a year and a sequence"
          + " number, e.g. R-2026-000123, was '" + trackingNumber + "'");
    }
  }
}
