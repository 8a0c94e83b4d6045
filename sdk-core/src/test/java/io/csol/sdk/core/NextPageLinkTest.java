package io.csol.sdk.core;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.csol.sdk.core.Stubs.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.csol.sdk.core.paging.PagedIterator;
import io.csol.sdk.core.spi.ApiCaller;
import io.csol.sdk.core.spi.tool.ToolOperations;
import io.csol.sdk.core.spi.ApiRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The RFC 8288 next link lets a prefetching iteration ask for a page before the last is read. */
class NextPageLinkTest {
  private WireMockServer server;
  private CsolClient client;
  private ApiCaller caller;
  private final Map<String, Long> requestedAt = new ConcurrentHashMap<>();

  @BeforeEach
  void start() {
    server = Stubs.server();
    Stubs.tokens(server, 3600);
    server.addMockServiceRequestListener((request, response) -> {
      String cursor = request.queryParameter("cursor").isPresent()
          ? request.queryParameter("cursor").firstValue() : "first";
      if (request.getUrl().startsWith("/v1/things")) {
        requestedAt.putIfAbsent(cursor, System.currentTimeMillis());
      }
    });
    client = Stubs.client(server, new FakeTime()).build();
    caller = ToolOperations.caller(client);
  }

  @AfterEach
  void stop() {
    client.close();
    server.stop();
  }

  private void page(String cursor, String items, String next, String link, int dribbleMillis) {
    var response = json(200, "{\"data\":[" + items + "]"
        + (next == null ? "" : ",\"nextCursor\":\"" + next + "\"") + "}");
    if (link != null) {
      response.withHeader("Link", link);
    }
    if (dribbleMillis > 0) {
      response.withChunkedDribbleDelay(5, dribbleMillis);
    }
    server.stubFor(get(urlPathEqualTo("/v1/things"))
        .withQueryParam("limit", equalTo("2"))
        .withQueryParam("cursor", cursor == null ? absent() : equalTo(cursor))
        .willReturn(response));
  }

  private List<String> readAll(int prefetch) {
    List<String> ids = new ArrayList<>();
    try (PagedIterator<Me> it = caller.paged(ApiRequest.get("/v1/things").query("limit", "2")
        .build(), Me.class).prefetch(prefetch).iterator()) {
      it.forEachRemaining(me -> ids.add(me.userId()));
    }
    return ids;
  }

  @Test
  void prefetch_followsTheLinkHeader_beforeTheSlowBodyOfThePageHasArrived() {
    page(null, "{\"userId\":\"a\"},{\"userId\":\"b\"}", "c1",
        "</v1/things?limit=2&cursor=c1>; rel=\"next\"", 1500);
    page("c1", "{\"userId\":\"c\"},{\"userId\":\"d\"}", "c 2",
        "<https://elsewhere.invalid/v1/things?cursor=c%202&limit=2>; rel=\"next\"", 0);
    page("c 2", "{\"userId\":\"e\"}", null, null, 0);

    long begin = System.currentTimeMillis();
    List<String> ids = readAll(2);

    assertThat(ids).containsExactly("a", "b", "c", "d", "e");
    // the second page was asked for while the first page's body was still dribbling in
    assertThat(requestedAt.get("c1") - begin).isLessThan(1000);
    // every page repeated the SDK's own query, whatever host or order the link had
    server.verify(1, getRequestedFor(urlPathEqualTo("/v1/things"))
        .withQueryParam("cursor", equalTo("c 2")).withQueryParam("limit", equalTo("2")));
    assertThat(server.findAll(getRequestedFor(urlPathEqualTo("/v1/things")))).hasSize(3);
  }

  @Test
  void prefetch_linkContradictsTheBody_theBodyWinsAndNothingIsLostOrRepeated() {
    page(null, "{\"userId\":\"a\"},{\"userId\":\"b\"}", "c1",
        "</v1/things?limit=2&cursor=wrong>; rel=\"next\"", 0);
    page("wrong", "{\"userId\":\"x\"}", null, null, 0);
    page("c1", "{\"userId\":\"c\"}", null, null, 0);

    assertThat(readAll(2)).containsExactly("a", "b", "c");
  }

  @Test
  void withoutPrefetch_theLinkIsNotFollowedEarly() {
    page(null, "{\"userId\":\"a\"}", "c1", "</v1/things?limit=2&cursor=c1>; rel=\"next\"", 0);
    page("c1", "{\"userId\":\"b\"}", null, null, 0);

    try (PagedIterator<Me> it = caller.paged(ApiRequest.get("/v1/things").query("limit", "2")
        .build(), Me.class).iterator()) {
      assertThat(it.next().userId()).isEqualTo("a");
      assertThat(requestedAt).containsOnlyKeys("first"); // lazy: no hidden extra request
      assertThat(it.next().userId()).isEqualTo("b");
    }
  }
}
