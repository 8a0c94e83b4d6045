package io.csol.sdk.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.csol.sdk.core.HostileServer.ascii;
import static io.csol.sdk.core.Stubs.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.csol.sdk.core.error.ApiException;
import io.csol.sdk.core.error.CsolException;
import io.csol.sdk.core.error.DocumentIntegrityException;
import io.csol.sdk.core.error.ResponseDecodingException;
import io.csol.sdk.core.json.Json;
import io.csol.sdk.core.paging.Page;
import io.csol.sdk.core.spi.tool.ToolOperations;
import io.csol.sdk.core.spi.ApiCaller;
import io.csol.sdk.core.spi.ApiRequest;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A hostile or broken server gets a typed error, never unbounded work or a raw exception. */
class HostileResponseTest {
  private static final byte[] DOC = "%PDF-1.7 a small document".getBytes(StandardCharsets.US_ASCII);

  @TempDir
  Path dir;
  private WireMockServer server;
  private FakeTime time;
  private CsolClient client;
  private ApiCaller caller;

  record Line(String id, BigDecimal quantity) {
  }

  @BeforeEach
  void start() {
    server = Stubs.server();
    Stubs.tokens(server, 3600);
    time = new FakeTime();
    client = Stubs.client(server, time).build();
    caller = ToolOperations.caller(client);
  }

  @AfterEach
  void stop() {
    client.close();
    server.stop();
  }

  private long filesIn(Path d) throws Exception {
    try (Stream<Path> s = Files.list(d)) {
      return s.count();
    }
  }

  // --- pages ---

  @Test
  void page_moreItemsThanLimit_responseDecodingException() {
    StringBuilder body = new StringBuilder("{\"data\":[");
    for (int i = 0; i < 11; i++) {
      body.append(i == 0 ? "" : ",").append("{\"userId\":\"u").append(i).append("\"}");
    }
    server.stubFor(get(urlPathEqualTo("/v1/things")).willReturn(json(200, body + "]}")));
    ApiRequest tenPerPage = ApiRequest.get("/v1/things").query("limit", "10").build();
    assertThatThrownBy(() -> caller.callForPage(tenPerPage, Me.class))
        .isInstanceOf(ResponseDecodingException.class)
        .hasMessageContaining("page holds 11 items but at most 10");
    Page<Me> page = caller.callForPage(ApiRequest.get("/v1/things").query("limit", "11").build(),
        Me.class);
    assertThat(page.items()).hasSize(11);
  }

  @Test
  void page_sixtyMebibytesOfEmptyObjects_typedErrorAfterReadingLittle() throws Exception {
    // the token bound needs Jackson 2.18+; the floor run (scripts/consumer-check.sh) has 2.15
    com.fasterxml.jackson.core.Version jackson = com.fasterxml.jackson.core.json.PackageVersion.VERSION;
    org.junit.jupiter.api.Assumptions.assumeTrue(jackson.getMajorVersion() > 2
        || jackson.getMajorVersion() == 2 && jackson.getMinorVersion() >= 18,
        "Jackson " + jackson + " has no StreamReadConstraints.maxTokenCount");
    long size = 60L << 20;
    byte[] items = new byte[3 * 20_000];
    for (int i = 0; i < items.length; i += 3) {
      items[i] = '{';
      items[i + 1] = '}';
      items[i + 2] = ',';
    }
    try (HostileServer hostile = new HostileServer(out -> {
      out.write(ascii("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
          + size + "\r\n\r\n{\"data\":["));
      for (long sent = 9; sent + items.length < size; sent += items.length) {
        out.write(items);
      }
    });
        CsolClient c = CsolClient.builder().baseUri("http://127.0.0.1:" + hostile.port()).build()) {
      assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
        assertThatThrownBy(() -> ToolOperations.caller(c).callForPage(
            ApiRequest.get("/v1/things").query("limit", "100").build(), Me.class))
            .isInstanceOf(ResponseDecodingException.class).hasMessageContaining("size or nesting limit");
        assertThat(hostile.clientClosed.await(10, TimeUnit.SECONDS)).isTrue();
      });
      // 1,000,000 tokens are about 1.5 MB of this body; the rest was never read
      assertThat(hostile.written.get()).isLessThan(size / 4);
      assertThat(c.leasedConnections()).isZero();
    }
  }

  // --- decimals ---

  @Test
  void decode_hugeExponentOrTooManyDigits_responseDecodingException() {
    for (String q : new String[] {"1e999999999", "1e-999999999", "\"1e999999999\"",
        "1" + "0".repeat(250)}) {
      byte[] body = ("{\"id\":\"a\",\"quantity\":" + q + "}").getBytes(StandardCharsets.UTF_8);
      assertThatThrownBy(() -> Json.read(body, Line.class, "rid", 200)).as(q)
          .isInstanceOf(ResponseDecodingException.class).hasMessageContaining("more than 200 digits")
          .message().doesNotContain("999999999");
    }
    Line ok = Json.read("{\"id\":\"a\",\"quantity\":12.500}".getBytes(StandardCharsets.UTF_8),
        Line.class, "rid", 200);
    assertThat(ok.quantity()).isEqualByComparingTo("12.5");
  }

  // --- token lifetime ---

  @Test
  void signIn_hugeExpiresIn_clampedToOneDay() {
    server.stubFor(post(urlPathEqualTo("/v1/oauth/token")).willReturn(json(200,
        "{\"access_token\":\"acc-1\",\"token_type\":\"Bearer\",\"expires_in\":9223372036854775807}")));
    server.stubFor(get("/v1/me").willReturn(json(200, "{\"userId\":\"u1\"}")));
    caller.call(ApiRequest.get("/v1/me").build(), Me.class);
    time.advance(Duration.ofHours(25)); // beyond the clamp: the token is renewed
    caller.call(ApiRequest.get("/v1/me").build(), Me.class);
    assertThat(server.findAll(com.github.tomakehurst.wiremock.client.WireMock
        .postRequestedFor(urlPathEqualTo("/v1/oauth/token")))).hasSize(2);
  }

  @Test
  void signIn_expiresInBeyondLong_csolException() {
    server.stubFor(post(urlPathEqualTo("/v1/oauth/token")).willReturn(json(200,
        "{\"access_token\":\"acc-1\",\"token_type\":\"Bearer\",\"expires_in\":1e30}")));
    assertThatThrownBy(() -> caller.call(ApiRequest.get("/v1/me").build(), Me.class))
        .isInstanceOf(CsolException.class).hasMessageContaining("expires_in");
  }

  // --- documents ---

  private static String digestOf(byte[] b) throws Exception {
    return "sha-256=:" + Base64.getEncoder().encodeToString(
        MessageDigest.getInstance("SHA-256").digest(b)) + ":";
  }

  private void stubDocument(String reprDigest, byte[] body) {
    ResponseDefinitionBuilder r = aResponse().withStatus(200)
        .withHeader("Content-Type", "application/pdf").withBody(body);
    if (reprDigest != null) {
      r = r.withHeader("Repr-Digest", reprDigest);
    }
    server.stubFor(get("/v1/doc").willReturn(r));
  }

  private static ApiRequest doc(RequestOptions options) {
    return ApiRequest.get("/v1/doc").accept("application/pdf").options(options).build();
  }

  @Test
  void download_malformedReprDigest_documentIntegrityExceptionAndNoFile() throws Exception {
    for (String bad : new String[] {"sha-256=abc", "sha-256=:AAAA:", "garbage", "sha-256=:!!!:",
        ""}) {
      stubDocument(bad, DOC);
      Path target = dir.resolve("d.pdf");
      assertThatThrownBy(() -> caller.download(doc(RequestOptions.defaults()), target)).as(bad)
          .isInstanceOf(DocumentIntegrityException.class).hasMessageContaining("Repr-Digest");
      assertThat(filesIn(dir)).isZero();
    }
    stubDocument("sha-512=:AAAA:, " + digestOf(DOC), DOC); // other algorithms are not ours
    assertThat(caller.download(doc(RequestOptions.defaults()), new ByteArrayOutputStream()).bytes())
        .isEqualTo(DOC.length);
  }

  @Test
  void download_digestRequiredButMissing_documentIntegrityException() throws Exception {
    stubDocument(null, DOC);
    RequestOptions required = RequestOptions.builder().requireDocumentDigest(true).build();
    assertThatThrownBy(() -> caller.download(doc(required), dir.resolve("d.pdf")))
        .isInstanceOf(DocumentIntegrityException.class).hasMessageContaining("requireDocumentDigest");
    assertThat(filesIn(dir)).isZero();
    assertThat(caller.download(doc(RequestOptions.defaults()), new ByteArrayOutputStream()).bytes())
        .isEqualTo(DOC.length); // not required: accepted unverified, as before
    stubDocument(digestOf(DOC), DOC);
    DocumentInfo info = caller.download(doc(required), dir.resolve("d.pdf"));
    assertThat(info.bytes()).isEqualTo(DOC.length);
  }

  @Test
  void download_largerThanMaxDocumentBytes_typedErrorAndNoFile() throws Exception {
    RequestOptions small = RequestOptions.builder().maxDocumentBytes(10).build();
    stubDocument(digestOf(DOC), DOC); // Content-Length announces 25 bytes
    assertThatThrownBy(() -> caller.download(doc(small), dir.resolve("d.pdf")))
        .isInstanceOf(ResponseDecodingException.class).hasMessageContaining("maxDocumentBytes (10");
    assertThat(filesIn(dir)).isZero();
    server.stubFor(get("/v1/doc").willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/pdf").withHeader("Transfer-Encoding", "chunked")
        .withBody(DOC)));
    assertThatThrownBy(() -> caller.download(doc(small), dir.resolve("d.pdf")))
        .isInstanceOf(ResponseDecodingException.class).hasMessageContaining("sent more than that");
    assertThat(filesIn(dir)).isZero();
    assertThat(RequestOptions.defaults().maxDocumentBytes()).isEqualTo(2L << 30);
    assertThat(caller.download(doc(RequestOptions.builder().maxDocumentBytes(DOC.length).build()),
        new ByteArrayOutputStream()).bytes()).isEqualTo(DOC.length);
  }

  // --- problem details ---

  @Test
  void problem_detailWithLineBreaksAndHugeLength_sanitisedInMessageAndProblem() {
    String forged = "bad\r\n[main] INFO fake log line\u202e\u0007" + "x".repeat(20_000);
    server.stubFor(get("/v1/me").willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/problem+json")
        .withBody("{\"type\":\"https://csol.io/problems/not-found\",\"title\":\"t\\r\\nx\","
            + "\"detail\":" + new String(Json.write(forged), StandardCharsets.UTF_8)
            + ",\"requestId\":\"id\\nforged\",\"errors\":[{\"field\":\"f\\n\",\"message\":\"m\\r\"}]}")));
    assertThatThrownBy(() -> caller.call(ApiRequest.get("/v1/me").build(), Me.class))
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(e.getMessage()).doesNotContain("\r", "\n", "\u202e", "\u0007")
              .contains("bad  [main] INFO fake log line??").hasSizeLessThan(800);
          assertThat(e.problem().detail()).hasSize(503).endsWith("...").doesNotContain("\n");
          assertThat(e.problem().title()).isEqualTo("t  x");
          assertThat(e.problem().errors().get(0).field()).isEqualTo("f ");
        });
  }
}
