package io.csol.sdk.testsupport;

import io.csol.sdk.core.DocumentInfo;
import io.csol.sdk.core.json.Json;
import io.csol.sdk.core.paging.Page;
import io.csol.sdk.core.paging.PagedIterable;
import io.csol.sdk.core.spi.ApiCaller;
import io.csol.sdk.core.spi.ApiRequest;
import java.io.OutputStream;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * An {@link ApiCaller} for tool-module tests: records what a tool client asks for and answers
 * from a function, without a network. Not thread-safe; one per test.
 *
 * <pre>{@code
 * RecordingCaller caller = new RecordingCaller().answeringJson("{\"number\":\"9100000001\"}");
 * InvoicesClient.of(caller).getInvoice("9100000001");
 * assertThat(caller.last().path()).isEqualTo("/v1/invoices/9100000001");
 * }</pre>
 */
public final class RecordingCaller implements ApiCaller {
  private final List<ApiRequest> requests = new ArrayList<>();
  private Function<ApiRequest, Object> answer = r -> null;

  /** Creates a caller that answers every call with {@code null} and empty pages. */
  public RecordingCaller() {
  }

  /**
   * Answers every JSON call with what {@code answer} returns for the request.
   *
   * @param answer the answer per request, not null
   * @return this caller
   */
  public RecordingCaller answering(Function<ApiRequest, Object> answer) {
    this.answer = Objects.requireNonNull(answer, "answer must not be null");
    return this;
  }

  /**
   * Answers every JSON call with a body, decoded into the requested type as the core does.
   *
   * @param json the response body, not null
   * @return this caller
   */
  public RecordingCaller answeringJson(String json) {
    Objects.requireNonNull(json, "json must not be null");
    return answering(r -> new JsonBody(json));
  }

  /**
   * Returns every request recorded so far, oldest first.
   *
   * @return an unmodifiable view
   */
  public List<ApiRequest> requests() {
    return java.util.Collections.unmodifiableList(requests);
  }

  /**
   * Returns the latest request.
   *
   * @return the request
   * @throws IndexOutOfBoundsException if nothing was recorded
   */
  public ApiRequest last() {
    return requests.get(requests.size() - 1);
  }

  /**
   * Returns the latest request's body as the JSON the pipeline would send.
   *
   * @return the JSON text, or empty if the request has no body
   */
  public Optional<String> lastBodyJson() {
    return last().body().map(b -> new String(Json.write(b), StandardCharsets.UTF_8));
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T call(ApiRequest request, Class<T> type) {
    requests.add(request);
    return (T) decode(answer.apply(request), type);
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T call(ApiRequest request, Type type) {
    requests.add(request);
    return (T) decode(answer.apply(request), type);
  }

  private static Object decode(Object answer, Type type) {
    if (answer instanceof JsonBody body) {
      return Json.read(body.json().getBytes(StandardCharsets.UTF_8), type, null, 200);
    }
    return answer;
  }

  /** A response body the caller decodes like the real one. */
  private record JsonBody(String json) {
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> Page<T> callForPage(ApiRequest request, Class<T> itemType) {
    requests.add(request);
    return (Page<T>) Page.of(List.of(), null, null);
  }

  @Override
  public <T> PagedIterable<T> paged(ApiRequest firstPage, Class<T> itemType) {
    requests.add(firstPage);
    return PagedIterable.create(firstPage.path(), cursor -> Page.of(List.of(), null, null));
  }

  @Override
  public DocumentInfo download(ApiRequest request, OutputStream sink) {
    requests.add(request);
    return new DocumentInfo("application/pdf", 0, "", Optional.empty());
  }

  @Override
  public DocumentInfo download(ApiRequest request, Path target) {
    requests.add(request);
    return new DocumentInfo("application/pdf", 0, "", Optional.empty());
  }
}
