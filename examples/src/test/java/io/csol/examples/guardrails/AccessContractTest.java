package io.csol.examples.guardrails;

import static org.assertj.core.api.Assertions.assertThat;

import io.csol.sdk.core.access.Entitlement;
import io.csol.sdk.core.access.EntitlementRequestResult;
import io.csol.sdk.core.access.EntitlementStatus;
import io.csol.sdk.core.access.Profile;
import io.csol.sdk.core.access.RequestEntitlementRequest;
import io.csol.sdk.core.requests.RelatedRecord;
import io.csol.sdk.core.requests.RelatedRecordType;
import io.csol.sdk.core.requests.RequestCategory;
import io.csol.sdk.core.requests.RequestStatus;
import io.csol.sdk.core.requests.RequestSummary;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Access (sdk-core's {@code io.csol.sdk.core.access}) and the shared request summary
 * ({@code io.csol.sdk.core.requests}) stay hand-written: sdk-core cannot run the
 * codegen plugin, whose tests compile generated code against sdk-core (a reactor cycle; see
 * docs/adding-a-tool.md). This test keeps it honest instead: each record has exactly its
 * schema's properties, in the schema's order, with matching Java types, and each enum the
 * schema's values plus UNKNOWN. A drift in either the contract or the records fails the build.
 */
class AccessContractTest {

  private static OpenAPI api;

  @BeforeAll
  static void readSpec() {
    api = new OpenAPIV3Parser().read(TypedOnceTest.repoRoot().resolve("api/openapi.yaml").toString());
    assertThat(api).isNotNull();
  }

  @Test
  void records_profileAndEntitlements_matchTheirSchemas() {
    assertRecordMatches(Profile.class, "Profile");
    assertRecordMatches(Entitlement.class, "Entitlement");
    assertRecordMatches(EntitlementRequestResult.class, "EntitlementRequestResult");
  }

  @Test
  void sharedRequestTypes_requestSummaryAndItsEnums_matchTheirSchemas() {
    // sdk-core's io.csol.sdk.core.requests: the one RequestSummary that Access, Invoices and My
    // requests return, hand-written for the same reason as Access (x-csol-java.package)
    assertRecordMatches(RequestSummary.class, "RequestSummary");
    assertRecordMatches(RelatedRecord.class, "RelatedRecord");
    List<String> problems = new ArrayList<>();
    checkEnum("RequestCategory", schema("RequestCategory"), RequestCategory.class, true, problems);
    checkEnum("RequestStatus", schema("RequestStatus"), RequestStatus.class, true, problems);
    checkEnum("RelatedRecordType", schema("RelatedRecordType"), RelatedRecordType.class, true,
        problems);
    assertThat(problems).isEmpty();
    for (String name : List.of("RequestSummary", "RelatedRecord", "RequestCategory",
        "RequestStatus", "RelatedRecordType")) {
      assertThat(schema(name).getExtensions()).as(name + " x-csol-java")
          .containsEntry("x-csol-java", Map.of("package", "io.csol.sdk.core.requests"));
    }
  }

  @Test
  void body_requestEntitlement_matchesEntitlementRequestSchema() throws Exception {
    Class<?> body = Class.forName("io.csol.sdk.core.access.RequestEntitlementBody");
    assertRecordMatches(body, "EntitlementRequest");
  }

  @Test
  void request_requestEntitlement_hasAnAccessorPerBodyProperty() {
    Schema<?> schema = schema("EntitlementRequest");
    for (Map.Entry<String, Schema> p : properties(schema).entrySet()) {
      Method accessor = Stream.of(RequestEntitlementRequest.class.getMethods())
          .filter(m -> m.getName().equals(p.getKey()) && m.getParameterCount() == 0)
          .findFirst().orElse(null);
      assertThat(accessor).as("RequestEntitlementRequest." + p.getKey() + "()").isNotNull();
      Type type = accessor.getGenericReturnType();
      if (accessor.getReturnType() == Optional.class) {
        assertThat(required(schema)).as(p.getKey() + " is Optional, so not required")
            .doesNotContain(p.getKey());
        type = ((ParameterizedType) type).getActualTypeArguments()[0];
      }
      List<String> problems = new ArrayList<>();
      checkType("EntitlementRequest." + p.getKey(), p.getValue(), type, problems);
      assertThat(problems).isEmpty();
    }
  }

  @Test
  void enums_entitlementStatus_matchesItsSchemaPlusUnknown() {
    List<String> problems = new ArrayList<>();
    checkEnum("EntitlementStatus", schema("EntitlementStatus"), EntitlementStatus.class, true,
        problems);
    assertThat(problems).isEmpty();
  }

  @Test
  void checkType_driftedRecord_isReported() {
    // The checker itself can fail: a record missing a property and typing another wrongly.
    record Drifted(String userId, Instant name) {
    }
    List<String> problems = recordProblems(Drifted.class, "Profile");
    assertThat(problems).anyMatch(p -> p.contains("components")).anyMatch(p -> p.contains("Profile.name"));
  }

  private static void assertRecordMatches(Class<?> record, String schemaName) {
    assertThat(recordProblems(record, schemaName)).as(record.getSimpleName() + " vs #/components/schemas/"
        + schemaName).isEmpty();
  }

  private static List<String> recordProblems(Class<?> record, String schemaName) {
    List<String> problems = new ArrayList<>();
    checkRecord(schemaName, schema(schemaName), record, problems);
    return problems;
  }

  private static void checkRecord(String at, Schema<?> schema, Class<?> record, List<String> problems) {
    if (!record.isRecord()) {
      problems.add(at + ": " + record.getName() + " is not a record");
      return;
    }
    Map<String, Schema> props = properties(schema);
    List<String> components = Stream.of(record.getRecordComponents()).map(RecordComponent::getName).toList();
    if (!components.equals(new ArrayList<>(props.keySet()))) {
      problems.add(at + ": record components " + components + " differ from the schema's properties "
          + props.keySet());
    }
    for (RecordComponent c : record.getRecordComponents()) {
      Schema<?> p = props.get(c.getName());
      if (p != null) {
        checkType(at + "." + c.getName(), p, c.getGenericType(), problems);
        if (c.getType().isPrimitive() && !required(schema).contains(c.getName())) {
          problems.add(at + "." + c.getName() + ": primitive, but the schema does not require it");
        }
      }
    }
  }

  private static void checkType(String at, Schema<?> s, Type type, List<String> problems) {
    Class<?> raw = type instanceof ParameterizedType pt ? (Class<?>) pt.getRawType() : (Class<?>) type;
    if (s.get$ref() == null && s.getAllOf() != null && s.getAllOf().size() == 1) {
      s = s.getAllOf().get(0); // a described reference: description + allOf: [{$ref: ...}]
    }
    if (s.get$ref() != null) {
      String name = s.get$ref().substring(s.get$ref().lastIndexOf('/') + 1);
      Schema<?> target = schema(name);
      if (target.getEnum() != null) {
        checkEnum(at, target, raw, raw.getSimpleName().equals(name), problems);
      } else if (target.getProperties() != null) {
        checkRecord(at, target, raw, problems);
      } else {
        checkType(at, target, type, problems);
      }
      return;
    }
    if (s.getEnum() != null) {
      checkEnum(at, s, raw, false, problems);
      return;
    }
    String t = s.getType() == null ? "object" : s.getType();
    Set<Class<?>> accepted;
    switch (t) {
      case "string":
        accepted = "date-time".equals(s.getFormat()) ? Set.of(Instant.class)
            : "date".equals(s.getFormat()) ? Set.of(LocalDate.class) : Set.of(String.class);
        break;
      case "integer":
        accepted = Set.of(int.class, Integer.class, long.class, Long.class);
        break;
      case "number":
        accepted = Set.of(BigDecimal.class);
        break;
      case "boolean":
        accepted = Set.of(boolean.class, Boolean.class);
        break;
      case "array":
        if (raw != List.class || !(type instanceof ParameterizedType pt)) {
          problems.add(at + ": an array in the schema, but " + type.getTypeName() + " in Java");
        } else {
          checkType(at + "[]", s.getItems(), pt.getActualTypeArguments()[0], problems);
        }
        return;
      default:
        checkRecord(at, s, raw, problems);
        return;
    }
    if (!accepted.contains(raw)) {
      problems.add(at + ": " + t + (s.getFormat() == null ? "" : " (" + s.getFormat() + ")")
          + " in the schema, but " + raw.getName() + " in Java");
    }
  }

  /** Schema values must be constants; a named enum schema must have no more constants than UNKNOWN. */
  private static void checkEnum(String at, Schema<?> s, Class<?> type, boolean exact, List<String> problems) {
    if (!type.isEnum()) {
      problems.add(at + ": an enum in the schema, but " + type.getName() + " in Java");
      return;
    }
    Set<String> values = s.getEnum().stream().map(String::valueOf).collect(Collectors.toSet());
    Set<String> constants = Stream.of(type.getEnumConstants()).map(e -> ((Enum<?>) e).name())
        .collect(Collectors.toSet());
    if (!constants.contains("UNKNOWN")) {
      problems.add(at + ": " + type.getSimpleName() + " has no UNKNOWN");
    }
    if (!constants.containsAll(values)) {
      problems.add(at + ": " + type.getSimpleName() + " lacks schema values " + values);
    }
    Set<String> extra = constants.stream().filter(c -> !c.equals("UNKNOWN") && !values.contains(c))
        .collect(Collectors.toSet());
    if (exact && !extra.isEmpty()) {
      problems.add(at + ": " + type.getSimpleName() + " has constants the schema lacks: " + extra);
    }
  }

  @SuppressWarnings("rawtypes")
  private static Map<String, Schema> properties(Schema<?> schema) {
    return schema.getProperties() == null ? Map.of() : schema.getProperties();
  }

  private static List<String> required(Schema<?> schema) {
    return schema.getRequired() == null ? List.of() : schema.getRequired();
  }

  private static Schema<?> schema(String name) {
    Schema<?> s = api.getComponents().getSchemas().get(name);
    assertThat(s).as("#/components/schemas/" + name).isNotNull();
    return s;
  }
}
