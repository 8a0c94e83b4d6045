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
                "getStatementLineDocument", "getCreditNote", "getPayment");
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
        assertThat(responses).hasSize(15);
        assertThat(statuses).contains(400, 401, 403, 404, 406, 409, 413, 415, 422, 429, 500, 502, 503, 504);
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
    void filterParameters_listEveryContractField() {
        assertFilterLists("listInvoices", "number", "customerNumber", "country", "issueDate", "dueDate", "net", "tax",
                "total", "openAmount", "currency", "status", "approvalStatus", "purchaseOrderNumber", "orderNumbers",
                "contractNumber", "lines.serialNumber", "updatedAt");
        assertFilterLists("listStatementLines", "id", "customerNumber", "currency", "documentType", "documentNumber",
                "documentDate", "dueDate", "amount", "openAmount", "status", "appliesTo");
        assertFilterLists("listStatementSummaries", "customerNumber", "currency");
    }

    private static void assertFilterLists(String operationId, String... fields) {
        List<Operation> matches = new ArrayList<>();
        forEachOperation((path, method, operation) -> {
            if (operationId.equals(operation.getOperationId())) {
                matches.add(operation);
            }
        });
        assertThat(matches).as(operationId).hasSize(1);
        String filter = matches.get(0).getParameters().stream()
                .filter(p -> "filter".equals(p.getName()))
                .findFirst().orElseThrow().getDescription();
        for (String field : fields) {
            assertThat(filter).as(operationId + " filter documents " + field).contains("| `" + field + "` |");
        }
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
