package io.csol.sdk.invoices;

import io.csol.sdk.core.json.Json;
import io.csol.sdk.core.paging.Page;
import io.csol.sdk.core.paging.PagedIterable;
import io.csol.sdk.core.spi.ApiCaller;
import io.csol.sdk.core.spi.ApiRequest;
import io.csol.sdk.core.spi.DocumentInfo;
import java.io.OutputStream;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** An ApiCaller that records what a tool client asks for and answers from a function. */
final class RecordingCaller implements ApiCaller {
  final List<ApiRequest> requests = new ArrayList<>();
  private Function<ApiRequest, Object> answer = r -> null;

  RecordingCaller answering(Function<ApiRequest, Object> answer) {
    this.answer = answer;
    return this;
  }

  /** Answers every call with a JSON body, decoded into the requested type as the core does. */
  RecordingCaller answeringJson(String json) {
    return answering(r -> new JsonBody(json));
  }

  ApiRequest last() {
    return requests.get(requests.size() - 1);
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
