package io.csol.sdk.core.spi.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import io.csol.sdk.core.DocumentInfo;
import io.csol.sdk.core.DocumentSink;
import io.csol.sdk.core.ExportFormat;
import io.csol.sdk.core.RequestOptions;
import io.csol.sdk.core.Tool;
import io.csol.sdk.core.json.Json;
import io.csol.sdk.core.paging.Page;
import io.csol.sdk.core.paging.PagedIterable;
import io.csol.sdk.core.query.ExportRequest;
import io.csol.sdk.core.spi.ApiCaller;
import io.csol.sdk.core.spi.ApiRequest;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** ToolOperations hands back what the caller answered, and names its operation. */
class ToolOperationsResultsTest {

  /** Answers every call with a fixed value, so a dropped result shows. */
  static final class Answering implements ApiCaller {
    final List<ApiRequest> sent = new ArrayList<>();
    final DocumentInfo info = new DocumentInfo("application/pdf", 3, "abc", Optional.empty());

    @Override
    @SuppressWarnings("unchecked")
    public <T> T call(ApiRequest request, Class<T> type) {
      sent.add(request);
      return (T) "answer";
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T call(ApiRequest request, Type type) {
      sent.add(request);
      return (T) "answer";
    }

    @Override
    public <T> Page<T> callForPage(ApiRequest request, Class<T> itemType) {
      sent.add(request);
      return Page.of(List.of(), null, null);
    }

    @Override
    public <T> PagedIterable<T> paged(ApiRequest firstPage, Class<T> itemType) {
      sent.add(firstPage);
      return PagedIterable.create(firstPage.path(), cursor -> Page.of(List.of(), null, null));
    }

    @Override
    public DocumentInfo download(ApiRequest request, OutputStream sink) {
      sent.add(request);
      return info;
    }

    @Override
    public DocumentInfo download(ApiRequest request, Path target) {
      sent.add(request);
      return info;
    }
  }

  record Body(String note) {
  }

  private final Answering caller = new Answering();
  private final ToolOperations ops = ToolOperations.of(caller, Tool.INVOICES, "/v1/invoices");

  @Test
  void calls_returnTheCallersAnswer() {
    RequestOptions o = RequestOptions.defaults();
    assertThat(ops.get(String.class, o, "/{n}", "1")).isEqualTo("answer");
    assertThat(ops.post(new Body("x"), String.class, o, "/{n}/approve", "1")).isEqualTo("answer");
    assertThat(ops.download(DocumentSink.to(new ByteArrayOutputStream()), "application/pdf", o,
        "/{n}/image", "1")).isSameAs(caller.info);
    assertThat(ops.download(DocumentSink.toFile(Path.of("x.pdf")), "application/pdf", o,
        "/{n}/image", "1")).isSameAs(caller.info);
    assertThat(ops.export(ExportRequest.<String>builder().format(ExportFormat.CSV).build(),
        DocumentSink.to(new ByteArrayOutputStream()), o, "/export")).isSameAs(caller.info);
    assertThat(ops.list(String.class, o, "/entitlements")).isNotNull().isEmpty();
    assertThat(ops.changes(String.class, null, o, "/changes")).isNotNull();
  }

  @Test
  void operation_namedOnRequestsAndInToString() {
    assertThat(ops.operationId()).isEmpty();
    assertThat(ops.toString()).isEqualTo("ToolOperations[INVOICES /v1/invoices]");
    ToolOperations named = ops.operation("getInvoice");
    assertThat(named.operationId()).isEqualTo("getInvoice");
    assertThat(named.tool()).isEqualTo(Tool.INVOICES);
    assertThat(named.caller()).isSameAs(caller);
    assertThat(named.toString()).isEqualTo("ToolOperations[INVOICES /v1/invoices getInvoice]");
    named.get(String.class, RequestOptions.defaults(), "/{n}", "1");
    assertThat(caller.sent.get(0).operation()).isEqualTo("getInvoice");
    assertThatThrownBy(() -> ops.operation("get invoice"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("operationId");
  }
}
