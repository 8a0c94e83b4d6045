package io.csol.sdk.core.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ProblemMapper's limits, each at the limit and one past it. */
class ProblemMapperLimitsTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

  private static ApiException map(int status, String body, String contentType, Map<String, String> headers) {
    byte[] bytes = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
    return ProblemMapper.fromResponse(status, bytes, contentType, "req-1", headers, CLOCK);
  }

  @Test
  void fromResponse_status100And599Accepted_99And600Rejected() {
    assertThat(map(100, null, null, null).status()).isEqualTo(100);
    assertThat(map(599, null, null, null)).isExactlyInstanceOf(ServerException.class);
    for (int status : new int[] {99, 600}) {
      assertThatThrownBy(() -> map(status, null, null, null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("status must be an HTTP status 100..599, was " + status);
    }
  }

  @Test
  void fromResponse_499And500_clientThenServerException() {
    assertThat(map(499, null, null, null)).isExactlyInstanceOf(ApiException.class);
    assertThat(map(500, null, null, null)).isExactlyInstanceOf(ServerException.class);
  }

  @Test
  void parseRetryAfter_tenDigitsParsed_elevenDigitsEmpty() {
    assertThat(ProblemMapper.parseRetryAfter("9999999999", CLOCK)).contains(Duration.ofSeconds(9_999_999_999L));
    assertThat(ProblemMapper.parseRetryAfter("10000000000", CLOCK)).isEmpty();
  }

  @Test
  void parseRetryAfter_blankNullOrGarbage_empty() {
    assertThat(ProblemMapper.parseRetryAfter(null, CLOCK)).isEmpty();
    assertThat(ProblemMapper.parseRetryAfter("  ", CLOCK)).isEmpty();
    assertThat(ProblemMapper.parseRetryAfter("soon", CLOCK)).isEmpty();
    assertThat(ProblemMapper.parseRetryAfter("-5", CLOCK)).isEmpty();
    assertThatThrownBy(() -> ProblemMapper.parseRetryAfter("5", null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("clock");
  }

  @Test
  void parseRetryAfter_dateInThePastOrNow_zero() {
    assertThat(ProblemMapper.parseRetryAfter("Mon, 23 Nov 2026 09:59:59 GMT", CLOCK)).contains(Duration.ZERO);
    assertThat(ProblemMapper.parseRetryAfter("Mon, 23 Nov 2026 10:00:00 GMT", CLOCK)).contains(Duration.ZERO);
    assertThat(ProblemMapper.parseRetryAfter("Mon, 23 Nov 2026 10:00:01 GMT", CLOCK)).contains(Duration.ofSeconds(1));
  }

  @Test
  void fromResponse_retryAfterHeaderAnyCase_onServerAndOtherErrors() {
    assertThat(((ServerException) map(503, null, null, Map.of("retry-after", "7"))).retryAfter())
        .contains(Duration.ofSeconds(7));
    assertThat(map(418, null, null, Map.of("RETRY-AFTER", "3")).retryAfter()).contains(Duration.ofSeconds(3));
  }

  @Test
  void clean_exactlyMaxKept_oneMoreCutWithEllipsis() {
    assertThat(ProblemMapper.clean("abcde", 5)).isEqualTo("abcde");
    assertThat(ProblemMapper.clean("abcdef", 5)).isEqualTo("abcde...");
    assertThat(ProblemMapper.clean(null, 5)).isNull();
  }

  @Test
  void clean_controlAndSeparatorCharacters_replaced() {
    assertThat(ProblemMapper.clean("a\r\nb\tc\u0085d\u2028e\u2029f", 100)).isEqualTo("a  b c d e f");
    assertThat(ProblemMapper.clean("a\u0000b\u200Bc\uE000d", 100)).isEqualTo("a?b?c?d");
    assertThat(ProblemMapper.clean("a\uD800b", 100)).isEqualTo("a?b");
    // the limit counts UTF-16 units, and a pair is never split
    assertThat(ProblemMapper.clean("\uD83D\uDE00!", 3)).isEqualTo("\uD83D\uDE00!");
    assertThat(ProblemMapper.clean("\uD83D\uDE00!!", 3)).isEqualTo("\uD83D\uDE00!...");
  }

  @Test
  void fromResponse_detailLongerThan500_cut() {
    String at = "d".repeat(ProblemMapper.MAX_TEXT);
    ApiException e = map(400, "{\"detail\":\"" + at + "\"}", "application/problem+json", null);
    assertThat(e.problem().detail()).isEqualTo(at);
    e = map(400, "{\"detail\":\"" + at + "x\"}", "application/problem+json", null);
    assertThat(e.problem().detail()).isEqualTo(at + "...");
  }

  @Test
  void fromResponse_requestIdHeaderLongerThan128_cut() {
    String at = "r".repeat(128);
    assertThat(ProblemMapper.fromResponse(500, null, null, null, Map.of("X-Request-Id", at), CLOCK).requestId())
        .contains(at);
    assertThat(ProblemMapper.fromResponse(500, null, null, null, Map.of("x-request-id", at + "r"), CLOCK).requestId())
        .contains(at + "...");
  }

  @Test
  void fromResponse_hundredFieldErrorsKept_moreDropped() {
    StringBuilder errors = new StringBuilder("[\"not an object\"");
    for (int i = 0; i < 101; i++) {
      errors.append(",{\"field\":\"f").append(i).append("\",\"message\":\"m\"}");
    }
    ApiException e = map(400, "{\"errors\":" + errors + "]}", "application/json", null);
    assertThat(e.problem().errors()).hasSize(100);
    assertThat(e.problem().errors().get(99).field()).isEqualTo("f99");
  }

  @Test
  void fromResponse_contentTypeWithParametersAndCase_readAsJson() {
    ApiException e = map(409, "{\"detail\":\"taken\"}", "Application/Problem+JSON; charset=utf-8", null);
    assertThat(e.problem().detail()).isEqualTo("taken");
    assertThat(map(409, "{\"detail\":\"taken\"}", "text/plain", null).problem().detail())
        .startsWith("non-JSON body (text/plain, 18 bytes)");
    assertThat(map(409, "  {\"detail\":\"sniffed\"}", "  ", null).problem().detail()).isEqualTo("sniffed");
    assertThat(map(409, "   ", null, null).problem().detail()).startsWith("non-JSON body (no content type");
    assertThat(map(409, "[1]", "application/json", null).problem().detail())
        .startsWith("JSON body is not a problem object");
    assertThat(map(409, "{", "application/json", null).problem().detail()).startsWith("malformed JSON body");
  }

  @Test
  void fromResponse_problemMembers_containersAndNullsIgnored() {
    ApiException e = map(400, "{\"title\":{\"a\":1},\"detail\":null,\"instance\":\"/v1/x\",\"ext\":\"v\\u0000\"}",
        "application/problem+json", null);
    assertThat(e.problem().title()).isNull();
    assertThat(e.problem().detail()).isNull();
    assertThat(e.problem().instance()).isEqualTo("/v1/x");
    assertThat(e.problem().extensions()).containsEntry("ext", "v?");
  }

  @Test
  void fromResponse_errorsNotAnArray_noFieldErrors() {
    assertThat(map(400, "{\"errors\":{\"field\":\"f\"}}", "application/problem+json", null).problem().errors())
        .isEmpty();
  }

  @Test
  void fromResponse_plainJsonAndProblemJson_bothRead_emptyBodyDescribed() {
    assertThat(map(409, "{\"detail\":\"plain\"}", "application/json", null).problem().detail()).isEqualTo("plain");
    assertThat(map(409, "{\"detail\":\"vendor\"}", "application/vnd.csol+json", null).problem().detail())
        .isEqualTo("vendor");
    assertThat(map(409, "{\"detail\":\"x\"}", "application/jsonp", null).problem().detail())
        .startsWith("non-JSON body");
    assertThat(map(409, "", "application/json", null).problem().detail()).isEqualTo("empty body");
    assertThat(map(409, "x", null, null).problem().detail()).startsWith("non-JSON body (no content type, 1 bytes)");
  }
}
