package io.csol.sandbox.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.sun.net.httpserver.Headers;
import io.csol.sandbox.spi.ProblemException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks incoming requests against the wire contract, {@code api/openapi.yaml}, bundled in the jar.
 *
 * <p>The spec is read and compiled once per JVM into one {@link Operation} per method and path
 * template, so a request costs a map lookup and a few precompiled checks, no YAML. An operation
 * checks its path, query and header parameters (required, type, enum, pattern, bounds, length,
 * format), refuses query parameters it does not declare, and checks the request body against its
 * schema. Parameter and framing errors are 400 {@code invalid-request} naming the parameter (or
 * {@code body}); field errors of a well-formed body are 422 {@code validation-failed} listing each
 * field. Requests of routes the spec does not know (tests' own routes) are not checked.
 */
public final class ContractValidator {

  /** Where the build puts the contract (see the sandbox pom). */
  static final String RESOURCE = "/io/csol/sandbox/contract/openapi.yaml";

  private static final String FORM = "application/x-www-form-urlencoded";

  /** One compiled operation of the spec. */
  static final class Operation {
    private final String id;
    private final List<Parameter> parameters;
    private final Set<String> queryNames;
    private final boolean bodyRequired;
    private final Map<String, SchemaCheck> bodies;
    private final boolean declares400;

    Operation(String id, List<Parameter> parameters, boolean bodyRequired, Map<String, SchemaCheck> bodies,
          boolean declares400) {
      this.id = id;
      this.parameters = List.copyOf(parameters);
      Set<String> names = new LinkedHashSet<>();
      parameters.stream().filter(p -> p.in.equals("query")).forEach(p -> names.add(p.name));
      this.queryNames = java.util.Collections.unmodifiableSet(names);
      this.bodyRequired = bodyRequired;
      this.bodies = Map.copyOf(bodies);
      this.declares400 = declares400;
    }

    /** Returns the operationId. */
    String id() {
      return id;
    }

    /**
     * Checks one request; throws the documented problem on the first kind of error found
     * (parameters before the body), listing every error of that kind. A null {@code body} is one
     * the handler streams itself (an upload): only its parameters and headers are checked here,
     * so a 25 MiB body is never buffered to be validated.
     */
    void validate(Map<String, String> pathParams, Map<String, List<String>> query, Headers headers, byte[] body) {
      List<SchemaCheck.Violation> errors = new ArrayList<>();
      for (Parameter p : parameters) {
        if (p.in.equals("path") && pathParams.containsKey(p.name)) {
          p.schema.checkText(pathParams.get(p.name), p.name, errors);
        }
      }
      if (!errors.isEmpty() && !declares400) {
        // an operation that declares no 400 names its records only by ids that fit the
        // contract, so an id that does not fit is a record that cannot exist
        throw ProblemException.notFound("no such record: " + errors.get(0).message());
      }
      for (String name : query.keySet()) {
        if (!queryNames.contains(name)) {
          errors.add(new SchemaCheck.Violation(name, "unknown query parameter '" + shorten(name)
              + "'; this operation takes " + (queryNames.isEmpty() ? "none" : String.join(", ", queryNames))));
        }
      }
      for (Parameter p : parameters) {
        if (p.in.equals("path")) {
          continue;
        }
        List<String> values = switch (p.in) {
          case "query" -> query.get(p.name);
          case "header" -> headers.get(p.name);
          default -> null;
        };
        if (values == null || values.isEmpty()) {
          if (p.required) {
            errors.add(new SchemaCheck.Violation(p.name, p.name + " is required" + p.schema.accepted()));
          }
          continue;
        }
        if (values.size() > 1 && !p.in.equals("header")) {
          errors.add(new SchemaCheck.Violation(p.name, p.name + " must be given once, was given "
              + values.size() + " times"));
          continue;
        }
        p.schema.checkText(values.get(0), p.name, errors);
      }
      if (!errors.isEmpty()) {
        throw problem(400, "invalid-request", "Invalid request", errors);
      }
      if (body != null) {
        validateBody(headers, body);
      }
    }

    private void validateBody(Headers headers, byte[] body) {
      if (bodies.isEmpty()) {
        return;
      }
      if (body.length == 0) {
        if (bodyRequired) {
          throw ProblemException.invalidRequest("body", "a request body is required ("
              + String.join(" or ", bodies.keySet()) + ")");
        }
        return;
      }
      String type = Wire.baseType(headers.getFirst("Content-Type"));
      SchemaCheck schema = bodies.get(type);
      if (schema == null) {
        // the media-type check before the validator answers 415; reaching here means a
        // declared body type the pipeline let through, so say which ones the spec takes
        throw new ProblemException(415, "unsupported-media-type", "Unsupported media type",
            "the body must be " + String.join(" or ", bodies.keySet()) + ", was '" + type + "'")
            .withField("Content-Type", "must be " + String.join(" or ", bodies.keySet()));
      }
      JsonNode tree = type.equals(FORM) ? formTree(body) : jsonTree(body);
      if (schema.expectsObject() && !tree.isObject()) {
        throw ProblemException.invalidRequest("body", "the body must be a JSON object");
      }
      List<SchemaCheck.Violation> errors = new ArrayList<>();
      schema.check(tree, "", errors);
      if (!errors.isEmpty()) {
        // the token route speaks OAuth 2 (RFC 6749): its form errors are 400 invalid_request
        throw type.equals(FORM) ? problem(400, "invalid-request", "Invalid request", errors)
            : problem(422, "validation-failed", "Validation failed", errors);
      }
    }
  }

  /** One compiled parameter. */
  record Parameter(String name, String in, boolean required, SchemaCheck schema) { }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, Operation> operations;
  private final SchemaCheck requestId;

  private ContractValidator(Map<String, Operation> operations, SchemaCheck requestId) {
    this.operations = Map.copyOf(operations);
    this.requestId = requestId;
  }

  /** Returns the validator of the bundled contract, read and compiled on first use. */
  public static ContractValidator shared() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final ContractValidator INSTANCE = load();
  }

  /** Reads and compiles the bundled contract. */
  static ContractValidator load() {
    try (InputStream in = ContractValidator.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the wire contract " + RESOURCE + " is not on the class path; "
            + "the sandbox build copies it from api/openapi.yaml");
      }
      return compile(new ObjectMapper(new YAMLFactory()).readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the wire contract " + RESOURCE, e);
    }
  }

  /** Compiles a parsed OpenAPI 3.0 document. */
  static ContractValidator compile(JsonNode spec) {
    Map<String, SchemaCheck> named = new HashMap<>();
    Map<String, SchemaCheck> linking = new HashMap<>();
    java.util.function.Function<String, SchemaCheck>[] resolver = new java.util.function.Function[1];
    resolver[0] = ref -> {
      SchemaCheck done = named.get(ref);
      if (done != null) {
        return done;
      }
      SchemaCheck pending = linking.get(ref);
      if (pending != null) {
        return pending;
      }
      SchemaCheck placeholder = SchemaCheck.placeholder();
      linking.put(ref, placeholder);
      placeholder.fill(pointer(spec, ref), resolver[0]);
      linking.remove(ref);
      named.put(ref, placeholder);
      return placeholder;
    };
    Map<String, Operation> operations = new HashMap<>();
    Iterator<Map.Entry<String, JsonNode>> paths = spec.path("paths").fields();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> path = paths.next();
      List<JsonNode> shared = new ArrayList<>();
      path.getValue().path("parameters").forEach(shared::add);
      Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
      while (methods.hasNext()) {
        Map.Entry<String, JsonNode> m = methods.next();
        if (!m.getValue().isObject() || m.getKey().equals("parameters") || m.getKey().startsWith("x-")) {
          continue;
        }
        JsonNode op = m.getValue();
        Map<String, Parameter> params = new LinkedHashMap<>();
        List<JsonNode> all = new ArrayList<>(shared);
        op.path("parameters").forEach(all::add);
        for (JsonNode raw : all) {
          JsonNode p = raw.has("$ref") ? pointer(spec, raw.get("$ref").asText()) : raw;
          String in = p.path("in").asText();
          String name = p.path("name").asText();
          if (in.equals("cookie")) {
            continue;
          }
          params.put(in + ":" + name, new Parameter(name, in, p.path("required").asBoolean(false),
              SchemaCheck.compile(p.path("schema"), resolver[0])));
        }
        JsonNode requestBody = op.path("requestBody");
        if (requestBody.has("$ref")) {
          requestBody = pointer(spec, requestBody.get("$ref").asText());
        }
        Map<String, SchemaCheck> bodies = new LinkedHashMap<>();
        requestBody.path("content").fields().forEachRemaining(c ->
            bodies.put(c.getKey(), SchemaCheck.compile(c.getValue().path("schema"), resolver[0])));
        String method = m.getKey().toUpperCase(java.util.Locale.ROOT);
        operations.put(key(method, path.getKey()), new Operation(op.path("operationId").asText(),
            new ArrayList<>(params.values()), requestBody.path("required").asBoolean(false), bodies,
            op.path("responses").has("400")));
      }
    }
    JsonNode requestIdParam = spec.path("components").path("parameters").path("X-Request-Id");
    SchemaCheck requestId = requestIdParam.isMissingNode() ? null
        : SchemaCheck.compile(requestIdParam.path("schema"), resolver[0]);
    return new ContractValidator(operations, requestId);
  }

  /** Returns the operation of a method and route pattern such as {@code /v1/invoices/{number}}, or null. */
  Operation operation(String method, String pattern) {
    return operations.get(key(method, pattern));
  }

  /** Returns the number of operations compiled. */
  int size() {
    return operations.size();
  }

  /**
   * Tells whether a client's {@code X-Request-Id} fits the contract's pattern, so the server
   * echoes it; an off-pattern id is rejected with 400 and never echoed.
   */
  public boolean validRequestId(String id) {
    if (id == null) {
      return false;
    }
    if (requestId == null) {
      return Wire.visibleAscii(id);
    }
    List<SchemaCheck.Violation> errors = new ArrayList<>(1);
    requestId.checkText(id, "X-Request-Id", errors);
    return errors.isEmpty();
  }

  /** Returns the problem for an off-pattern {@code X-Request-Id}. */
  ProblemException requestIdProblem(String id) {
    List<SchemaCheck.Violation> errors = new ArrayList<>(1);
    if (requestId != null) {
      requestId.checkText(id, "X-Request-Id", errors);
    }
    if (errors.isEmpty()) {
      errors.add(new SchemaCheck.Violation("X-Request-Id", "X-Request-Id must be visible ASCII"));
    }
    return problem(400, "invalid-request", "Invalid request", errors);
  }

  private static String key(String method, String pattern) {
    return method + " " + pattern;
  }

  private static JsonNode pointer(JsonNode spec, String ref) {
    if (!ref.startsWith("#/")) {
      throw new IllegalStateException("only local $refs are supported in the contract, found " + ref);
    }
    JsonNode node = spec.at(ref.substring(1));
    if (node.isMissingNode()) {
      throw new IllegalStateException("the contract refers to " + ref + ", which it does not define");
    }
    return node;
  }

  private static ProblemException problem(int status, String slug, String title, List<SchemaCheck.Violation> found) {
    // allOf parts may declare the same property: report each (field, message) once
    List<SchemaCheck.Violation> errors = List.copyOf(new LinkedHashSet<>(found));
    ProblemException p = new ProblemException(status, slug, title, errors.size() == 1 ? errors.get(0).message()
        : errors.get(0).message() + " (and " + (errors.size() - 1) + " more errors)");
    errors.forEach(v -> p.withField(v.field(), v.message()));
    return p;
  }

  private static JsonNode jsonTree(byte[] body) {
    try {
      JsonNode tree = JSON.readTree(body);
      if (tree == null || tree.isMissingNode()) {
        throw ProblemException.invalidRequest("body", "malformed JSON body: no content");
      }
      return tree;
    } catch (JacksonException e) {
      throw ProblemException.invalidRequest("body", "malformed JSON body: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw ProblemException.invalidRequest("body", "unreadable body");
    }
  }

  private static JsonNode formTree(byte[] body) {
    ObjectNode tree = JsonNodeFactory.instance.objectNode();
    Forms.parse(new String(body, java.nio.charset.StandardCharsets.UTF_8))
        .forEach((name, values) -> tree.put(name, values.isEmpty() ? "" : values.get(0)));
    return tree;
  }

  private static String shorten(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "..." : s;
  }
}
