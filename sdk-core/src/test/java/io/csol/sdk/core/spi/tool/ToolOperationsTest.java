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

class ToolOperationsTest {

  /** Records requests and which download overload ran. */
  static final class Recording implements ApiCaller {
    final List<ApiRequest> sent = new ArrayList<>();
    final List<String> downloads = new ArrayList<>();

    @Override
    public <T> T call(ApiRequest request, Class<T> type) {
      sent.add(request);
      return null;
    }

    @Override
    public <T> T call(ApiRequest request, Type type) {
      sent.add(request);
      return null;
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
      downloads.add("stream");
      return new DocumentInfo("application/pdf", 0, "", Optional.empty());
    }

    @Override
    public DocumentInfo download(ApiRequest request, Path target) {
      sent.add(request);
      downloads.add("file " + target);
      return new DocumentInfo("application/pdf", 0, "", Optional.empty());
    }
  }

  record NoteBody(String note, String absent) {
  }

  private final Recording caller = new Recording();
  private final ToolOperations ops = ToolOperations.of(caller, Tool.INVOICES, "/v1/invoices");
  private final RequestOptions options =
      RequestOptions.builder().timeout(Duration.ofSeconds(5)).build();

  @Test
  void get_bindsToolOptionsAndEncodesPathParameters() {
    ops.get(String.class, options, "/{number}", "a/b c");
    ApiRequest r = caller.sent.get(0);
    assertThat(r.method()).isEqualTo("GET");
    assertThat(r.path()).isEqualTo("/v1/invoices/a%2Fb%20c");
    assertThat(r.tool()).isEqualTo(Tool.INVOICES);
    assertThat(r.options()).isSameAs(options);
  }

  @Test
  void post_bodyRecord_isSentAsJsonWithoutNullMembers() {
    ops.post(new NoteBody("ok", null), String.class, options, "/{number}/approve", "91");
    ApiRequest r = caller.sent.get(0);
    assertThat(r.method()).isEqualTo("POST");
    assertThat(r.path()).isEqualTo("/v1/invoices/91/approve");
    assertThat(new String(Json.write(r.body().orElseThrow()), StandardCharsets.UTF_8))
        .isEqualTo("{\"note\":\"ok\"}");
  }

  @Test
  void download_fileOrStreamSink_usesTheMatchingCallerMethod() {
    ops.download(DocumentSink.toFile(Path.of("x.pdf")), "application/pdf", options, "/{n}/image", "1");
    ops.download(DocumentSink.to(new ByteArrayOutputStream()), "application/pdf", options,
        "/{n}/image", "1");
    assertThat(caller.downloads).containsExactly("file x.pdf", "stream");
    assertThat(caller.sent).extracting(ApiRequest::accept).containsOnly("application/pdf");
  }

  @Test
  void export_optionsReplaceTheExportRequests() {
    ExportRequest<String> export = ExportRequest.<String>builder().format(ExportFormat.CSV).build();
    ops.export(export, DocumentSink.to(new ByteArrayOutputStream()), options, "/export");
    ApiRequest r = caller.sent.get(0);
    assertThat(r.path()).isEqualTo("/v1/invoices/export");
    assertThat(r.query()).containsEntry("format", "csv");
    assertThat(r.options()).isSameAs(options);
    assertThat(r.tool()).isEqualTo(Tool.INVOICES);
  }

  @Test
  void listAndChanges_areLazyAndBound() {
    ops.list(String.class, options, "/entitlements");
    assertThat(caller.sent).singleElement().extracting(ApiRequest::path)
        .isEqualTo("/v1/invoices/entitlements");
    ops.changes(String.class, null, options, "/changes");
    assertThat(caller.sent).hasSize(1); // nothing sent until the feed is used
  }

  @Test
  void misuse_failsNamingTheParameter() {
    assertThatThrownBy(() -> ToolOperations.of(caller, Tool.INVOICES, "v1/invoices"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("basePath");
    assertThatThrownBy(() -> ToolOperations.of(caller, Tool.INVOICES, "/v1/invoices/"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("basePath");
    assertThatThrownBy(() -> ToolOperations.of((ApiCaller) null, Tool.INVOICES, "/v1"))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("caller");
    assertThatThrownBy(() -> ops.get(String.class, null, "/{n}", "1"))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("options");
    assertThatThrownBy(() -> ops.post(null, String.class, options, "/x"))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("body");
    assertThatThrownBy(() -> ops.download(null, "application/pdf", options, "/x"))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("sink");
    assertThatThrownBy(() -> DocumentSink.toFile(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("target");
    assertThatThrownBy(() -> DocumentSink.to(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("out");
    assertThat(caller.sent).isEmpty();
  }
}
