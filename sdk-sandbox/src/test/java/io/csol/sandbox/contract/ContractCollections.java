package io.csol.sandbox.contract;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Yaml;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the machine-readable collection declarations of {@code api/openapi.yaml}
 * ({@code components.x-csol-collections}, DESIGN-10 D4) for the contract tests.
 */
public final class ContractCollections {

  /** The field types of the query language (docs/query-language.md). */
  public static final Set<String> TYPES = Set.of("text", "number", "money", "date", "date-time", "boolean", "enum");

  private static final JsonNode SPEC = read();

  private ContractCollections() {
  }

  /** One declared field of a collection. */
  public record Field(String name, String type, boolean sortable, boolean list, String enumName,
            String currencyField, String doc, String javaName) {
  }

  /** One declared collection. */
  public record Collection(String name, String item, String fieldsClass, String defaultSort, JsonNode selectable,
               List<Field> fields) {

    /** Returns the name of the item schema, e.g. {@code InvoiceSummary}. */
    public String itemSchemaName() {
      return item.substring(item.lastIndexOf('/') + 1);
    }

    /** Returns the declared field of that name, or null. */
    public Field field(String fieldName) {
      return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst().orElse(null);
    }
  }

  /** Returns the whole spec as a tree (unresolved, so {@code $ref}s are visible). */
  public static JsonNode spec() {
    return SPEC;
  }

  /** Returns every declared collection by name, in declaration order. */
  public static Map<String, Collection> all() {
    Map<String, Collection> all = new LinkedHashMap<>();
    SPEC.path("components").path("x-csol-collections").fields().forEachRemaining(e -> {
      JsonNode c = e.getValue();
      List<Field> fields = new ArrayList<>();
      for (JsonNode f : c.path("fields")) {
        fields.add(new Field(f.path("name").asText(null), f.path("type").asText(null),
            f.path("sortable").asBoolean(false), f.path("list").asBoolean(false),
            f.path("enum").asText(null), f.path("currencyField").asText(null),
            f.path("doc").asText(null), f.path("javaName").asText(null)));
      }
      all.put(e.getKey(), new Collection(e.getKey(), c.path("item").asText(null),
          c.path("fieldsClass").asText(null), c.path("defaultSort").asText(null), c.path("selectable"),
          Collections.unmodifiableList(fields)));
    });
    return Collections.unmodifiableMap(all);
  }

  /** Returns the named collection; fails when the spec does not declare it. */
  public static Collection named(String name) {
    Collection c = all().get(name);
    if (c == null) {
      throw new IllegalArgumentException("api/openapi.yaml declares no collection '" + name + "'; it has "
          + all().keySet());
    }
    return c;
  }

  /** Returns the top-level property names of a component schema, in order. */
  public static List<String> properties(String schemaName) {
    List<String> names = new ArrayList<>();
    SPEC.path("components").path("schemas").path(schemaName).path("properties").fieldNames()
        .forEachRemaining(names::add);
    return names;
  }

  private static JsonNode read() {
    try {
      return Yaml.mapper().readTree(ContractSpec.path().toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + ContractSpec.path(), e);
    }
  }
}
