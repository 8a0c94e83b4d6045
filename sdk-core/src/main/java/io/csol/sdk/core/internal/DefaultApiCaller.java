package io.csol.sdk.core.internal;

import io.csol.sdk.core.DocumentInfo;
import io.csol.sdk.core.error.ResponseDecodingException;
import io.csol.sdk.core.error.TransportException;
import io.csol.sdk.core.http.AtomicFile;
import io.csol.sdk.core.http.DocumentCopier;
import io.csol.sdk.core.http.IncomingResponse;
import io.csol.sdk.core.json.Json;
import io.csol.sdk.core.paging.Page;
import io.csol.sdk.core.paging.PageFetcher;
import io.csol.sdk.core.paging.PagedIterable;
import io.csol.sdk.core.spi.ApiCaller;
import io.csol.sdk.core.spi.ApiRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/** {@link ApiCaller} on top of the {@link Pipeline} (not API). Thread-safe. */
public final class DefaultApiCaller implements ApiCaller {
  /** api/openapi.yaml: {@code limit} is 1..500. */
  private static final int MAX_PAGE_SIZE = 500;
  private final Pipeline pipeline;
  private final Executor prefetchExecutor;

  DefaultApiCaller(Pipeline pipeline, Executor prefetchExecutor) {
    this.pipeline = pipeline;
    this.prefetchExecutor = prefetchExecutor;
  }

  @Override
  public <T> T call(ApiRequest request, Class<T> type) {
    Objects.requireNonNull(type, "type must not be null");
    return call(request, (Type) type);
  }

  @Override
  public <T> T call(ApiRequest request, Type type) {
    Objects.requireNonNull(request, "request must not be null");
    Objects.requireNonNull(type, "type must not be null");
    return Pipeline.decode(pipeline.executeDecoding(request, type, null), type);
  }

  @Override
  public <T> Page<T> callForPage(ApiRequest request, Class<T> itemType) {
    Objects.requireNonNull(request, "request must not be null");
    Objects.requireNonNull(itemType, "itemType must not be null");
    return page(request, itemType, null);
  }

  private <T> Page<T> page(ApiRequest request, Class<T> itemType,
      Consumer<IncomingResponse> onHead) {
    Type envelopeType = Json.mapper().getTypeFactory()
        .constructParametricType(PageEnvelope.class, itemType);
    Exchange ex = pipeline.executeDecoding(request, envelopeType, onHead);
    PageEnvelope<T> envelope = Pipeline.decode(ex, envelopeType);
    if (envelope == null || envelope.data() == null) {
      throw new ResponseDecodingException("page response lacks the \"data\" array",
          ex.status(), ex.requestId(), null);
    }
    if (envelope.data().contains(null)) {
      throw new ResponseDecodingException("page \"data\" contains null items",
          ex.status(), ex.requestId(), null);
    }
    int allowed = pageSize(request);
    if (envelope.data().size() > allowed) {
      // more than asked for is a broken or hostile server, never a page to pass on
      throw new ResponseDecodingException("page holds " + envelope.data().size()
          + " items but at most " + allowed + " were asked for (limit)", ex.status(),
          ex.requestId(), null);
    }
    return Page.of(envelope.data(), envelope.nextCursor(), envelope.totalCount());
  }

  /** The request's {@code limit}, or the contract's maximum page size when it sent none. */
  private static int pageSize(ApiRequest request) {
    String limit = request.query().get("limit");
    try {
      return limit == null ? MAX_PAGE_SIZE : Math.max(1, Integer.parseInt(limit.trim()));
    } catch (NumberFormatException e) {
      return MAX_PAGE_SIZE;
    }
  }

  @Override
  public <T> PagedIterable<T> paged(ApiRequest firstPage, Class<T> itemType) {
    Objects.requireNonNull(firstPage, "firstPage must not be null");
    Objects.requireNonNull(itemType, "itemType must not be null");
    return PagedIterable.create(fingerprint(firstPage), new PageFetcher<>() {
      @Override
      public Page<T> fetch(String cursor) {
        return page(at(firstPage, cursor), itemType, null);
      }

      @Override
      public Page<T> fetch(String cursor, Consumer<String> nextCursorHint) {
        Objects.requireNonNull(nextCursorHint, "nextCursorHint must not be null");
        return page(at(firstPage, cursor), itemType, head ->
            NextLink.cursor(head.header("Link").orElse(null)).ifPresent(nextCursorHint));
      }
    }, prefetchExecutor);
  }

  private static ApiRequest at(ApiRequest firstPage, String cursor) {
    return cursor == null ? firstPage : firstPage.toBuilder().query("cursor", cursor).build();
  }

  /**
   * method + path + query parameters sorted by name; the cursor and the page size are left out,
   * so a resume token (a position) stays valid when the query resumes with another page size.
   * Names and values are percent-encoded, so no two different queries share a fingerprint.
   *
   * @param request the first page's request, not null
   * @return the query's fingerprint
   */
  public static String fingerprint(ApiRequest request) {
    Map<String, String> sorted = new TreeMap<>(request.query());
    sorted.remove("cursor");
    sorted.remove("limit");
    StringJoiner q = new StringJoiner("&", "?", "");
    sorted.forEach((k, v) -> q.add(Requests.encode(k) + "=" + Requests.encode(v)));
    return request.method() + " " + request.path() + q;
  }

  @Override
  public DocumentInfo download(ApiRequest request, OutputStream sink) {
    Objects.requireNonNull(request, "request must not be null");
    Objects.requireNonNull(sink, "sink must not be null");
    return pipeline.execute(request,
        (head, in, requestId) -> DocumentCopier.copy(head, in, sink, false, requestId,
            request.options().maxDocumentBytes(), request.options().documentDigestRequired()))
        .document();
  }

  @Override
  public DocumentInfo download(ApiRequest request, Path target) {
    Objects.requireNonNull(request, "request must not be null");
    Objects.requireNonNull(target, "target must not be null");
    AtomicFile file;
    try {
      file = AtomicFile.create(target);
    } catch (IOException e) {
      throw new TransportException("cannot create a temporary file next to " + target + ": "
          + e.getClass().getSimpleName(), null, false, e);
    }
    try (file) {
      DocumentInfo info = pipeline.execute(request, (head, in, requestId) -> {
        try (OutputStream out = file.open()) {
          return DocumentCopier.copy(head, in, out, true, requestId,
              request.options().maxDocumentBytes(), request.options().documentDigestRequired());
        }
      }).document();
      file.commit();
      return info;
    } catch (IOException e) {
      throw new TransportException("cannot move the downloaded document to " + target + ": "
          + e.getClass().getSimpleName(), null, false, e);
    }
  }

  @Override
  public String toString() {
    return "DefaultApiCaller";
  }
}
