package io.csol.sdk.core.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csol.sdk.core.Tool;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProblemMapperTest {

  private static final String PROBLEM_JSON = "application/problem+json";
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

  private static String problem(String slug, int status, String detail, String extra) {
    return "{\"type\":\"https://csol.io/problems/" + slug + "\",\"title\":\"T " + slug + "\",\"status\":"
        + status + ",\"detail\":\"" + detail + "\",\"instance\":\"/v1/x\",\"requestId\":\"body-id\""
        + extra + "}";
  }

  private static ApiException map(int status, String body, String contentType, Map<String, String> headers) {
    byte[] bytes = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
    return ProblemMapper.fromResponse(status, bytes, contentType, "req-1", headers, CLOCK);
  }

  private static ApiException map(int status, String slug) {
    return map(status, problem(slug, status, "detail " + slug, ""), PROBLEM_JSON, Map.of());
  }

  @Test
  void fromResponse_400_invalidRequestWithFieldErrors() {
    ApiException e = map(400, problem("invalid-request", 400, "Bad limit",
        ",\"errors\":[{\"field\":\"limit\",\"message\":\"must be 1..500\"},{\"field\":\"sort\",\"message\":\"unknown\"}]"),
        PROBLEM_JSON, Map.of());
    assertThat(e).isExactlyInstanceOf(InvalidRequestException.class);
    assertThat(e.status()).isEqualTo(400);
    assertThat(e.problem().errors()).containsExactly(new FieldError("limit", "must be 1..500"),
        new FieldError("sort", "unknown"));
    assertThat(e.getMessage()).isEqualTo(
        "HTTP 400 invalid-request: Bad limit (limit: must be 1..500; sort: unknown) [requestId=req-1]");
    assertThat(map(400, "invalid-filter")).isExactlyInstanceOf(InvalidRequestException.class);
    assertThat(map(400, "invalid-cursor")).isExactlyInstanceOf(InvalidRequestException.class);
  }

  @Test
  void fromResponse_eachStatus_givesTypedException() {
    assertThat(map(401, "unauthorized")).isExactlyInstanceOf(AuthenticationException.class);
    assertThat(map(403, "forbidden")).isExactlyInstanceOf(PermissionException.class);
    assertThat(map(404, "not-found")).isExactlyInstanceOf(NotFoundException.class);
    assertThat(map(409, "conflict")).isExactlyInstanceOf(ConflictException.class);
    assertThat(map(422, "validation-failed")).isExactlyInstanceOf(InvalidRequestException.class);
    assertThat(map(422, "idempotency-key-reused")).isExactlyInstanceOf(IdempotencyConflictException.class);
    assertThat(map(429, "rate-limited")).isExactlyInstanceOf(RateLimitedException.class);
    for (int status : new int[] {500, 502, 503, 504}) {
      assertThat(map(status, "x")).isExactlyInstanceOf(ServerException.class)
          .extracting(ApiException::status).isEqualTo(status);
    }
    assertThat(map(418, "teapot")).isExactlyInstanceOf(ApiException.class);
    assertThat(map(405, "method-not-allowed")).isExactlyInstanceOf(ApiException.class);
  }

  @Test
  void fromResponse_404_messageStyle() {
    ApiException e = map(404, problem("not-found", 404, "Invoice 123 does not exist", ""), PROBLEM_JSON, Map.of());
    assertThat(e.getMessage()).isEqualTo("HTTP 404 not-found: Invoice 123 does not exist [requestId=req-1]");
    assertThat(e.requestId()).contains("req-1");
    assertThat(e.problem().requestId()).isEqualTo("body-id");
    assertThat(e.problem().instance()).isEqualTo("/v1/x");
    assertThat(e.problem().title()).isEqualTo("T not-found");
  }

  @Test
  void fromResponse_403NotEntitled_exposesMembers() {
    ApiException e = map(403, problem("not-entitled", 403, "No INVOICES for 1000001",
        ",\"tool\":\"INVOICES\",\"customerNumber\":\"1000001\",\"country\":\"SE\""), PROBLEM_JSON, Map.of());
    assertThat(e).isInstanceOf(PermissionException.class);
    NotEntitledException ne = (NotEntitledException) e;
    assertThat(ne.tool()).isEqualTo(Tool.INVOICES);
    assertThat(ne.customerNumber()).contains("1000001");
    assertThat(ne.country()).contains("SE");
    assertThat(ne.problem().extensions()).containsEntry("tool", "INVOICES").doesNotContainKey("type");
  }

  @Test
  void fromResponse_403NotEntitledWithoutMembers_unknownToolAndEmpty() {
    NotEntitledException ne = (NotEntitledException) map(403, "not-entitled");
    assertThat(ne.tool()).isEqualTo(Tool.UNKNOWN);
    assertThat(ne.customerNumber()).isEmpty();
  }

  @Test
  void fromResponse_403ToolNotOffered_exposesToolAndCountry() {
    ApiException e = map(403, problem("tool-not-offered", 403, "ORDERS is not offered in CN",
        ",\"tool\":\"ORDERS\",\"country\":\"CN\""), PROBLEM_JSON, Map.of());
    assertThat(e).isInstanceOf(PermissionException.class).isNotInstanceOf(NotEntitledException.class);
    ToolNotOfferedException t = (ToolNotOfferedException) e;
    assertThat(t.tool()).isEqualTo(Tool.ORDERS);
    assertThat(t.country()).contains("CN");
  }

  @Test
  void fromResponse_429RetryAfterSeconds_parsed() {
    ApiException e = map(429, problem("rate-limited", 429, "slow down", ""), PROBLEM_JSON, Map.of("retry-after", "7"));
    assertThat(e).isInstanceOf(RateLimitedException.class);
    assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
  }

  @Test
  void fromResponse_429RetryAfterHttpDate_relativeToClock() {
    ApiException e = map(429, "", null, Map.of("Retry-After", "Mon, 23 Nov 2026 10:00:30 GMT"));
    assertThat(e.retryAfter()).contains(Duration.ofSeconds(30));
    ApiException past = map(429, "", null, Map.of("Retry-After", "Mon, 23 Nov 2026 09:00:00 GMT"));
    assertThat(past.retryAfter()).contains(Duration.ZERO);
    ApiException bad = map(429, "", null, Map.of("Retry-After", "soon"));
    assertThat(bad.retryAfter()).isEmpty();
    assertThat(map(429, "", null, Map.of()).retryAfter()).isEmpty();
  }

  @Test
  void fromResponse_503RetryAfter_onServerException() {
    ApiException e = map(503, "<html><body>down</body></html>", "text/html; charset=utf-8",
        Map.of("Retry-After", "120"));
    assertThat(e).isInstanceOf(ServerException.class);
    assertThat(e.retryAfter()).contains(Duration.ofMinutes(2));
  }

  @Test
  void fromResponse_htmlBody_typedByStatusWithDescription() {
    String html = "<html><body>Bad gateway secret-token-abc</body></html>";
    ApiException e = map(502, html, "text/html", Map.of());
    assertThat(e).isInstanceOf(ServerException.class);
    assertThat(e.getMessage()).isEqualTo("HTTP 502: non-JSON body (text/html, " + html.length()
        + " bytes) [requestId=req-1]").doesNotContain("secret");
    assertThat(e.problem().title()).isEqualTo("Bad Gateway");
    assertThat(e.problem().slug()).isEmpty();
  }

  @Test
  void fromResponse_emptyAndGarbageBodies_typedByStatus() {
    ApiException empty = map(404, null, null, null);
    assertThat(empty).isInstanceOf(NotFoundException.class);
    assertThat(empty.getMessage()).isEqualTo("HTTP 404: empty body [requestId=req-1]");
    ApiException garbage = map(409, "{\"type\": broken", PROBLEM_JSON, Map.of());
    assertThat(garbage).isInstanceOf(ConflictException.class);
    assertThat(garbage.getMessage()).contains("malformed JSON body (application/problem+json, 15 bytes)");
    ApiException array = map(401, "[1,2]", "application/json", Map.of());
    assertThat(array).isInstanceOf(AuthenticationException.class);
    assertThat(array.getMessage()).contains("not a problem object");
    ApiException binary = map(500, "\u0000\u0001garbage", "application/octet-stream", Map.of());
    assertThat(binary).isInstanceOf(ServerException.class).hasMessageContaining("non-JSON body");
  }

  @Test
  void fromResponse_jsonWithoutContentType_sniffed() {
    ApiException e = map(404, problem("not-found", 404, "gone", ""), null, Map.of());
    assertThat(e.problem().slug()).contains("not-found");
    assertThat(e.getMessage()).contains("not-found: gone");
  }

  @Test
  void fromResponse_extraMembers_keptAsExtensions() {
    ApiException e = map(409, problem("conflict", 409, "already ACTIVE",
        ",\"limit\":1.5,\"nested\":{\"a\":[1,2]},\"flag\":true"), PROBLEM_JSON, Map.of());
    assertThat(e.problem().extensions()).containsEntry("limit", new BigDecimal("1.5"))
        .containsEntry("flag", true).containsEntry("nested", Map.of("a", List.of(1, 2)));
    assertThatThrownBy(() -> e.problem().extensions().put("x", 1))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void fromResponse_requestIdFallbacks_bodyThenHeader() {
    byte[] body = problem("not-found", 404, "d", "").getBytes(StandardCharsets.UTF_8);
    ApiException fromBody = ProblemMapper.fromResponse(404, body, PROBLEM_JSON, null, Map.of(), CLOCK);
    assertThat(fromBody.requestId()).contains("body-id");
    ApiException fromHeader = ProblemMapper.fromResponse(404, new byte[0], null, " ",
        Map.of("x-request-id", "hdr-id"), CLOCK);
    assertThat(fromHeader.requestId()).contains("hdr-id");
    ApiException none = ProblemMapper.fromResponse(404, new byte[0], null, null, null);
    assertThat(none.requestId()).isEmpty();
    assertThat(none.getMessage()).doesNotContain("requestId");
  }

  @Test
  void fromResponse_authorizationHeader_neverInMessage() {
    ApiException e = map(401, problem("unauthorized", 401, "token expired", ""), PROBLEM_JSON,
        Map.of("Authorization", "Bearer super-secret-token", "WWW-Authenticate", "Bearer error=\"invalid_token\""));
    assertThat(e.getMessage()).doesNotContain("super-secret-token");
    assertThat(e.toString()).doesNotContain("super-secret-token");
    assertThat(e.problem().toString()).doesNotContain("super-secret-token");
  }

  @Test
  void fromResponse_badArguments_throw() {
    assertThatThrownBy(() -> ProblemMapper.fromResponse(99, null, null, null, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("status");
    assertThatThrownBy(() -> ProblemMapper.fromResponse(400, null, null, null, null, null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("clock");
  }

  @Test
  void parseRetryAfter_hugeNumber_empty() {
    assertThat(ProblemMapper.parseRetryAfter("99999999999999999999", CLOCK)).isEmpty();
    assertThat(ProblemMapper.parseRetryAfter(" 0 ", CLOCK)).contains(Duration.ZERO);
  }
}
