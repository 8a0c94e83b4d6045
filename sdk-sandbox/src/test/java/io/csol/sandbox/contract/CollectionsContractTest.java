package io.csol.sandbox.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.csol.sandbox.contract.ContractCollections.Collection;
import io.csol.sandbox.contract.ContractCollections.Field;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Checks the machine-readable collection declarations ({@code components.x-csol-collections}) against the rest of
 * the contract: the item schemas, the operations that name them, and the field tables of
 * {@code docs/query-language.md}, which are rendered from the declaration (there is no second hand-kept copy).
 * {@code io.csol.sandbox.tools.billing.BillingSpecsContractTest} checks the sandbox against the same declaration.
 */
class CollectionsContractTest {

  private static final String SCHEMAS = "#/components/schemas/";
  private static final String DOCS_BEGIN = "<!-- x-csol-collections: begin (rendered from api/openapi.yaml; "
      + "CollectionsContractTest checks it) -->";
  private static final String DOCS_END = "<!-- x-csol-collections: end -->";

  private final JsonNode spec = ContractCollections.spec();
  private final Map<String, Collection> collections = ContractCollections.all();

  @Test
  void declaration_everyCollection_isWellFormed() {
    assertThat(collections).containsOnlyKeys("invoices", "statementLines", "statementSummaries", "requests");
    collections.values().forEach(c -> {
      String where = "x-csol-collections." + c.name();
      assertThat(c.item()).as(where + ".item").startsWith(SCHEMAS);
      assertThat(schema(c.itemSchemaName()).isMissingNode()).as(where + ".item exists").isFalse();
      assertThat(c.fieldsClass()).as(where + ".fieldsClass").matches("[A-Z][A-Za-z]*Fields");
      assertThat(c.fields()).as(where + ".fields").isNotEmpty();
      Set<String> names = new HashSet<>();
      for (Field f : c.fields()) {
        String fw = where + " field " + f.name();
        assertThat(names.add(f.name())).as(fw + " declared once").isTrue();
        assertThat(f.name()).as(fw + " name").matches("[a-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*)*");
        assertThat(ContractCollections.TYPES).as(fw + " type").contains(f.type());
        assertThat(f.enumName() != null).as(fw + " names an enum schema exactly when its type is enum")
            .isEqualTo("enum".equals(f.type()));
        assertThat(f.currencyField() != null).as(fw + " names its currency field exactly when it is money")
            .isEqualTo("money".equals(f.type()));
        if (f.list()) {
          assertThat(f.sortable()).as(fw + ": a list field cannot be sortable").isFalse();
        }
        if (f.currencyField() != null) {
          Field currency = c.field(f.currencyField());
          assertThat(currency).as(fw + " currencyField is a declared field").isNotNull();
          assertThat(currency.type()).as(fw + " currencyField type").isEqualTo("text");
          assertThat(propertySchema(c.itemSchemaName(), f.currencyField()).path("$ref").asText())
              .as(fw + " currencyField is a CurrencyCode").isEqualTo(SCHEMAS + "CurrencyCode");
        }
        if (f.javaName() != null) {
          assertThat(f.javaName()).as(fw + " javaName").matches("[A-Z][A-Z0-9_]*");
        }
      }
      for (String key : c.defaultSort().split(",")) {
        Field f = c.field(key.startsWith("-") ? key.substring(1) : key);
        assertThat(f).as(where + ".defaultSort key " + key + " is declared").isNotNull();
        assertThat(f.sortable()).as(where + ".defaultSort key " + key + " is sortable").isTrue();
      }
      JsonNode selectable = c.selectable();
      if (selectable.isArray()) {
        selectable.forEach(s -> assertThat(ContractCollections.properties(c.itemSchemaName()))
            .as(where + ".selectable").contains(s.asText()));
      } else {
        assertThat(selectable.asText()).as(where + ".selectable").isEqualTo("all");
      }
    });
  }

  @Test
  void declaration_everyField_matchesItsSchemaProperty() {
    collections.values().forEach(c -> c.fields().forEach(f -> {
      String where = c.name() + "." + f.name() + " (" + f.type() + ")";
      Resolved r = resolve(c.itemSchemaName(), f.name());
      assertThat(r.list()).as(where + ": list flag must match an array on the path").isEqualTo(f.list());
      JsonNode raw = r.raw();
      JsonNode target = deref(raw);
      switch (f.type()) {
        // a described reference is `allOf: [{$ref}]` (OpenAPI 3.0 ignores $ref siblings)
        case "money" -> assertThat((raw.path("allOf").size() == 1 ? raw.path("allOf").get(0) : raw)
            .path("$ref").asText()).as(where + " is a $ref to Money").isEqualTo(SCHEMAS + "Money");
        case "enum" -> {
          assertThat(raw.path("$ref").asText()).as(where + " is a $ref to its enum schema")
              .isEqualTo(SCHEMAS + f.enumName());
          assertThat(target.path("enum").isArray()).as(where + ": " + f.enumName() + " is an enum")
              .isTrue();
        }
        case "date" -> assertThat(target.path("format").asText()).as(where + " format").isEqualTo("date");
        case "date-time" -> assertThat(target.path("format").asText()).as(where + " format")
            .isEqualTo("date-time");
        case "boolean" -> assertThat(target.path("type").asText()).as(where + " type").isEqualTo("boolean");
        case "number" -> assertThat(target.path("type").asText()).as(where + " type")
            .isIn("number", "integer");
        case "text" -> {
          assertThat(target.path("type").asText()).as(where + " type").isEqualTo("string");
          assertThat(target.has("enum")).as(where + ": an enum must be declared as enum").isFalse();
          assertThat(target.path("format").asText()).as(where + ": dates must be declared as dates")
              .isNotIn("date", "date-time");
        }
        default -> throw new AssertionError(where + ": unknown type");
      }
    }));
  }

  @Test
  void operations_everyCollectionOperation_namesADeclaredCollection() {
    Map<String, List<String>> users = operationsByCollection();
    assertThat(users.keySet()).as("every declared collection is used by an operation")
        .containsExactlyInAnyOrderElementsOf(collections.keySet());
    assertThat(users.get("invoices")).containsExactlyInAnyOrder("listInvoices", "exportInvoices");
    assertThat(users.get("statementLines")).containsExactlyInAnyOrder("listStatementLines", "exportStatementLines");
    assertThat(users.get("statementSummaries")).containsExactly("listStatementSummaries");
    assertThat(users.get("requests")).containsExactly("listRequests");

    forEachOperation((path, method, op) -> {
      String where = method + " " + path;
      List<String> params = parameterNames(op);
      String collection = op.path("x-csol-collection").asText(null);
      if (params.contains("filter") || params.contains("sort") || params.contains("fields")) {
        assertThat(collection).as(where + " takes filter/sort/fields, so it names its collection").isNotNull();
      }
      if (collection == null) {
        return;
      }
      assertThat(params).as(where + " params").contains("filter", "sort");
      JsonNode items = op.at("/responses/200/content/application~1json/schema");
      if (!items.isMissingNode()) {
        JsonNode page = deref(items);
        assertThat(page.at("/properties/data/items/$ref").asText()).as(where + " page items are the item")
            .isEqualTo(collections.get(collection).item());
        assertThat(params).as(where + " params").contains("fields", "limit", "cursor", "totalCount");
      }
    });
  }

  @Test
  void operations_collectionOperations_keepNoProseCopyOfTheFields() {
    forEachOperation((path, method, op) -> {
      if (!op.has("x-csol-collection")) {
        return;
      }
      List<String> texts = new ArrayList<>();
      texts.add(op.path("description").asText(""));
      for (JsonNode p : op.path("parameters")) {
        texts.add(deref(p).path("description").asText(""));
      }
      for (String text : texts) {
        assertThat(text).as(method + " " + path + ": the fields live in x-csol-collections only")
            .doesNotContain("| `").doesNotContain("Sortable fields of this collection");
      }
      assertThat(op.path("description").asText()).as(method + " " + path + " points at its declaration")
          .contains("x-csol-collections." + op.path("x-csol-collection").asText());
    });
  }

  @Test
  void docs_queryLanguageFieldTables_areTheRenderedDeclaration() throws IOException {
    Path docs = ContractSpec.path().getParent().getParent().resolve("docs").resolve("query-language.md");
    String text = Files.readString(docs, StandardCharsets.UTF_8);
    int begin = text.indexOf(DOCS_BEGIN);
    int end = text.indexOf(DOCS_END);
    assertThat(begin).as(docs + " has the marker " + DOCS_BEGIN).isNotNegative();
    assertThat(end).as(docs + " has the marker " + DOCS_END).isGreaterThan(begin);

    String actual = text.substring(begin + DOCS_BEGIN.length(), end);

    assertThat(actual).as("docs/query-language.md field tables disagree with x-csol-collections in "
        + "api/openapi.yaml; replace the block between the markers with the expected text").isEqualTo(render());
  }

  /** Renders the field tables of every collection as docs/query-language.md shows them. */
  private String render() {
    Map<String, List<String>> users = operationsByCollection();
    Map<String, String> routes = new LinkedHashMap<>();
    forEachOperation((path, method, op) -> routes.put(op.path("operationId").asText(), method + " " + path));
    StringBuilder sb = new StringBuilder("\n");
    for (Collection c : collections.values()) {
      sb.append("\n#### ").append(c.name()).append("\n\n");
      sb.append("Operations: ").append(String.join(", ", users.get(c.name()).stream()
          .map(id -> "`" + routes.get(id) + "` (`" + id + "`)").toList())).append(". ");
      sb.append("Records: `").append(c.itemSchemaName()).append("`. Default order: `")
          .append(c.defaultSort()).append("`. `fields` selects ")
          .append(c.selectable().isArray() ? "among " + c.selectable() : "any top-level property")
          .append(".\n\n| field | type | sortable |\n|---|---|---|\n");
      for (Field f : c.fields()) {
        String type = switch (f.type()) {
          case "money" -> "money (amount; currency in `" + f.currencyField() + "`)";
          case "enum" -> "enum (`" + f.enumName() + "`)";
          default -> f.type();
        };
        sb.append("| `").append(f.name()).append("` | ").append(type)
            .append(f.list() ? ", list (any element matches)" : "").append(" | ")
            .append(f.sortable() ? "yes" : "no").append(" |\n");
      }
    }
    return sb.append("\n").toString();
  }

  private Map<String, List<String>> operationsByCollection() {
    Map<String, List<String>> users = new LinkedHashMap<>();
    forEachOperation((path, method, op) -> {
      if (op.has("x-csol-collection")) {
        users.computeIfAbsent(op.path("x-csol-collection").asText(), k -> new ArrayList<>())
            .add(op.path("operationId").asText());
      }
    });
    return users;
  }

  /** A property found by a dotted path, and whether the path went through an array. */
  private record Resolved(JsonNode raw, boolean list) {
  }

  /**
   * Follows a dotted field path from a schema. A first segment the item schema lacks (e.g. the {@code lines} of
   * {@code lines.serialNumber}, which search results omit) is looked up in the full record: the schema that has
   * every property of the item plus that one.
   */
  private Resolved resolve(String itemSchema, String dotted) {
    String[] parts = dotted.split("\\.");
    String owner = itemSchema;
    if (propertySchema(owner, parts[0]).isMissingNode()) {
      owner = fullRecordOf(itemSchema, parts[0]);
    }
    JsonNode node = schema(owner);
    boolean list = false;
    JsonNode raw = null;
    for (String part : parts) {
      JsonNode container = deref(node);
      raw = container.path("properties").path(part);
      assertThat(raw.isMissingNode()).as(dotted + ": " + part + " is a property of " + owner).isFalse();
      node = raw;
      JsonNode resolved = deref(raw);
      if ("array".equals(resolved.path("type").asText())) {
        list = true;
        raw = resolved.path("items");
        node = raw;
      }
    }
    return new Resolved(raw, list);
  }

  private String fullRecordOf(String itemSchema, String property) {
    List<String> itemProps = ContractCollections.properties(itemSchema);
    Iterator<Map.Entry<String, JsonNode>> it = spec.path("components").path("schemas").fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      List<String> props = ContractCollections.properties(e.getKey());
      if (props.containsAll(itemProps) && props.contains(property)) {
        return e.getKey();
      }
    }
    throw new AssertionError("no schema holds the properties of " + itemSchema + " plus " + property);
  }

  private JsonNode schema(String name) {
    return spec.path("components").path("schemas").path(name);
  }

  private JsonNode propertySchema(String schemaName, String property) {
    return schema(schemaName).path("properties").path(property);
  }

  /** Follows {@code $ref}s, and a described reference ({@code description} + {@code allOf: [{$ref}]}). */
  private JsonNode deref(JsonNode node) {
    JsonNode n = node;
    while (n.has("$ref") || n.path("allOf").size() == 1) {
      n = n.has("$ref") ? spec.at(n.path("$ref").asText().substring(1)) : n.path("allOf").get(0);
    }
    return n;
  }

  private List<String> parameterNames(JsonNode op) {
    List<String> names = new ArrayList<>();
    op.path("parameters").forEach(p -> names.add(deref(p).path("name").asText()));
    return names;
  }

  private void forEachOperation(OperationVisitor visitor) {
    spec.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(m -> {
      if (Set.of("get", "put", "post", "delete", "patch", "head", "options").contains(m.getKey())) {
        visitor.visit(path.getKey(), m.getKey().toUpperCase(), m.getValue());
      }
    }));
  }

  /** Receives each operation of the spec as a tree. */
  @FunctionalInterface
  private interface OperationVisitor {
    void visit(String path, String method, JsonNode operation);
  }
}
