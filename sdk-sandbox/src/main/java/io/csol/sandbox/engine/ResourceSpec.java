package io.csol.sandbox.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Describes one resource type to the engine: its name, id, filterable/sortable fields,
 * default order and JSON shape.
 *
 * <p>Immutable and thread-safe once built.
 *
 * @param <R> record type
 */
public final class ResourceSpec<R> {
  static final Set<String> KEYWORDS = Set.of("and", "or", "not", "in", "eq", "ne", "gt", "ge",
      "lt", "le", "startswith", "contains", "true", "false");

  private final String name;
  private final Function<R, String> id;
  private final String idField;
  private final Map<String, FieldSpec<R>> fields;
  private final String defaultSort;
  private final Function<R, Map<String, Object>> toJson;
  private final Set<String> outputFields;

  private ResourceSpec(Builder<R> b) {
    this.name = b.name;
    this.id = b.id;
    this.idField = b.idField;
    Map<String, FieldSpec<R>> all = new LinkedHashMap<>();
    all.put(b.idField, new FieldSpec<>(b.idField, FieldType.TEXT, r -> b.id.apply(r), true));
    all.putAll(b.fields);
    FieldSpec<R> declaredId = all.get(b.idField);
    if (declaredId.type() != FieldType.TEXT || !declaredId.sortable()) {
      throw new IllegalArgumentException("idField '" + b.idField + "' must be declared as a sortable TEXT field");
    }
    this.fields = Collections.unmodifiableMap(all);
    this.defaultSort = b.defaultSort == null ? b.idField : b.defaultSort;
    this.toJson = b.toJson != null ? b.toJson : this::defaultJson;
    Set<String> out = new LinkedHashSet<>();
    for (String f : all.keySet()) {
      out.add(f.contains(".") ? f.substring(0, f.indexOf('.')) : f);
    }
    out.addAll(b.outputFields);
    this.outputFields = Collections.unmodifiableSet(out);
    // Fail at start-up, not on the first request, when the default order is wrong.
    SortParser.parse(this, this.defaultSort);
  }

  /**
   * Starts a spec.
   *
   * @param name resource name, e.g. "invoices" (also binds cursors to this resource)
   * @param id returns the unique, non-null id of a record; it is the final sort tie-breaker
   * @param <R> record type
   * @return a builder
   */
  public static <R> Builder<R> builder(String name, Function<R, String> id) {
    return new Builder<>(name, id);
  }

  /** Returns the resource name. */
  public String name() {
    return name;
  }

  /** Returns the JSON/query name of the id field (default "id"). */
  public String idField() {
    return idField;
  }

  /** Returns the id of a record. */
  public String idOf(R record) {
    Objects.requireNonNull(record, "record must not be null");
    String value = id.apply(record);
    if (value == null) {
      throw new IllegalArgumentException("record of '" + name + "' has a null id");
    }
    return value;
  }

  /** Returns all declared fields (all filterable) by query name, the id field first. */
  public Map<String, FieldSpec<R>> fields() {
    return fields;
  }

  /** Returns the default sort expression. */
  public String defaultSort() {
    return defaultSort;
  }

  /** Returns the top-level JSON field names accepted by the {@code fields} parameter. */
  public Set<String> outputFields() {
    return outputFields;
  }

  /** Returns the complete JSON form of a record, as made by the spec's toJson function. */
  public Map<String, Object> toJson(R record) {
    Objects.requireNonNull(record, "record must not be null");
    return toJson.apply(record);
  }

  private Map<String, Object> defaultJson(R record) {
    Map<String, Object> json = new LinkedHashMap<>();
    for (FieldSpec<R> f : fields.values()) {
      if (!f.name().contains(".")) {
        Object v = f.valueOf(record);
        json.put(f.name(), v instanceof Enum<?> e ? e.name() : v);
      }
    }
    return json;
  }

  /**
   * Builds a {@link ResourceSpec}.
   *
   * @param <R> record type
   */
  public static final class Builder<R> {
    private final String name;
    private final Function<R, String> id;
    private String idField = "id";
    private final Map<String, FieldSpec<R>> fields = new LinkedHashMap<>();
    private String defaultSort;
    private Function<R, Map<String, Object>> toJson;
    private final Set<String> outputFields = new LinkedHashSet<>();

    private Builder(String name, Function<R, String> id) {
      Objects.requireNonNull(name, "name must not be null");
      Objects.requireNonNull(id, "id must not be null");
      if (name.isBlank()) {
        throw new IllegalArgumentException("name must not be blank");
      }
      this.name = name;
      this.id = id;
    }

    /** Sets the query/JSON name of the id field (default "id"); it is a sortable TEXT field. */
    public Builder<R> idField(String jsonName) {
      Objects.requireNonNull(jsonName, "jsonName must not be null");
      checkName(jsonName);
      this.idField = jsonName;
      return this;
    }

    /**
     * Declares a filterable field.
     *
     * @param name dotted query name, not a reserved keyword
     * @param type field type
     * @param getter value getter (see {@link FieldSpec})
     * @param sortable whether it may be sorted by (single-valued fields only)
     * @return this builder
     */
    public Builder<R> field(String name, FieldType type, Function<R, Object> getter, boolean sortable) {
      FieldSpec<R> f = new FieldSpec<>(name, type, getter, sortable);
      checkName(name);
      if (fields.containsKey(name)) {
        throw new IllegalArgumentException("field '" + name + "' is declared twice");
      }
      fields.put(name, f);
      return this;
    }

    /** Sets the default sort expression (query-language syntax), e.g. "number" or "-updatedAt". */
    public Builder<R> defaultSort(String sortExpression) {
      Objects.requireNonNull(sortExpression, "sortExpression must not be null");
      this.defaultSort = sortExpression;
      return this;
    }

    /** Sets how a record becomes JSON (a map of top-level fields); default: the declared top-level fields. */
    public Builder<R> toJson(Function<R, Map<String, Object>> toJson) {
      this.toJson = Objects.requireNonNull(toJson, "toJson must not be null");
      return this;
    }

    /** Declares extra top-level JSON names that {@code fields} may select (beyond declared fields). */
    public Builder<R> outputFields(String... names) {
      Objects.requireNonNull(names, "names must not be null");
      for (String n : names) {
        Objects.requireNonNull(n, "names must not contain null");
        outputFields.add(n);
      }
      return this;
    }

    /** Builds the immutable spec; fails if the default sort names an unknown or unsortable field. */
    public ResourceSpec<R> build() {
      return new ResourceSpec<>(this);
    }

    private static void checkName(String name) {
      for (String part : name.split("\\.", -1)) {
        if (KEYWORDS.contains(part)) {
          throw new IllegalArgumentException("field name '" + name + "' uses a reserved keyword " + KEYWORDS);
        }
      }
    }
  }
}
