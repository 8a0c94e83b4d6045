package io.csol.sdk.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.csol.sdk.core.Stubs.json;
import static io.csol.sdk.core.Stubs.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.csol.sdk.core.error.CsolException;
import io.csol.sdk.core.error.NotFoundException;
import io.csol.sdk.core.error.ResponseDecodingException;
import io.csol.sdk.core.error.TransportException;
import io.csol.sdk.core.paging.Page;
import io.csol.sdk.core.spi.ApiCaller;
import io.csol.sdk.core.spi.ApiRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DecodeTest {
  private WireMockServer server;
  private FakeTime time;
  private CsolClient client;
  private ApiCaller caller;

  @BeforeEach
  void start() {
    server = Stubs.server();
    time = new FakeTime();
    Stubs.tokens(server, 3600);
    client = Stubs.client(server, time).build();
    caller = ApiCaller.of(client);
  }

  @AfterEach
  void stop() {
    client.close();
    server.stop();
  }

  private Me me() {
    return caller.call(ApiRequest.get("/v1/me").build(), Me.class);
  }

  @Test
  void call_malformedJson_responseDecodingExceptionWithRequestId() {
    server.stubFor(get("/v1/me").willReturn(json(200, "{\"userId\": dana}")));
    assertThatThrownBy(this::me).isInstanceOfSatisfying(ResponseDecodingException.class, e -> {
      assertThat(e.status()).isEqualTo(200);
      assertThat(e.requestId()).isPresent();
      assertThat(e).hasMessageNotContaining("dana");
    });
  }

  @Test
  void call_truncatedJson_responseDecodingException() {
    server.stubFor(get("/v1/me").willReturn(json(200, "{\"userId\":\"dana\",\"na")));
    assertThatThrownBy(this::me).isInstanceOf(ResponseDecodingException.class)
        .hasMessageContaining("truncated");
  }

  @Test
  void call_bodyShorterThanContentLength_retriedThenTransportException() throws IOException {
    try (RawServer raw = new RawServer("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
        + "Content-Length: 500\r\n\r\n{\"userId\":\"da");
        CsolClient anonymous = CsolClient.builder().baseUri("http://127.0.0.1:" + raw.port())
            .hooks(h -> {
              h.sleeper = time;
              h.clock = time;
            }).build()) {
      assertThatThrownBy(() -> ApiCaller.of(anonymous).call(ApiRequest.get("/v1/me").build(),
          Me.class)).isInstanceOf(TransportException.class).hasMessageContaining("attempt 4 of 4")
          .hasMessageContaining("Premature end");
      assertThat(raw.requests).hasValue(4);
      assertThat(anonymous.leasedConnections()).isZero();
    }
  }

  @Test
  void call_malformedChunkThenOk_retriedAndSucceeds() {
    server.stubFor(get("/v1/me").inScenario("t").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(200).withFault(Fault.MALFORMED_RESPONSE_CHUNK))
        .willSetStateTo("ok"));
    server.stubFor(get("/v1/me").inScenario("t").whenScenarioStateIs("ok")
        .willReturn(json(200, "{\"userId\":\"dana\"}")));
    assertThat(me().userId()).isEqualTo("dana");
  }

  @Test
  void callForPage_bodyCutMidPage_retriedAsTransportFailureThenDecoded() {
    server.stubFor(get(urlPathEqualTo("/v1/things")).inScenario("p").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(200).withFault(Fault.MALFORMED_RESPONSE_CHUNK))
        .willSetStateTo("ok"));
    server.stubFor(get(urlPathEqualTo("/v1/things")).inScenario("p").whenScenarioStateIs("ok")
        .willReturn(json(200, "{\"data\":[{\"userId\":\"a\"}]}")));
    Page<Me> page = caller.callForPage(ApiRequest.get("/v1/things").build(), Me.class);
    assertThat(page.items()).extracting(Me::userId).containsExactly("a");
    assertThat(client.statistics().retries()).isEqualTo(1);
    assertThat(client.leasedConnections()).isZero();
  }

  @Test
  void callForPage_truncatedJsonEveryTime_retriedThenResponseDecodingExceptionWithRequestId() {
    server.stubFor(get(urlPathEqualTo("/v1/things")).willReturn(json(200,
        "{\"data\":[{\"userId\":\"a\"},{\"userId\":")));
    assertThatThrownBy(() -> caller.callForPage(ApiRequest.get("/v1/things").build(), Me.class))
        .isInstanceOf(ResponseDecodingException.class)
        .hasMessageContaining("truncated JSON")
        .satisfies(e -> assertThat(((CsolException) e).requestId()).isPresent());
    // a complete HTTP message whose JSON ends early is a corrupted body: retried within the budget
    server.verify(4, getRequestedFor(urlPathEqualTo("/v1/things")));
    assertThat(client.leasedConnections()).isZero();
  }

  @Test
  void call_problemJson_typedExceptionWithRequestIdSent() {
    server.stubFor(get("/v1/me").willReturn(problem(404, "not-found")));
    assertThatThrownBy(this::me).isInstanceOfSatisfying(NotFoundException.class, e -> {
      String sent = server.findAll(getRequestedFor(urlPathEqualTo("/v1/me"))).get(0)
          .getHeader("X-Request-Id");
      assertThat(e.requestId()).contains(sent);
    });
  }

  @Test
  void call_garbageThenClose_transportException() {
    server.stubFor(get("/v1/me").willReturn(aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE)));
    assertThatThrownBy(this::me).isInstanceOf(TransportException.class);
  }

  @Test
  void call_gzipResponse_decompressedAndDecoded() throws IOException {
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
      gz.write("{\"userId\":\"dana\",\"name\":\"Dana\"}".getBytes(StandardCharsets.UTF_8));
    }
    server.stubFor(get("/v1/me").willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withHeader("Content-Encoding", "gzip")
        .withBody(zipped.toByteArray())));
    assertThat(me().name()).isEqualTo("Dana");
    server.verify(getRequestedFor(urlPathEqualTo("/v1/me"))
        .withHeader("Accept-Encoding", containing("gzip")));
  }

  @Test
  void call_204_returnsNull() {
    server.stubFor(get("/v1/me").willReturn(aResponse().withStatus(204)));
    assertThat(me()).isNull();
  }

  @Test
  void callForPage_envelope_itemsCursorAndTotal() {
    server.stubFor(get(urlPathEqualTo("/v1/things")).willReturn(json(200,
        "{\"data\":[{\"userId\":\"a\"},{\"userId\":\"b\"}],\"nextCursor\":\"c2\",\"totalCount\":3}")));
    Page<Me> page = caller.callForPage(ApiRequest.get("/v1/things").build(), Me.class);
    assertThat(page.items()).extracting(Me::userId).containsExactly("a", "b");
    assertThat(page.nextCursor()).contains("c2");
    assertThat(page.totalCount()).hasValue(3);
  }

  @Test
  void callForPage_missingData_responseDecodingException() {
    server.stubFor(get(urlPathEqualTo("/v1/things")).willReturn(json(200, "{\"items\":[]}")));
    assertThatThrownBy(() -> caller.callForPage(ApiRequest.get("/v1/things").build(), Me.class))
        .isInstanceOf(ResponseDecodingException.class).hasMessageContaining("data");
  }

  @Test
  void paged_twoPages_cursorAddedAndQueryKept() {
    server.stubFor(get(urlPathEqualTo("/v1/things")).withQueryParam("cursor", absent())
        .willReturn(json(200, "{\"data\":[{\"userId\":\"a\"}],\"nextCursor\":\"c 2\"}")));
    server.stubFor(get(urlPathEqualTo("/v1/things")).withQueryParam("cursor", equalTo("c 2"))
        .willReturn(json(200, "{\"data\":[{\"userId\":\"b\"}]}")));
    ApiRequest first = ApiRequest.get("/v1/things").query("filter", "status eq 'OPEN'")
        .query("limit", "1").build();
    List<String> ids = caller.paged(first, Me.class).stream().map(Me::userId)
        .collect(Collectors.toList());
    assertThat(ids).containsExactly("a", "b");
    server.verify(2, getRequestedFor(urlPathEqualTo("/v1/things"))
        .withQueryParam("filter", equalTo("status eq 'OPEN'")).withQueryParam("limit", equalTo("1")));
  }

  @Test
  void apiRequest_pathParam_encodedAsOneSegment() {
    server.stubFor(get("/v1/invoices/a%2Fb%20c").willReturn(json(200, "{\"userId\":\"x\"}")));
    Me me = caller.call(ApiRequest.get("/v1/invoices/{number}", "a/b c").build(), Me.class);
    assertThat(me.userId()).isEqualTo("x");
  }

  @Test
  void call_everyFailure_isCsolException() {
    server.stubFor(get("/v1/me").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    assertThatThrownBy(this::me).isInstanceOf(CsolException.class)
        .satisfies(e -> assertThat(((CsolException) e).requestId()).isPresent());
  }
}
