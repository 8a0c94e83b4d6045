package io.csol.sandbox.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Yaml;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks that {@code api/openapi.yaml} is a valid, fully resolvable OpenAPI 3.0.3 document that follows our rules. */
class OpenApiSpecTest {

  private static final String TOKEN_PATH = "/v1/oauth/token";

  private static SwaggerParseResult result;
  private static OpenAPI api;

  @BeforeAll
  static void parse() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    result = new OpenAPIV3Parser().readLocation(ContractSpec.path().toUri().toString(), null, options);
    api = result.getOpenAPI();
  }

  @Test
  void parse_contractSpec_hasNoMessages() {
    assertThat(result.getMessages()).as("parser messages").isEmpty();
    assertThat(api).isNotNull();
    assertThat(api.getOpenapi()).isEqualTo("3.0.3");
    assertThat(api.getInfo().getVersion()).isEqualTo("0.1.0");
  }

  @Test
  void refs_everyReference_pointsAtAnExistingNode() throws IOException {
    JsonNode root = Yaml.mapper().readTree(ContractSpec.path().toFile());
    List<String> refs = new ArrayList<>();
    collectRefs(root, refs);

    assertThat(refs).as("the spec uses $ref").isNotEmpty();
    for (String ref : refs) {
      assertThat(ref).as("only local references").startsWith("#/");
      JsonNode target = root.at(ref.substring(1));
      assertThat(target.isMissingNode()).as("unresolved $ref " + ref).isFalse();
    }
  }

  @Test
  void refs_fullResolution_succeedsWithoutMessages() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(true);
    SwaggerParseResult full = new OpenAPIV3Parser().readLocation(ContractSpec.path().toUri().toString(), null, options);

    assertThat(full.getMessages()).isEmpty();
    assertThat(full.getOpenAPI().getPaths()).isNotEmpty();
  }

  @Test
  void operations_everyOperation_hasUniqueIdSummaryTagAndA4xxResponse() {
    Set<String> ids = new HashSet<>();
    forEachOperation((path, method, operation) -> {
      String where = method + " " + path;
      assertThat(operation.getOperationId()).as(where + " operationId").isNotBlank();
      assertThat(ids.add(operation.getOperationId())).as(where + " operationId unique").isTrue();
      assertThat(operation.getSummary()).as(where + " summary").isNotBlank();
      assertThat(operation.getTags()).as(where + " tags").isNotEmpty();
      assertThat(operation.getResponses().keySet()).as(where + " responses")
          .anyMatch(code -> code.startsWith("4"))
          .anyMatch(code -> code.startsWith("2"));
    });
    assertThat(ids).contains("createToken", "getProfile", "listEntitlements", "requestEntitlement",
        "listInvoices", "getInvoice", "listInvoiceChanges", "getInvoiceImage", "forwardInvoice",
        "exportInvoices", "approveInvoice", "disputeInvoice", "listStatementSummaries",
        "listStatementLines", "getStatementLine", "listStatementLineChanges", "exportStatementLines",
        "getStatementLineDocument", "getCreditNote", "getPayment", "listRequests", "createRequest",
        "listRequestChanges", "getRequest", "closeRequest", "addRequestMessage", "listRequestMessages",
        "uploadAttachment", "getRequestAttachment");
  }

  @Test
  void security_everyRouteButToken_requiresBearerToken() {
    assertThat(api.getSecurity()).as("global security").isNotEmpty()
        .allSatisfy(requirement -> assertThat(requirement).containsKey("oauth2"));
    forEachOperation((path, method, operation) -> {
      String where = method + " " + path;
      assertThat(path).as(where).startsWith("/v1/");
      List<SecurityRequirement> effective = operation.getSecurity() != null ? operation.getSecurity() : api.getSecurity();
      boolean anonymousAllowed = effective.stream().anyMatch(Map::isEmpty);
      assertThat(anonymousAllowed).as(where + " allows calls without a token").isEqualTo(TOKEN_PATH.equals(path));
      assertThat(operation.getResponses()).as(where + " documents 401").containsKey("401");
    });
  }

  @Test
  void responses_everyProblemStatus_isReusableProblemJson() {
    Map<String, ApiResponse> responses = api.getComponents().getResponses();
    List<Integer> statuses = new ArrayList<>();
    for (ApiResponse response : responses.values()) {
      MediaType problem = response.getContent().get("application/problem+json");
      assertThat(problem).as(response.getDescription()).isNotNull();
      assertThat(response.getHeaders()).containsKey("X-Request-Id");
    }
    forEachOperation((path, method, operation) -> operation.getResponses().forEach((code, response) -> {
      if (code.startsWith("4") || code.startsWith("5")) {
        assertThat(response.get$ref()).as(method + " " + path + " " + code + " uses a reusable response")
            .startsWith("#/components/responses/");
        statuses.add(Integer.parseInt(code));
      }
    }));
    assertThat(responses).hasSize(18);
    assertThat(statuses).contains(400, 401, 403, 404, 406, 409, 411, 413, 415, 422, 429, 500, 502, 503, 504);
    assertThat(responses).containsKeys("MethodNotAllowed", "TokenBadRequest", "TokenUnauthorized");
  }

  @Test
  void schemas_money_isDecimalStringWithCurrency() throws IOException {
    JsonNode money = Yaml.mapper().readTree(ContractSpec.path().toFile()).at("/components/schemas/Money");
    String pattern = money.at("/properties/amount/pattern").asText();

    assertThat(money.at("/required").toString()).isEqualTo("[\"amount\",\"currency\"]");
    assertThat(money.at("/properties/amount/type").asText()).isEqualTo("string");
    assertThat("1234.50").matches(pattern);
    assertThat("-0.5").matches(pattern);
    assertThat("150000").matches(pattern);
    assertThat("1e5").doesNotMatch(pattern);
    assertThat("1.").doesNotMatch(pattern);
  }

  @Test
  void requestId_everyOperationAndResponse_declaresItWithOnePattern() throws IOException {
    JsonNode root = tree();
    String pattern = root.at("/components/parameters/X-Request-Id/schema/pattern").asText();

    assertThat(pattern).isEqualTo("^[A-Za-z0-9._:-]{1,64}$");
    assertThat(root.at("/components/headers/X-Request-Id/schema/pattern").asText()).isEqualTo(pattern);
    assertThat("3f6c2a9e-8d1b-4c57-9a0e-52b7d1c4e8f0").matches(pattern);
    assertThat("job:2026-11-23.run_1").matches(pattern);
    assertThat("has space").doesNotMatch(pattern);
    assertThat("x".repeat(65)).doesNotMatch(pattern);
    forEachOperationTree(root, (path, method, operation) -> {
      assertThat(refs(operation.path("parameters"))).as(method + " " + path + " takes X-Request-Id")
          .contains("#/components/parameters/X-Request-Id");
      operation.path("responses").fields().forEachRemaining(response -> {
        JsonNode r = response.getValue().has("$ref")
            ? root.at(response.getValue().path("$ref").asText().substring(1)) : response.getValue();
        assertThat(r.at("/headers/X-Request-Id/$ref").asText())
            .as(method + " " + path + " " + response.getKey() + " echoes X-Request-Id")
            .isEqualTo("#/components/headers/X-Request-Id");
      });
    });
  }

  @Test
  void limits_everyRequestStringArrayAndInteger_isBounded() throws IOException {
    JsonNode root = tree();
    List<String> unbounded = new ArrayList<>();
    root.at("/components/parameters").fields().forEachRemaining(e ->
        checkBounded(root, "parameter " + e.getKey(), e.getValue().path("schema"), unbounded));
    root.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(m -> {
      String where = m.getKey().toUpperCase() + " " + path.getKey();
      for (JsonNode p : m.getValue().path("parameters")) {
        if (!p.has("$ref")) {
          checkBounded(root, where + " parameter " + p.path("name").asText(), p.path("schema"), unbounded);
        }
      }
      m.getValue().path("requestBody").path("content").forEach(media ->
          checkBounded(root, where + " body", media.path("schema"), unbounded));
    }));

    assertThat(unbounded).as("request values without limits").isEmpty();
  }

  @Test
  void bodies_everyOperationWithABody_declares422ForFieldErrorsAnd400ForMalformed() throws IOException {
    forEachOperationTree(tree(), (path, method, operation) -> {
      if (operation.has("requestBody")) {
        JsonNode responses = operation.path("responses");
        assertThat(responses.has("400") && responses.has("415")).as(method + " " + path + " 400, 415").isTrue();
        assertThat(responses.at("/422/$ref").asText()).as(method + " " + path + " 422")
            .isEqualTo("#/components/responses/UnprocessableEntity");
        assertThat(refs(operation.path("parameters"))).as(method + " " + path + " takes Idempotency-Key")
            .contains("#/components/parameters/Idempotency-Key");
      }
    });
    assertThat(api.getComponents().getResponses().get("UnprocessableEntity").getDescription())
        .contains("validation-failed", "every action");
    assertThat(api.getComponents().getResponses().get("BadRequest").getDescription())
        .contains("unknown query parameter", "X-Request-Id", "422 `validation-failed` instead");
  }

  @Test
  void token_route_declaresItsStatusesOAuthErrorsAndIdempotency() throws IOException {
    JsonNode token = tree().path("paths").path(TOKEN_PATH).path("post");
    JsonNode oauth = tree().at("/components/schemas/OAuthProblem");
    List<String> codes = new ArrayList<>();
    token.path("responses").fieldNames().forEachRemaining(codes::add);

    assertThat(codes).contains("200", "400", "401", "406", "415", "422", "429", "502");
    assertThat(token.at("/responses/400/$ref").asText()).isEqualTo("#/components/responses/TokenBadRequest");
    assertThat(token.at("/responses/401/$ref").asText()).isEqualTo("#/components/responses/TokenUnauthorized");
    assertThat(refs(token.path("parameters"))).contains("#/components/parameters/Idempotency-Key");
    assertThat(token.at("/responses/200/headers/Idempotent-Replayed").isMissingNode()).isFalse();
    assertThat(tree().at("/components/responses/TokenBadRequest/content/application~1problem+json/schema/$ref")
        .asText()).isEqualTo("#/components/schemas/OAuthProblem");
    assertThat(oauth.path("required").toString()).contains("\"error\"", "\"requestId\"");
    assertThat(tree().at("/components/schemas/OAuthError/enum").toString()).isEqualTo(
        "[\"invalid_request\",\"invalid_client\",\"invalid_grant\",\"unsupported_grant_type\",\"invalid_scope\"]");
  }

  @Test
  void methodNotAllowed_isDeclaredOnceWithAllow() throws IOException {
    JsonNode root = tree();
    ApiResponse notAllowed = api.getComponents().getResponses().get("MethodNotAllowed");

    assertThat(root.at("/x-csol-other-methods/response/$ref").asText())
        .isEqualTo("#/components/responses/MethodNotAllowed");
    assertThat(notAllowed.getHeaders().get("Allow").getRequired()).isTrue();
    assertThat(api.getInfo().getDescription()).contains("405", "`method-not-allowed`", "`Allow`");
  }

  @Test
  void paths_everyPath_isUnderV1AndNoneIsSandboxOnly() {
    assertThat(api.getPaths().keySet()).allSatisfy(path -> assertThat(path)
        .startsWith("/v1/").doesNotContain("/_"));
    assertThat(api.getInfo().getDescription()).contains("`/_sandbox/`");
  }

  @Test
  void visibility_everyOperationOnCustomerRecords_says404Or403OrEmpty() {
    forEachOperation((path, method, operation) -> {
      String tag = operation.getTags().get(0);
      if (!Set.of("Invoices", "Statements").contains(tag)) {
        return;
      }
      String where = method + " " + path;
      String description = operation.getDescription();
      assertThat(operation.getResponses()).as(where).containsKey("403");
      if (path.contains("{")) {
        assertThat(description).as(where).contains("the caller does not hold is 404 `not-found`",
            "403 `not-entitled`");
        assertThat(operation.getResponses()).as(where).containsKey("404");
      } else if (operation.getExtensions() != null && operation.getExtensions().containsKey("x-csol-collection")) {
        assertThat(description).as(where).contains("the caller does not hold: 200 with no records",
            "403 `not-entitled`");
      } else {
        assertThat(description).as(where).containsPattern("Holds only .* with an ACTIVE [A-Z]+ entitlement");
      }
    });
    assertThat(api.getComponents().getResponses().get("NotFound").getDescription()).contains("does not hold");
    assertThat(api.getComponents().getResponses().get("Forbidden").getDescription())
        .contains("Never sent for a customer number the caller does not hold");
  }

  @Test
  void fields_parameterAndListResponses_sayRequiredDescribesTheFullRepresentation() throws IOException {
    assertThat(api.getComponents().getParameters().get("fields").getDescription())
        .contains("plus its id property", "`required` lists of the item schema describe the full representation");
    List<String> withFields = new ArrayList<>();
    forEachOperationTree(tree(), (path, method, operation) -> {
      if (refs(operation.path("parameters")).contains("#/components/parameters/fields")) {
        withFields.add(operation.path("operationId").asText());
        assertThat(operation.at("/responses/200/description").asText()).as(method + " " + path)
            .contains("with `fields` partial ones", "`required` then does not apply");
      }
    });
    assertThat(withFields).containsExactlyInAnyOrder("listInvoices", "listStatementLines", "listStatementSummaries",
        "listRequests");
  }

  @Test
  void totalCount_isOneBooleanGrammarEverywhere() throws IOException {
    assertThat(api.getComponents().getParameters().get("totalCount").getSchema().getType()).isEqualTo("boolean");
    assertThat(api.getComponents().getParameters().get("totalCount").getDescription())
        .contains("Exactly `true` or `false`", "400");
    forEachOperationTree(tree(), (path, method, operation) -> operation.path("parameters").forEach(p ->
        assertThat(p.path("name").asText()).as(method + " " + path + " uses the shared totalCount")
            .isNotEqualTo("totalCount")));
  }

  @Test
  void enums_everyMultiValueEnum_describesExactlyItsValues() throws IOException {
    List<String> problems = new ArrayList<>();
    collectEnumProblems(tree().at("/components/schemas"), "#/components/schemas", problems);

    assertThat(problems).isEmpty();
  }

  @Test
  void schemas_everyOptionalResponseProperty_saysWhenItIsAbsent() throws IOException {
    JsonNode schemas = tree().at("/components/schemas");
    Set<String> requestSchemas = Set.of("TokenRequest", "PasswordGrant", "ClientCredentialsGrant",
        "RefreshTokenGrant", "EntitlementRequest", "ForwardRequest", "ApproveRequest", "DisputeRequest",
        "CreateRequestBody", "AddRequestMessageBody", "CloseRequestBody");
    List<String> unexplained = new ArrayList<>();
    schemas.fields().forEachRemaining(e -> {
      if (!requestSchemas.contains(e.getKey())) {
        collectUnexplainedOptional(e.getValue(), e.getKey(), unexplained);
      }
    });

    assertThat(unexplained).as("optional properties whose absence is not explained; mark them required if the "
        + "server always sends them").isEmpty();
  }

  private static void collectUnexplainedOptional(JsonNode schema, String where, List<String> out) {
    if (!schema.isObject()) {
      return;
    }
    JsonNode properties = schema.path("properties");
    Set<String> required = new HashSet<>();
    schema.path("required").forEach(r -> required.add(r.asText()));
    String own = schema.path("description").asText("");
    properties.fields().forEachRemaining(p -> {
      String desc = p.getValue().path("description").asText("").toLowerCase();
      boolean explained = required.contains(p.getKey()) || own.contains("`" + p.getKey() + "`")
          || desc.contains("absent") || desc.contains("only") || desc.contains("optional");
      if (!explained) {
        out.add(where + "." + p.getKey());
      }
      collectUnexplainedOptional(p.getValue(), where + "." + p.getKey(), out);
      collectUnexplainedOptional(p.getValue().path("items"), where + "." + p.getKey() + "[]", out);
    });
  }

  private static void collectEnumProblems(JsonNode node, String where, List<String> out) {
    if (node.isObject()) {
      JsonNode values = node.get("enum");
      if (values != null && values.size() > 1) {
        Set<String> declared = new HashSet<>();
        values.forEach(v -> declared.add(v.asText()));
        Set<String> described = new HashSet<>();
        node.path("x-enum-descriptions").fieldNames().forEachRemaining(described::add);
        if (!declared.equals(described)) {
          out.add(where + ": values " + declared + " but x-enum-descriptions for " + described);
        }
        node.path("x-enum-descriptions").forEach(d -> {
          if (d.asText().isBlank()) {
            out.add(where + ": blank x-enum-descriptions entry");
          }
        });
      }
      node.fields().forEachRemaining(e -> collectEnumProblems(e.getValue(), where + "/" + e.getKey(), out));
    } else if (node.isArray()) {
      node.forEach(child -> collectEnumProblems(child, where + "[]", out));
    }
  }

  /** Adds where a request value has no limit: strings need maxLength or enum, arrays maxItems, integers both ends. */
  private static void checkBounded(JsonNode root, String where, JsonNode schema, List<String> out) {
    JsonNode s = schema;
    while (s.has("$ref")) {
      s = root.at(s.path("$ref").asText().substring(1));
    }
    for (String combinator : List.of("oneOf", "anyOf", "allOf")) {
      s.path(combinator).forEach(sub -> checkBounded(root, where, sub, out));
    }
    switch (s.path("type").asText()) {
      case "string" -> {
        if (!s.has("maxLength") && !s.has("enum")) {
          out.add(where + ": string without maxLength");
        }
      }
      case "array" -> {
        if (!s.has("maxItems")) {
          out.add(where + ": array without maxItems");
        }
        checkBounded(root, where + "[]", s.path("items"), out);
      }
      case "integer", "number" -> {
        if (!s.has("minimum") || !s.has("maximum")) {
          out.add(where + ": number without minimum and maximum");
        }
      }
      case "object" -> s.path("properties").fields().forEachRemaining(p ->
          checkBounded(root, where + "." + p.getKey(), p.getValue(), out));
      default -> {
      }
    }
  }

  private static List<String> refs(JsonNode list) {
    List<String> refs = new ArrayList<>();
    list.forEach(item -> refs.add(item.path("$ref").asText()));
    return refs;
  }

  private static void forEachOperationTree(JsonNode root, TreeVisitor visitor) {
    root.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(m -> {
      if (!m.getKey().equals("parameters") && !m.getKey().startsWith("x-")) {
        visitor.visit(path.getKey(), m.getKey().toUpperCase(), m.getValue());
      }
    }));
  }

  /** Receives each operation of the spec as an unresolved tree. */
  @FunctionalInterface
  private interface TreeVisitor {
    void visit(String path, String method, JsonNode operation);
  }

  private static JsonNode tree() throws IOException {
    return Yaml.mapper().readTree(ContractSpec.path().toFile());
  }

  private static void collectRefs(JsonNode node, List<String> refs) {
    if (node.isObject()) {
      JsonNode ref = node.get("$ref");
      if (ref != null) {
        refs.add(ref.asText());
      }
      Iterator<JsonNode> children = node.elements();
      children.forEachRemaining(child -> collectRefs(child, refs));
    } else if (node.isArray()) {
      node.forEach(child -> collectRefs(child, refs));
    }
  }

  private static void forEachOperation(OperationVisitor visitor) {
    assertThat(api.getPaths()).isNotEmpty();
    for (Map.Entry<String, PathItem> entry : api.getPaths().entrySet()) {
      entry.getValue().readOperationsMap().forEach((method, operation) ->
          visitor.visit(entry.getKey(), method.name(), operation));
    }
  }

  /** Receives each operation of the spec. */
  @FunctionalInterface
  private interface OperationVisitor {
    void visit(String path, String method, Operation operation);
  }
}
