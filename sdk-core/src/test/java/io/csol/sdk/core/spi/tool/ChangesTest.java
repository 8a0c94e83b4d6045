package io.csol.sdk.core.spi.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csol.sdk.core.DocumentInfo;
import io.csol.sdk.core.RequestOptions;
import io.csol.sdk.core.Tool;
import io.csol.sdk.core.changes.Change;
import io.csol.sdk.core.changes.ChangeBatch;
import io.csol.sdk.core.changes.ChangeFeed;
import io.csol.sdk.core.changes.ChangeOp;
import io.csol.sdk.core.changes.SyncToken;
import io.csol.sdk.core.error.ResponseDecodingException;
import io.csol.sdk.core.json.Json;
import io.csol.sdk.core.paging.Page;
import io.csol.sdk.core.paging.PagedIterable;
import io.csol.sdk.core.spi.ApiCaller;
import io.csol.sdk.core.spi.ApiRequest;
import java.io.OutputStream;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChangesTest {

  /** A record type as a tool module would have one. */
  record Thing(String name) {
  }

  /** Answers every JSON call with one body, decoded into the requested type like the core. */
  private static final class JsonCaller implements ApiCaller {
    final List<ApiRequest> requests = new ArrayList<>();
    private final String body;

    JsonCaller(String body) {
      this.body = body;
    }

    @Override
    public <T> T call(ApiRequest request, Class<T> type) {
      return call(request, (Type) type);
    }

    @Override
    public <T> T call(ApiRequest request, Type type) {
      requests.add(request);
      return Json.read(body.getBytes(StandardCharsets.UTF_8), type, null, 200);
    }

    @Override
    public <T> Page<T> callForPage(ApiRequest request, Class<T> itemType) {
      throw new AssertionError("not used");
    }

    @Override
    public <T> PagedIterable<T> paged(ApiRequest firstPage, Class<T> itemType) {
      throw new AssertionError("not used");
    }

    @Override
    public DocumentInfo download(ApiRequest request, OutputStream sink) {
      throw new AssertionError("not used");
    }

    @Override
    public DocumentInfo download(ApiRequest request, java.nio.file.Path target) {
      throw new AssertionError("not used");
    }
  }

  private static ChangeFeed<Thing> feed(JsonCaller caller, SyncToken since) {
    RequestOptions options = RequestOptions.builder().requestId("r-1").build();
    return ChangeFeed.create(
        Changes.fetcher(caller, Tool.STATEMENTS, "/v1/things/changes", Thing.class, options), since);
  }

  @Test
  void fetcher_upsertDeleteAndUnknownOp_becomeTypedChanges() {
    JsonCaller caller = new JsonCaller("{\"data\":[{\"op\":\"UPSERT\",\"id\":\"1\","
        + "\"changedAt\":\"2026-11-23T10:15:30Z\",\"record\":{\"name\":\"one\"}},"
        + "{\"op\":\"DELETE\",\"id\":\"2\",\"changedAt\":\"2026-11-23T10:15:31Z\"},"
        + "{\"op\":\"ARCHIVE\",\"id\":\"3\"}],\"nextSince\":\"tok-2\",\"hasMore\":false}");
    ChangeBatch<Thing> batch = feed(caller, null).fetch();
    assertThat(batch.changes()).extracting(Change::op)
        .containsExactly(ChangeOp.UPSERT, ChangeOp.DELETE, ChangeOp.UNKNOWN);
    assertThat(batch.changes().get(0).record()).contains(new Thing("one"));
    assertThat(batch.changes().get(0).changedAt())
        .isEqualTo(Instant.parse("2026-11-23T10:15:30Z"));
    assertThat(batch.changes().get(1).record()).isEmpty();
    assertThat(batch.changes().get(2).changedAt()).isNull();
    assertThat(batch.nextSince()).isEqualTo(SyncToken.of("tok-2"));
    assertThat(batch.hasMore()).isFalse();
  }

  @Test
  void fetcher_sendsSinceAndLimitOnlyWhenGiven_withToolAndOptions() {
    JsonCaller caller = new JsonCaller("{\"data\":[],\"nextSince\":\"t9\",\"hasMore\":false}");
    feed(caller, null).fetch();
    ApiRequest first = caller.requests.get(0);
    assertThat(first.method()).isEqualTo("GET");
    assertThat(first.path()).isEqualTo("/v1/things/changes");
    assertThat(first.query()).isEmpty();
    assertThat(first.tool()).isEqualTo(Tool.STATEMENTS);
    assertThat(first.options().requestId()).contains("r-1");

    feed(caller, SyncToken.of("t8")).batchSize(200).fetch();
    assertThat(caller.requests.get(1).query())
        .containsExactly(Map.entry("since", "t8"), Map.entry("limit", "200"));
  }

  @Test
  void fetcher_missingNextSinceOrHasMore_isDecodingError() {
    assertThatThrownBy(() -> feed(new JsonCaller("{\"data\":[],\"hasMore\":false}"), null).fetch())
        .isInstanceOf(ResponseDecodingException.class).hasMessageContaining("nextSince");
    assertThatThrownBy(() -> feed(new JsonCaller("{\"data\":[],\"nextSince\":\"t\"}"), null)
        .fetch()).isInstanceOf(ResponseDecodingException.class).hasMessageContaining("hasMore");
  }

  @Test
  void fetcher_entryWithoutId_isDecodingError() {
    JsonCaller caller = new JsonCaller(
        "{\"data\":[{\"op\":\"UPSERT\"}],\"nextSince\":\"t\",\"hasMore\":false}");
    assertThatThrownBy(() -> feed(caller, null).fetch())
        .isInstanceOf(ResponseDecodingException.class).hasMessageContaining("op or id");
  }

  @Test
  void fetcher_nullArgument_failsNamingIt() {
    assertThatThrownBy(() -> Changes.fetcher(null, Tool.INVOICES, "/p", Thing.class,
        RequestOptions.defaults())).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("caller");
    assertThatThrownBy(() -> Changes.fetcher(new JsonCaller("{}"), Tool.INVOICES, "/p",
        Thing.class, null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("options");
  }
}
