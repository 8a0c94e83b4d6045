package io.csol.sdk.core;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.csol.sdk.core.Stubs.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.csol.sdk.core.error.ResponseDecodingException;
import io.csol.sdk.core.paging.Page;
import io.csol.sdk.core.paging.ResumeToken;
import io.csol.sdk.core.raw.RawClient;
import io.csol.sdk.core.raw.RawResponse;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** RawClient's path and query checks at each edge, list pages and RawResponse's accessors. */
class RawClientEdgesTest {
  private WireMockServer server;
  private CsolClient client;
  private RawClient raw;

  @BeforeEach
  void start() {
    server = Stubs.server();
    Stubs.tokens(server, 3600);
    client = Stubs.client(server, new FakeTime()).build();
    raw = RawClient.of(client);
  }

  @AfterEach
  void stop() {
    client.close();
    server.stop();
  }

  @Test
  void get_badPercentEscape_rejectedBeforeSending() {
    assertThatThrownBy(() -> raw.get("/v1/contracts/C%2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("path must start with '/' and hold only URI path characters");
    assertThatThrownBy(() -> raw.get("/v1/contracts/C%zz1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("path must start with '/' and hold only URI path characters");
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  @Test
  void get_dotSegments_eachRejectedBeforeSending() {
    for (String path : List.of("/v1/..", "/v1/./x", "/v1/.", "/v1/../x")) {
      assertThatThrownBy(() -> raw.get(path)).as(path)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("path must not start with '//' or hold '.' or '..' segments");
    }
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  @Test
  void get_wellEncodedPathAndDotsInsideNames_sent() {
    server.stubFor(get(urlPathEqualTo("/v1/files/a.b..c/C%2F1")).willReturn(json(200, "{}")));
    assertThat(raw.get("/v1/files/a.b..c/C%2F1").status()).isEqualTo(200);
  }

  @Test
  void get_queryStringWithEmptyPairsAndFlag_parsedAsSent() {
    server.stubFor(get(urlPathEqualTo("/v1/x")).willReturn(json(200, "{}")));
    raw.get("/v1/x?a=1&&flag&b=x%20y&");
    server.verify(getRequestedFor(urlPathEqualTo("/v1/x"))
        .withQueryParam("a", equalTo("1")).withQueryParam("flag", equalTo(""))
        .withQueryParam("b", equalTo("x y")));
  }

  @Test
  void get_queryParameterWithoutName_rejected() {
    assertThatThrownBy(() -> raw.get("/v1/x?=v"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("path's query string has a parameter without a name");
    assertThatThrownBy(() -> raw.get("/v1/x?a=1&=v"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("path's query string has a parameter without a name");
    assertThatThrownBy(() -> raw.get("/v1/x?a=%zz"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("path's query string is not well percent-encoded");
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  @Test
  void list_pathWithQueryString_rejectedEvenWhenItIsTheFirstCharacter() {
    assertThatThrownBy(() -> raw.list("/v1/orders?limit=2", Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("path must not contain a query string");
    assertThatThrownBy(() -> raw.list("?limit=2", Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("path must not contain a query string");
  }

  @Test
  void list_nullQueryValue_rejectedNamingTheParameter() {
    Map<String, String> query = new HashMap<>();
    query.put("filter", null);
    assertThatThrownBy(() -> raw.list("/v1/orders", query))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("query value of 'filter' must not be null");
  }

  @Test
  void list_itemNotAnObject_failsAsADecodingError() {
    server.stubFor(get(urlPathEqualTo("/v1/orders"))
        .willReturn(json(200, "{\"data\":[{\"id\":\"o1\"},7]}")));
    assertThatThrownBy(() -> raw.list("/v1/orders", Map.of()).forEach(m -> { }))
        .isInstanceOf(ResponseDecodingException.class)
        .hasMessageContaining("page \"data\" holds an item that is not a JSON object");
  }

  @Test
  void list_totalCount_passedOnToThePage() {
    server.stubFor(get(urlPathEqualTo("/v1/orders"))
        .willReturn(json(200, "{\"data\":[{\"id\":\"o1\"}],\"totalCount\":41}")));
    Page<Map<String, Object>> page = raw.list("/v1/orders", Map.of()).byPage().iterator().next();
    assertThat(page.totalCount()).hasValue(41);
    assertThat(page.items()).extracting(m -> m.get("id")).containsExactly("o1");
  }

  @Test
  void list_noTotalCount_pageHasNone() {
    server.stubFor(get(urlPathEqualTo("/v1/orders"))
        .willReturn(json(200, "{\"data\":[{\"id\":\"o1\"}]}")));
    Page<Map<String, Object>> page = raw.list("/v1/orders", Map.of()).byPage().iterator().next();
    assertThat(page.totalCount()).isEmpty();
  }

  @Test
  void list_resumeTokenOfAnotherRoute_rejected() {
    server.stubFor(get(urlPathEqualTo("/v1/orders"))
        .willReturn(json(200, "{\"data\":[{\"id\":\"o1\"}],\"nextCursor\":\"k2\"}")));
    var it = raw.list("/v1/orders", Map.of()).iterator();
    it.next();
    ResumeToken token = it.resumeToken();
    assertThatThrownBy(() -> raw.list("/v1/invoices", Map.of()).resumeFrom(token))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("resumeToken belongs to another query").hasMessageContaining("[RAW ");
  }

  @Test
  void response_accessors_headersRequestIdArraysAndToString() {
    server.stubFor(get(urlPathEqualTo("/v1/list")).willReturn(json(200, "[1,\"a\",true]")
        .withHeader("X-Extra", "e1")));
    RawResponse r = raw.get("/v1/list", RequestOptions.builder().requestId("req-77").build());
    assertThat(r.headers()).containsEntry("X-Extra", "e1");
    assertThat(r.requestId()).isEqualTo("req-77");
    assertThat(r.jsonArray()).containsExactly(new BigDecimal("1"), "a", true);
    assertThat(r.toString()).isEqualTo("RawResponse[status=200, requestId=req-77, bytes=12]");
    assertThatThrownBy(r::jsonObject).isInstanceOf(ResponseDecodingException.class)
        .hasMessageContaining("the response body is not a JSON object");
    assertThat(raw.toString()).isEqualTo("RawClient");
  }

  @Test
  void response_objectBody_notAnArray() {
    server.stubFor(get(urlPathEqualTo("/v1/one")).willReturn(json(200, "{\"id\":1}")));
    RawResponse r = raw.get("/v1/one");
    assertThatThrownBy(r::jsonArray).isInstanceOf(ResponseDecodingException.class)
        .hasMessageContaining("the response body is not a JSON array");
  }
}
