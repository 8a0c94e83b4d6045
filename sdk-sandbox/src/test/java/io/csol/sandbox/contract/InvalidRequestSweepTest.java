package io.csol.sandbox.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.csol.sandbox.SandboxOptions;
import io.csol.sandbox.SandboxServer;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An independent sweep of the contract: for every operation of {@code api/openapi.yaml}, builds
 * invalid requests mechanically from the spec (each parameter with a wrong type, out of range,
 * too long, too short, off-pattern, outside its enum or format; an unknown query parameter; each
 * required parameter missing; each required body field missing, each body string too long, each
 * array too large, each enum and format broken; a wrong content type; malformed JSON) and checks
 * that the sandbox rejects every one with the documented status and problem type.
 *
 * <p>Reads the spec with swagger-parser and talks raw HTTP, so it shares no code with the
 * sandbox's own validator. Prints how many invalid requests it generated and how many were rejected.
 */
class InvalidRequestSweepTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static SandboxServer server;
  private static HttpClient http;
  private static String token;
  private static OpenAPI spec;

  /** One invalid request and what the contract says the answer is. */
  private record Case(String operation, String what, String method, String path, Map<String, String> query,
            Map<String, String> headers, String contentType, byte[] body, int status, String slug) { }

  /** A valid request of an operation, copied and broken one way per case. */
  private static final class Base {
    String operationId;
    String method;
    String pathTemplate;
    Map<String, String> pathParams = new LinkedHashMap<>();
    Map<String, String> query = new LinkedHashMap<>();
    Map<String, String> headers = new LinkedHashMap<>();
    String contentType;
    JsonNode body;

    Base copy() {
      Base b = new Base();
      b.operationId = operationId;
      b.method = method;
      b.pathTemplate = pathTemplate;
      b.pathParams = new LinkedHashMap<>(pathParams);
      b.query = new LinkedHashMap<>(query);
      b.headers = new LinkedHashMap<>(headers);
      b.contentType = contentType;
      b.body = body == null ? null : body.deepCopy();
      return b;
    }

    Case toCase(String what, int status, String slug) {
      String path = pathTemplate;
      for (Map.Entry<String, String> e : pathParams.entrySet()) {
        path = path.replace("{" + e.getKey() + "}", URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)
            .replace("+", "%20"));
      }
      byte[] bytes = body == null ? null : contentType.equals("application/x-www-form-urlencoded")
          ? form(body) : body.toString().getBytes(StandardCharsets.UTF_8);
      return new Case(operationId, what, method, path, query, headers, contentType, bytes, status, slug);
    }
  }

  @BeforeAll
  static void start() throws Exception {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(true);
    spec = new OpenAPIV3Parser().readLocation(ContractSpec.path().toUri().toString(), null, options).getOpenAPI();
    server = SandboxServer.start(SandboxOptions.builder().port(0).seed(42).build());
    http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpResponse<String> t = send("POST", "/v1/oauth/token", Map.of(), Map.of(),
        "application/x-www-form-urlencoded",
        "grant_type=password&username=dana&password=demo-password-1".getBytes(StandardCharsets.UTF_8));
    token = JSON.readTree(t.body()).path("access_token").asText();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void everyOperation_invalidRequestsFromTheSpec_rejectedWithTheDocumentedProblem() throws Exception {
    Map<String, String> realIds = realIds();
    List<Case> cases = new ArrayList<>();
    spec.getPaths().forEach((template, item) -> item.readOperationsMap().forEach((method, op) ->
        cases.addAll(casesOf(template, method, op, realIds))));

    List<String> missed = new ArrayList<>();
    for (Case c : cases) {
      HttpResponse<String> r = send(c.method(), c.path(), c.query(), c.headers(), c.contentType(), c.body());
      String slug = slugOf(r);
      if (r.statusCode() != c.status() || !c.slug().equals(slug)) {
        missed.add(c.operation() + " " + c.what() + ": expected " + c.status() + " " + c.slug() + ", was "
            + r.statusCode() + " " + slug);
      }
    }
    System.out.printf("[sweep] %d invalid requests generated from the spec, %d rejected as documented, %d missed%n",
        cases.size(), cases.size() - missed.size(), missed.size());
    missed.forEach(m -> System.out.println("[sweep] missed " + m));
    assertThat(cases).hasSizeGreaterThan(100);
    assertThat(missed).as("invalid requests the sandbox did not reject as documented").isEmpty();
  }

  /** Builds the valid base request of an operation and every broken variant of it. */
  private static List<Case> casesOf(String template, PathItem.HttpMethod method, Operation op,
                    Map<String, String> realIds) {
    Base base = new Base();
    base.operationId = op.getOperationId();
    base.method = method.name();
    base.pathTemplate = template;
    boolean tokenRoute = template.equals("/v1/oauth/token");
    if (!tokenRoute) {
      base.headers.put("Authorization", "Bearer " + token);
    }
    List<Parameter> params = op.getParameters() == null ? List.of() : op.getParameters();
    for (Parameter p : params) {
      if (p.getIn().equals("path")) {
        base.pathParams.put(p.getName(), realIds.getOrDefault(template + ":" + p.getName(),
            valid(p.getSchema(), p.getExample())));
      } else if (Boolean.TRUE.equals(p.getRequired())) {
        target(base, p).put(p.getName(), valid(p.getSchema(), p.getExample()));
      }
    }
    Schema<?> bodySchema = null;
    if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
      Map.Entry<String, MediaType> content = op.getRequestBody().getContent().entrySet().iterator().next();
      base.contentType = content.getKey();
      bodySchema = objectSchema(content.getValue().getSchema());
      base.body = validObject(bodySchema);
    }
    // the token route speaks OAuth: its form errors are 400 invalid-request like its parameters
    int bodyStatus = tokenRoute ? 400 : 422;
    String bodySlug = tokenRoute ? "invalid-request" : "validation-failed";

    List<Case> cases = new ArrayList<>();
    for (Parameter p : params) {
      for (Map.Entry<String, String> bad : invalidValues(p.getSchema()).entrySet()) {
        if (p.getIn().equals("path") && bad.getValue().isEmpty()) {
          continue; // an empty segment is another path, not a bad parameter
        }
        Base b = base.copy();
        if (p.getIn().equals("path")) {
          b.pathParams.put(p.getName(), bad.getValue());
        } else {
          target(b, p).put(p.getName(), bad.getValue());
        }
        boolean documented400 = op.getResponses().containsKey("400");
        cases.add(b.toCase(p.getIn() + " " + p.getName() + " " + bad.getKey(),
            p.getIn().equals("path") && !documented400 ? 404 : 400,
            p.getIn().equals("path") && !documented400 ? "not-found" : "invalid-request"));
      }
      if (Boolean.TRUE.equals(p.getRequired()) && !p.getIn().equals("path")) {
        Base b = base.copy();
        target(b, p).remove(p.getName());
        cases.add(b.toCase(p.getIn() + " " + p.getName() + " missing", 400, "invalid-request"));
      }
    }
    Base unknown = base.copy();
    unknown.query.put("sweepUnknownParameter", "1");
    cases.add(unknown.toCase("unknown query parameter", 400, "invalid-request"));

    if (bodySchema != null) {
      ObjectNode valid = (ObjectNode) base.body;
      List<String> required = bodySchema.getRequired() == null ? List.of() : bodySchema.getRequired();
      for (String name : required) {
        Base b = base.copy();
        ((ObjectNode) b.body).remove(name);
        cases.add(b.toCase("body " + name + " missing", bodyStatus, bodySlug));
      }
      Map<String, Schema> properties = bodySchema.getProperties() == null ? Map.of() : bodySchema.getProperties();
      properties.forEach((name, schema) -> {
        for (Map.Entry<String, JsonNode> bad : invalidJson(schema).entrySet()) {
          if (tokenRoute && !bad.getValue().isTextual()) {
            continue; // a form carries text only
          }
          Base b = base.copy();
          ((ObjectNode) b.body).set(name, bad.getValue());
          cases.add(b.toCase("body " + name + " " + bad.getKey(), bodyStatus, bodySlug));
        }
      });
      Base wrongType = base.copy();
      // a type the operation does not declare (an upload takes text/plain)
      wrongType.contentType = op.getRequestBody().getContent().containsKey("text/plain") ? "image/gif" : "text/plain";
      cases.add(wrongType.toCase("wrong content type", 415, "unsupported-media-type"));
      // JSON syntax cases only where the body is JSON: an upload's raw bytes have no syntax
      if (!tokenRoute && base.contentType.equals("application/json")) {
        Case malformed = base.copy().toCase("malformed JSON", 400, "invalid-request");
        cases.add(new Case(malformed.operation(), malformed.what(), malformed.method(), malformed.path(),
            malformed.query(), malformed.headers(), malformed.contentType(),
            "{\"unclosed\":".getBytes(StandardCharsets.UTF_8), 400, "invalid-request"));
        if (!valid.isEmpty()) {
          Case notObject = base.copy().toCase("body not an object", 400, "invalid-request");
          cases.add(new Case(notObject.operation(), notObject.what(), notObject.method(), notObject.path(),
              notObject.query(), notObject.headers(), notObject.contentType(),
              "[]".getBytes(StandardCharsets.UTF_8), 400, "invalid-request"));
        }
      }
    }
    return cases;
  }

  private static Map<String, String> target(Base b, Parameter p) {
    return p.getIn().equals("header") ? b.headers : b.query;
  }

  /** Named invalid text values for a parameter schema. */
  private static Map<String, String> invalidValues(Schema<?> schema) {
    Map<String, String> bad = new LinkedHashMap<>();
    String type = schema.getType();
    if ("integer".equals(type) || "number".equals(type)) {
      bad.put("not a number", "abc");
      if (schema.getMinimum() != null) {
        bad.put("below minimum", schema.getMinimum().subtract(BigDecimal.ONE).toPlainString());
      }
      if (schema.getMaximum() != null) {
        bad.put("above maximum", schema.getMaximum().add(BigDecimal.ONE).toPlainString());
      }
      return bad;
    }
    if ("boolean".equals(type)) {
      bad.put("not a boolean", "maybe");
      return bad;
    }
    if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
      bad.put("outside the enum", "notOneOfThem");
    }
    if (schema.getMinLength() != null && schema.getMinLength() > 0) {
      bad.put("too short", "x".repeat(schema.getMinLength() - 1));
    }
    if (schema.getMaxLength() != null) {
      bad.put("too long", "x".repeat(schema.getMaxLength() + 1));
    }
    if (schema.getPattern() != null) {
      String off = offPattern(schema.getPattern());
      if (off != null) {
        bad.put("off-pattern", off);
      }
    }
    if (schema.getFormat() != null) {
      switch (schema.getFormat()) {
        case "date" -> bad.put("bad date", "2026-13-45");
        case "date-time" -> bad.put("bad date-time", "yesterday");
        case "email" -> bad.put("bad email", "not an address");
        default -> { }
      }
    }
    return bad;
  }

  /** Named invalid JSON values for a body property. */
  private static Map<String, JsonNode> invalidJson(Schema<?> schema) {
    Map<String, JsonNode> bad = new LinkedHashMap<>();
    if (schema instanceof ArraySchema || "array".equals(schema.getType())) {
      bad.put("not an array", NODES.textNode("x"));
      Schema<?> items = schema.getItems();
      if (schema.getMaxItems() != null) {
        ArrayNode many = NODES.arrayNode();
        for (int i = 0; i <= schema.getMaxItems(); i++) {
          many.add(validNode(items, i));
        }
        bad.put("too many items", many);
      }
      if (schema.getMinItems() != null && schema.getMinItems() > 0) {
        bad.put("too few items", NODES.arrayNode());
      }
      if (items != null) {
        invalidJson(items).forEach((what, node) -> {
          ArrayNode one = NODES.arrayNode();
          one.add(node);
          bad.put("item " + what, one);
        });
      }
      return bad;
    }
    if ("string".equals(schema.getType()) || schema.getType() == null && schema.getEnum() != null) {
      bad.put("not text", NODES.numberNode(12));
      invalidValues(schema).forEach((what, text) -> bad.put(what, NODES.textNode(text)));
      return bad;
    }
    if ("integer".equals(schema.getType()) || "number".equals(schema.getType())) {
      bad.put("not a number", NODES.textNode("abc"));
    }
    return bad;
  }

  /** Returns a value the pattern refuses, or null when none of the candidates does. */
  private static String offPattern(String regex) {
    Pattern p = Pattern.compile(regex);
    for (String candidate : List.of("has space", "!", "~~", "0", "a", "ZZZ", "x_y")) {
      if (!p.matcher(candidate).find()) {
        return candidate;
      }
    }
    return null;
  }

  private static String valid(Schema<?> schema, Object example) {
    if (example != null) {
      return example.toString();
    }
    if (schema.getExample() != null) {
      return schema.getExample().toString();
    }
    if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
      return schema.getEnum().get(0).toString();
    }
    if ("integer".equals(schema.getType())) {
      return schema.getMinimum() == null ? "1" : schema.getMinimum().toPlainString();
    }
    if ("boolean".equals(schema.getType())) {
      return "true";
    }
    return "x".repeat(Math.max(1, schema.getMinLength() == null ? 1 : schema.getMinLength()));
  }

  private static Schema<?> objectSchema(Schema<?> schema) {
    if (schema.getOneOf() != null && !schema.getOneOf().isEmpty()) {
      return schema.getOneOf().get(0);
    }
    return schema;
  }

  private static ObjectNode validObject(Schema<?> schema) {
    ObjectNode node = NODES.objectNode();
    List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
    if (schema.getProperties() != null) {
      schema.getProperties().forEach((name, property) -> {
        if (required.contains(name)) {
          node.set(name, validNode(property, 0));
        }
      });
    }
    return node;
  }

  private static JsonNode validNode(Schema<?> schema, int n) {
    if (schema == null) {
      return NODES.textNode("x");
    }
    if ("array".equals(schema.getType())) {
      ArrayNode array = NODES.arrayNode();
      int count = schema.getMinItems() == null ? 1 : Math.max(1, schema.getMinItems());
      for (int i = 0; i < count; i++) {
        array.add(validNode(schema.getItems(), i));
      }
      return array;
    }
    if ("email".equals(schema.getFormat())) {
      return NODES.textNode("user" + n + "@example.com");
    }
    if ("integer".equals(schema.getType())) {
      return NODES.numberNode(Integer.parseInt(valid(schema, null)));
    }
    return NODES.textNode(valid(schema, null));
  }

  /** Real record ids, so a variant that slips past validation meets a record, not a 404. */
  private static Map<String, String> realIds() throws IOException {
    Map<String, String> ids = new LinkedHashMap<>();
    ids.put("/v1/invoices/{number}:number", first("/v1/invoices", "number", Map.of()));
    for (String action : List.of("image", "forward", "approve", "dispute")) {
      ids.put("/v1/invoices/{number}/" + action + ":number", ids.get("/v1/invoices/{number}:number"));
    }
    String line = first("/v1/statements/lines", "id", Map.of());
    ids.put("/v1/statements/lines/{id}:id", line);
    ids.put("/v1/statements/lines/{id}/document:id", line);
    ids.put("/v1/credit-notes/{number}:number", first("/v1/statements/lines", "documentNumber",
        Map.of("filter", "documentType eq CREDIT_NOTE")));
    ids.put("/v1/payments/{number}:number", first("/v1/statements/lines", "documentNumber",
        Map.of("filter", "documentType eq PAYMENT")));
    return ids;
  }

  private static String first(String path, String field, Map<String, String> query) throws IOException {
    Map<String, String> q = new LinkedHashMap<>(query);
    q.put("limit", "1");
    HttpResponse<String> r = send("GET", path, q, Map.of("Authorization", "Bearer " + token), null, null);
    return JSON.readTree(r.body()).path("data").path(0).path(field).asText();
  }

  private static String slugOf(HttpResponse<String> r) {
    try {
      String type = JSON.readTree(r.body()).path("type").asText("");
      return type.substring(type.lastIndexOf('/') + 1);
    } catch (IOException e) {
      return "(no problem body)";
    }
  }

  private static byte[] form(JsonNode body) {
    StringBuilder sb = new StringBuilder();
    body.fields().forEachRemaining(e -> sb.append(sb.length() == 0 ? "" : "&")
        .append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('=')
        .append(URLEncoder.encode(e.getValue().asText(), StandardCharsets.UTF_8)));
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static HttpResponse<String> send(String method, String path, Map<String, String> query,
                       Map<String, String> headers, String contentType, byte[] body) {
    StringBuilder q = new StringBuilder();
    query.forEach((k, v) -> q.append(q.length() == 0 ? "?" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
        .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20")));
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUri() + path + q))
        .timeout(Duration.ofSeconds(30));
    headers.forEach(b::header);
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    try {
      return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
