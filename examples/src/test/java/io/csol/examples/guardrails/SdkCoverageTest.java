package io.csol.examples.guardrails;

import static org.assertj.core.api.Assertions.assertThat;

import io.csol.sandbox.SandboxServer;
import io.csol.sandbox.junit.SandboxExtension;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Coverage of the contract: every operation of api/openapi.yaml has an SDK method named after
 * its operationId in the client of its tag, every public method of a tool client is such an
 * operation, and the sandbox routes every operation. A tool that forgets one fails here.
 */
@ExtendWith(SandboxExtension.class)
class SdkCoverageTest {

  /** Operations that are not tool-client methods: sign-in belongs to sdk-core's CsolClient. */
  private static final Set<String> NOT_CLIENT_METHODS = Set.of("createToken");

  private static final List<Op> OPERATIONS = new ArrayList<>();
  private static OpenAPI contract;

  /** One operation of the spec. */
  private record Op(String id, String tag, String method, String path) {
  }

  @BeforeAll
  static void readSpec() throws IOException {
    Path spec = findSpec();
    OpenAPI api = new OpenAPIV3Parser().read(spec.toString());
    assertThat(api).as("parsed " + spec).isNotNull();
    contract = api;
    api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach(
        (method, op) -> OPERATIONS.add(new Op(op.getOperationId(), tag(op), method.name(), path))));
    assertThat(OPERATIONS).as("operations in " + spec).hasSizeGreaterThan(10);
  }

  @Test
  void spec_everyOperation_hasAnSdkMethodOfItsName() {
    Map<String, Set<String>> byTag = operationIdsByTag();
    Set<String> tags = SdkGuardrailsTest.TOOL_CLIENTS.stream().map(ToolClients::tagOf)
        .collect(Collectors.toSet());
    assertThat(tags).as("tool clients for the spec's tags").containsAll(byTag.keySet());
    for (Class<?> client : SdkGuardrailsTest.TOOL_CLIENTS) {
      Set<String> methods = ToolClients.publicMethods(client).stream().map(Method::getName)
          .collect(Collectors.toCollection(TreeSet::new));
      Set<String> operations = byTag.getOrDefault(ToolClients.tagOf(client), Set.of());
      assertThat(methods).as(client.getSimpleName() + " methods = operationIds of tag "
          + ToolClients.tagOf(client)).isEqualTo(operations);
    }
  }

  @Test
  void sandbox_unknownPathAndMethod_areNotRouted(SandboxServer server) throws Exception {
    // proves the probe below can tell a missing route from a present one
    assertThat(probe(server, "GET", "/v1/no-such-collection")).isEqualTo(404);
    assertThat(probe(server, "DELETE", "/v1/invoices")).isIn(404, 405);
  }

  @Test
  void sandbox_everyOperation_isRouted(SandboxServer server) throws Exception {
    Map<String, Integer> unrouted = new TreeMap<>();
    for (Op op : OPERATIONS) {
      String path = op.path().replaceAll("\\{[^}]+}", "probe-1");
      int status = probe(server, op.method(), path);
      if (status == 404 || status == 405) {
        unrouted.put(op.id() + " " + op.method() + " " + op.path(), status);
      }
    }
    assertThat(unrouted).as("operations the sandbox does not route").isEmpty();
  }

  private static Map<String, Set<String>> operationIdsByTag() {
    Map<String, Set<String>> byTag = new TreeMap<>();
    for (Op op : OPERATIONS) {
      if (!NOT_CLIENT_METHODS.contains(op.id())) {
        byTag.computeIfAbsent(op.tag(), t -> new TreeSet<>()).add(op.id());
      }
    }
    return byTag;
  }

  /** Sends the method to the path without credentials: a routed path answers 401/400/415... */
  private static int probe(SandboxServer server, String method, String path) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUri() + path))
        .method(method, HttpRequest.BodyPublishers.noBody()).build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  @Test
  void uploadAttachment_mediaTypes_sameInTheSdkAsInTheContract() {
    // AttachmentUpload refuses before sending what the server would refuse: its allow-list is a
    // hand-written copy of the contract's, and must not drift from it
    Operation upload = contract.getPaths().values().stream()
        .flatMap(item -> item.readOperations().stream())
        .filter(op -> "uploadAttachment".equals(op.getOperationId())).findFirst().orElseThrow();
    assertThat(io.csol.sdk.requests.AttachmentUpload.MEDIA_TYPES)
        .containsExactlyInAnyOrderElementsOf(upload.getRequestBody().getContent().keySet());
  }

  private static String tag(Operation op) {
    assertThat(op.getTags()).as(op.getOperationId() + " tags").hasSize(1);
    return op.getTags().get(0);
  }

  private static Path findSpec() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path spec = dir.resolve("api/openapi.yaml");
      if (Files.isRegularFile(spec)) {
        return spec;
      }
    }
    throw new IllegalStateException("api/openapi.yaml not found above " + Path.of("").toAbsolutePath());
  }
}
