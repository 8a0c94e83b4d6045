package io.csol.sandbox.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.sun.net.httpserver.Headers;
import io.csol.sandbox.spi.ProblemException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The schema subset the validator understands, on a small spec of its own (independent of api/openapi.yaml). */
class ContractValidatorTest {

  private static final String SPEC = """
            openapi: 3.0.3
            paths:
              /v1/things/{id}:
                parameters:
                - {name: id, in: path, required: true, schema: {type: string, pattern: '^T[0-9]+$'}}
                get:
                  parameters:
                  - {name: since, in: query, schema: {type: string, format: date}}
                  - {name: size, in: query, schema: {type: integer, format: int32, minimum: 1, maximum: 9}}
                  - {name: mode, in: query, required: true, schema: {type: string, enum: [fast, slow]}}
                post:
                  responses: {'400': {description: bad}}
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema: {$ref: '#/components/schemas/Thing'}
            components:
              schemas:
                Name: {type: string, minLength: 1, maxLength: 5}
                Base:
                  type: object
                  required: [name]
                  properties: {name: {$ref: '#/components/schemas/Name'}}
                Thing:
                  allOf:
                  - $ref: '#/components/schemas/Base'
                  - type: object
                    additionalProperties: false
                    properties:
                      name: {$ref: '#/components/schemas/Name'}
                      mails: {type: array, maxItems: 2, items: {type: string, format: email}}
                      child: {$ref: '#/components/schemas/Thing'}
                      kind:
                        oneOf:
                        - {type: string, enum: [a, b]}
                        - {type: integer, minimum: 10}
            """;

  private final ContractValidator validator = compile();

  private static ContractValidator compile() {
    try {
      return ContractValidator.compile(new ObjectMapper(new YAMLFactory()).readTree(SPEC));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private ProblemException get(Map<String, List<String>> query) {
    return catchThrowableOfType(() -> validator.operation("GET", "/v1/things/{id}")
        .validate(Map.of("id", "T1"), query, new Headers(), new byte[0]), ProblemException.class);
  }

  private ProblemException post(String json) {
    Headers headers = new Headers();
    headers.add("Content-Type", "application/json");
    return catchThrowableOfType(() -> validator.operation("POST", "/v1/things/{id}")
        .validate(Map.of("id", "T1"), Map.of(), headers, json.getBytes(StandardCharsets.UTF_8)),
        ProblemException.class);
  }

  private static List<String> fields(ProblemException p) {
    return p.errors().stream().map(e -> e.get("field")).toList();
  }

  @Test
  void streamedUpload_nullBody_checksParametersOnlyNeverTheBody() {
    ContractValidator contract = ContractValidator.load();
    Headers headers = new Headers();
    headers.add("Content-Type", "application/zip");
    headers.add("Content-Digest", "sha-256=:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=:");
    Map<String, List<String>> query = Map.of("name", List.of("logs.zip"));
    ContractValidator.Operation upload = contract.operation("POST", "/v1/attachments");

    assertThat(catchThrowableOfType(() -> upload.validate(Map.of(), query, headers, null), ProblemException.class))
        .isNull();
    // the same request with a buffered (empty) body would be checked against the body schema
    assertThat(catchThrowableOfType(() -> upload.validate(Map.of(), query, headers, new byte[0]),
        ProblemException.class).errors()).extracting(e -> e.get("field")).containsExactly("body");
    Headers noDigest = new Headers();
    noDigest.add("Content-Type", "application/zip");
    assertThat(fields(catchThrowableOfType(() -> upload.validate(Map.of(), query, noDigest, null),
        ProblemException.class))).containsExactly("Content-Digest");
    assertThat(fields(catchThrowableOfType(() -> upload.validate(Map.of(), Map.of("name", List.of("a/b.zip")),
        headers, null), ProblemException.class))).containsExactly("name");
  }

  @Test
  void parameters_valid_pass() {
    assertThat(get(Map.of("mode", List.of("fast"), "since", List.of("2026-11-23"), "size", List.of("9")))).isNull();
  }

  @Test
  void parameters_eachBrokenRule_is400NamingTheParameter() {
    assertThat(fields(get(Map.of()))).containsExactly("mode");
    assertThat(get(Map.of()).detail()).contains("one of fast, slow");
    assertThat(fields(get(Map.of("mode", List.of("medium"))))).containsExactly("mode");
    assertThat(fields(get(Map.of("mode", List.of("fast"), "size", List.of("10"))))).containsExactly("size");
    assertThat(fields(get(Map.of("mode", List.of("fast"), "size", List.of("1.5"))))).containsExactly("size");
    assertThat(fields(get(Map.of("mode", List.of("fast"), "since", List.of("2026-02-30"))))).containsExactly("since");
    assertThat(fields(get(Map.of("mode", List.of("fast"), "other", List.of("1"))))).containsExactly("other");
    assertThat(fields(get(Map.of("mode", List.of("fast", "slow"))))).containsExactly("mode");
    ProblemException p = get(Map.of("mode", List.of("x")));
    assertThat(p.status()).isEqualTo(400);
    assertThat(p.slug()).isEqualTo("invalid-request");
  }

  @Test
  void pathParameter_offContract_is404WhereNo400IsDeclared_else400NamingIt() {
    ProblemException get = catchThrowableOfType(() -> validator.operation("GET", "/v1/things/{id}")
        .validate(Map.of("id", "X1"), Map.of("mode", List.of("fast")), new Headers(), new byte[0]),
        ProblemException.class);
    assertThat(get.status()).isEqualTo(404);
    assertThat(get.slug()).isEqualTo("not-found");
    Headers json = new Headers();
    json.add("Content-Type", "application/json");
    ProblemException post = catchThrowableOfType(() -> validator.operation("POST", "/v1/things/{id}")
        .validate(Map.of("id", "X1"), Map.of(), json, "{\"name\":\"a\"}".getBytes(StandardCharsets.UTF_8)),
        ProblemException.class);
    assertThat(post.status()).isEqualTo(400);
    assertThat(fields(post)).containsExactly("id");
  }

  @Test
  void body_valid_passes() {
    assertThat(post("{\"name\":\"ab\",\"mails\":[\"a@example.com\"],\"kind\":\"a\",\"child\":{\"name\":\"c\"}}"))
        .isNull();
    assertThat(post("{\"name\":\"ab\",\"kind\":12}")).isNull();
  }

  @Test
  void body_fieldErrors_are422NamingEachFieldByPath() {
    ProblemException p = post("{\"mails\":[\"a@example.com\",\"nope\"],\"child\":{\"name\":\"toolong\"},\"x\":1}");
    assertThat(p.status()).isEqualTo(422);
    assertThat(p.slug()).isEqualTo("validation-failed");
    assertThat(fields(p)).containsExactlyInAnyOrder("name", "mails[1]", "child.name", "x");
    assertThat(fields(post("{\"name\":\"a\",\"mails\":[\"a@x.io\",\"b@x.io\",\"c@x.io\"]}"))).containsExactly("mails");
    assertThat(fields(post("{\"name\":\"a\",\"kind\":\"c\"}"))).containsExactly("kind");
    assertThat(fields(post("{\"name\":\"a\",\"kind\":3}"))).containsExactly("kind");
    assertThat(fields(post("{\"name\":null}"))).containsExactly("name");
  }

  @Test
  void body_malformedMissingOrNotAnObject_is400() {
    assertThat(post("{\"name\":").status()).isEqualTo(400);
    assertThat(post("").status()).isEqualTo(400);
    assertThat(fields(post("[1]"))).containsExactly("body");
  }

  @Test
  void unknownOperation_isNotChecked() {
    assertThat(validator.operation("DELETE", "/v1/things/{id}")).isNull();
    assertThat(validator.operation("GET", "/v1/widgets")).isNull();
  }

  @Test
  void bundledContract_compilesEveryOperation() {
    assertThat(ContractValidator.shared().size()).isGreaterThanOrEqualTo(20);
    assertThat(ContractValidator.shared().operation("POST", "/v1/oauth/token")).isNotNull();
  }

  @Test
  void requestId_fitsTheContractPattern() {
    assertThat(ContractValidator.shared().validRequestId("req-1.a:b_C")).isTrue();
    assertThat(ContractValidator.shared().validRequestId("has space")).isFalse();
    assertThat(ContractValidator.shared().validRequestId(null)).isFalse();
    assertThatThrownBy(() -> {
      throw ContractValidator.shared().requestIdProblem("has space");
    }).isInstanceOfSatisfying(ProblemException.class, p -> assertThat(fields(p)).containsExactly("X-Request-Id"));
  }
}
