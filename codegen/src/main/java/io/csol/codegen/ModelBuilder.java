package io.csol.codegen;

import io.csol.codegen.model.CollectionDef;
import io.csol.codegen.model.Constraints;
import io.csol.codegen.model.ContractModel;
import io.csol.codegen.model.EnumDef;
import io.csol.codegen.model.FieldDef;
import io.csol.codegen.model.JType;
import io.csol.codegen.model.JType.Kind;
import io.csol.codegen.model.ModelDef;
import io.csol.codegen.model.PropertyDef;
import io.csol.codegen.model.RequestDef;
import io.csol.codegen.model.UploadDef;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Validates the contract and builds the intermediate model of one run. Collects every problem
 * before failing, so one build names them all.
 */
final class ModelBuilder {
  static final String SCHEMAS = "#/components/schemas/";
  private static final Set<String> QUERY_TYPES =
      Set.of("text", "number", "money", "date", "date-time", "boolean", "enum");

  private final OpenAPI api;
  private final Config config;
  private final Map<String, Schema<?>> schemas;
  private final List<String> problems = new ArrayList<>();
  private final List<String> missingDocs = new ArrayList<>();
  private final Map<String, ModelDef> models = new LinkedHashMap<>();
  private final Map<String, EnumDef> enums = new LinkedHashMap<>();
  private final Map<String, JType> resolved = new LinkedHashMap<>();
  private final Map<String, String> javaNameOwner = new LinkedHashMap<>();
  private final Set<String> inProgress = new HashSet<>();
  /** Java name -> package of the types x-csol-java.package places in another module. */
  private final Map<String, String> provided = new LinkedHashMap<>();
  /** The module's slice of the contract: what this run read, for the fingerprint. */
  private final Map<String, Object> slice = new TreeMap<>();

  @SuppressWarnings({"unchecked", "rawtypes"})
  ModelBuilder(OpenAPI api, Config config) {
    this.api = api;
    this.config = config;
    Map<String, Schema> raw = api.getComponents() == null || api.getComponents().getSchemas() == null
        ? Map.of() : api.getComponents().getSchemas();
    this.schemas = (Map<String, Schema<?>>) (Map) raw;
  }

  /** Where a description was missing and fallback text stands in (lenient runs only). */
  List<String> missingDocs() {
    return missingDocs;
  }

  /** The schemas, collections and operations this run read, keyed by pointer. */
  Map<String, Object> slice() {
    return slice;
  }

  ContractModel build() {
    for (String name : config.schemas()) {
      if (!schemas.containsKey(name)) {
        problems.add("schemas: unknown schema '" + name + "'; known: " + schemas.keySet());
      } else {
        named(name);
      }
    }
    for (String tag : config.tags()) {
      tagRoots(tag);
    }
    List<RequestDef> requests = new ArrayList<>();
    for (String operationId : config.requests()) {
      RequestDef r = request(operationId);
      if (r != null) {
        requests.add(r);
      }
    }
    List<CollectionDef> collections = new ArrayList<>();
    for (String key : config.collections()) {
      CollectionDef c = collection(key);
      if (c != null) {
        collections.add(c);
      }
    }
    if (!problems.isEmpty()) {
      throw new CodegenException(problems);
    }
    return new ContractModel(new ArrayList<>(models.values()), new ArrayList<>(enums.values()),
        requests, collections, provided);
  }

  // ---------------------------------------------------------------- schemas

  /** Resolves a named schema to its Java type, emitting it once; null when skipped or broken. */
  private JType named(String name) {
    if (resolved.containsKey(name)) {
      return resolved.get(name);
    }
    String pointer = SCHEMAS + name;
    Schema<?> schema = schemas.get(name);
    if (schema == null) {
      problems.add(pointer + ": $ref to a schema that does not exist");
      return null;
    }
    slice.put(pointer, schema);
    if (name.equals("Money")) {
      resolved.put(name, JType.of(Kind.MONEY));
      return resolved.get(name);
    }
    Map<String, Object> hints = hints(schema);
    if (Boolean.TRUE.equals(hints.get("skip"))) {
      resolved.put(name, null);
      return null;
    }
    Object pkg = hints.get("package");
    if (pkg != null && !pkg.equals(config.javaPackage())) {
      // hand-written in a module below this one (sdk-core), checked against the contract there:
      // referenced by its package, never emitted twice
      if (!String.valueOf(pkg).matches("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*")) {
        problems.add(pointer + ": x-csol-java.package '" + pkg + "' is not a Java package");
      }
      provided.put(javaName(name, schema), String.valueOf(pkg));
    }
    if (!inProgress.add(name)) {
      // a cycle through records: the type name is all the referrer needs
      return JType.named(Kind.MODEL, javaName(name, schema));
    }
    try {
      JType type;
      Object as = hints.get("as");
      if (as != null) {
        type = as(name, schema, String.valueOf(as));
      } else {
        type = typeOfSchema(schema, pointer, javaName(name, schema), true);
      }
      resolved.put(name, type);
      return type;
    } finally {
      inProgress.remove(name);
    }
  }

  /** {@code x-csol-java.as}: decodes into a wider schema's type; checked as a subset. */
  private JType as(String name, Schema<?> schema, String target) {
    String pointer = SCHEMAS + name;
    Schema<?> wider = schemas.get(target);
    if (wider == null) {
      problems.add(pointer + ": x-csol-java.as names '" + target + "', which is not a schema");
      return null;
    }
    JType type = named(target);
    Map<String, Schema> narrowProps = props(schema);
    Map<String, Schema> wideProps = props(wider);
    for (Map.Entry<String, Schema> p : narrowProps.entrySet()) {
      Schema<?> w = wideProps.get(p.getKey());
      if (w == null) {
        problems.add(pointer + "/properties/" + p.getKey() + ": x-csol-java.as " + target
            + " has no property '" + p.getKey() + "'");
      } else if (!Objects.equals(shape(p.getValue()), shape(w))) {
        problems.add(pointer + "/properties/" + p.getKey() + ": type mismatch with x-csol-java.as "
            + target + " (" + shape(p.getValue()) + " vs " + shape(w) + ")");
      }
    }
    return type;
  }

  /** {@code allOf: [{$ref: X}]} is X (the way OpenAPI 3.0 lets a reference carry a description). */
  static Schema<?> deAllOf(Schema<?> s) {
    if (s.get$ref() == null && s.getAllOf() != null && s.getAllOf().size() == 1
        && s.getAllOf().get(0).get$ref() != null) {
      return s.getAllOf().get(0);
    }
    return s;
  }

  private static String shape(Schema<?> schema) {
    Schema<?> s = deAllOf(schema);
    if (s.get$ref() != null) {
      return s.get$ref();
    }
    String items = s.getItems() == null ? "" : "<" + shape(s.getItems()) + ">";
    return s.getType() + (s.getFormat() == null ? "" : "/" + s.getFormat()) + items;
  }

  private String javaName(String schemaName, Schema<?> schema) {
    Object name = hints(schema).get("name");
    return name == null ? schemaName : String.valueOf(name);
  }

  /** Maps any schema (named or inline) to a Java type, emitting records and enums as needed. */
  private JType typeOfSchema(Schema<?> schema, String pointer, String javaName, boolean named) {
    if (schema.getOneOf() != null || schema.getAnyOf() != null) {
      if (schema.getDiscriminator() == null) {
        problems.add(pointer + ": oneOf without a discriminator cannot be generated; add a"
            + " discriminator, or x-csol-java: {skip: true} and a hand-written type");
      } else {
        problems.add(pointer + ": oneOf with a discriminator is not generated yet; mark it"
            + " x-csol-java: {skip: true} and write the type by hand");
      }
      return null;
    }
    if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
      if (javaName == null) {
        problems.add(pointer + ": unnamed inline enum; add x-csol-java: {name: <JavaName>}");
        return null;
      }
      return enumDef(schema, pointer, javaName);
    }
    if ("object".equals(schema.getType()) || schema.getProperties() != null) {
      if (javaName == null) {
        problems.add(pointer + ": unnamed inline object; add x-csol-java: {name: <JavaName>}");
        return null;
      }
      return modelDef(schema, pointer, javaName);
    }
    return scalar(schema, pointer);
  }

  private JType scalar(Schema<?> schema, String pointer) {
    Object javaType = hints(schema).get("type");
    if (javaType != null) {
      if ("BigDecimal".equals(javaType) && "string".equals(schema.getType())) {
        return JType.of(Kind.DECIMAL);
      }
      problems.add(pointer + ": x-csol-java.type '" + javaType
          + "' is not supported; accepted: BigDecimal on a string");
      return null;
    }
    String type = schema.getType();
    if (type == null) {
      problems.add(pointer + ": has no type");
      return null;
    }
    switch (type) {
      case "string":
        if ("date".equals(schema.getFormat())) {
          return JType.of(Kind.DATE);
        }
        return "date-time".equals(schema.getFormat()) ? JType.of(Kind.DATE_TIME)
            : JType.of(Kind.STRING);
      case "integer":
        return "int64".equals(schema.getFormat()) ? JType.of(Kind.LONG) : JType.of(Kind.INT);
      case "number":
        return JType.of(Kind.DECIMAL);
      case "boolean":
        return JType.of(Kind.BOOLEAN);
      case "array":
        if (schema.getItems() == null) {
          problems.add(pointer + ": array without items");
          return null;
        }
        JType element = propertyType(schema.getItems(), pointer + "/items");
        return element == null ? null : JType.listOf(element);
      default:
        problems.add(pointer + ": type '" + type + "' cannot be generated");
        return null;
    }
  }

  /** The Java type of a property schema: a $ref, an inline object/enum (needs a name), a scalar. */
  private JType propertyType(Schema<?> schema, String pointer) {
    if (schema.get$ref() != null) {
      String ref = refName(schema.get$ref(), pointer);
      if (ref == null) {
        return null;
      }
      JType t = named(ref);
      if (t == null && schemas.containsKey(ref)) {
        problems.add(pointer + ": refers to " + ref + ", which is skipped (x-csol-java.skip)");
      }
      return t;
    }
    if ("array".equals(schema.getType())) {
      return scalar(schema, pointer);
    }
    Object name = hints(schema).get("name");
    return typeOfSchema(schema, pointer, name == null ? null : String.valueOf(name), false);
  }

  private String refName(String ref, String pointer) {
    if (!ref.startsWith(SCHEMAS)) {
      problems.add(pointer + ": $ref '" + ref + "' is not a local component schema");
      return null;
    }
    return ref.substring(SCHEMAS.length());
  }

  private JType enumDef(Schema<?> schema, String pointer, String javaName) {
    JType type = JType.named(Kind.ENUM, javaName);
    if (!claim(javaName, pointer)) {
      return type;
    }
    List<String> values = new ArrayList<>();
    for (Object v : schema.getEnum()) {
      values.add(String.valueOf(v));
    }
    for (String v : values) {
      if (!v.matches("[A-Z][A-Z0-9_]*")) {
        problems.add(pointer + ": enum value '" + v + "' is not an UPPER_SNAKE Java constant");
      }
    }
    if (values.contains("UNKNOWN")) {
      problems.add(pointer + ": enum value UNKNOWN is reserved for values the SDK does not know");
    }
    Map<String, String> docs = new LinkedHashMap<>();
    Object described = schema.getExtensions() == null ? null
        : schema.getExtensions().get("x-enum-descriptions");
    Map<?, ?> given = described instanceof Map<?, ?> m ? m : Map.of();
    for (String v : values) {
      Object d = given.get(v);
      if (d == null) {
        docs.put(v, missing(pointer + "/x-enum-descriptions/" + v, "The value {@code " + v + "}."));
      } else {
        docs.put(v, Docs.sentence(Docs.javadoc(String.valueOf(d))));
      }
    }
    enums.put(javaName, new EnumDef(javaName, pointer, typeDoc(schema, pointer, javaName), values,
        docs));
    return type;
  }

  private JType modelDef(Schema<?> schema, String pointer, String javaName) {
    JType type = JType.named(Kind.MODEL, javaName);
    if (!claim(javaName, pointer)) {
      return type;
    }
    String doc = typeDoc(schema, pointer, javaName);
    List<PropertyDef> props = properties(schema, pointer);
    models.put(javaName, new ModelDef(javaName, pointer, doc, props));
    return type;
  }

  /** Two schemas must not become one Java name. */
  private boolean claim(String javaName, String pointer) {
    String owner = javaNameOwner.putIfAbsent(javaName, pointer);
    if (owner != null && !owner.equals(pointer)) {
      problems.add(pointer + ": Java name " + javaName + " is already used by " + owner
          + "; rename one with x-csol-java: {name: ...}");
      return false;
    }
    return owner == null;
  }

  @SuppressWarnings("rawtypes")
  private List<PropertyDef> properties(Schema<?> schema, String pointer) {
    List<PropertyDef> out = new ArrayList<>();
    List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
    for (Map.Entry<String, Schema> e : props(schema).entrySet()) {
      String name = e.getKey();
      Schema<?> declared = e.getValue();
      // OpenAPI 3.0 ignores siblings of $ref: a described reference is allOf with one $ref
      Schema<?> p = deAllOf(declared);
      String at = pointer + "/properties/" + name;
      if (!name.matches("[a-z][A-Za-z0-9]*")) {
        problems.add(at + ": property name is not a Java identifier in lowerCamelCase");
        continue;
      }
      JType type = propertyType(p, at);
      if (type == null) {
        continue;
      }
      out.add(new PropertyDef(name, type, required.contains(name), propertyDoc(declared, p, at, name),
          example(p), constraints(p), sensitive(declared, p)));
    }
    for (String r : required) {
      if (!props(schema).containsKey(r)) {
        problems.add(pointer + "/required: '" + r + "' is not a property");
      }
    }
    return out;
  }

  private String propertyDoc(Schema<?> declared, Schema<?> p, String at, String name) {
    if (declared.getDescription() != null && !declared.getDescription().isBlank()) {
      return Docs.javadoc(declared.getDescription());
    }
    if (p.get$ref() != null && p.get$ref().startsWith(SCHEMAS)) {
      Schema<?> target = schemas.get(p.get$ref().substring(SCHEMAS.length()));
      // a scalar alias (CurrencyCode) or enum describes its values well enough for a property
      if (target != null && target.getDescription() != null && target.getProperties() == null
          && !"object".equals(target.getType())) {
        return Docs.javadoc(target.getDescription());
      }
    }
    return missing(at + "/description", Docs.capitalize(Docs.humanize(name)) + ".");
  }

  private String typeDoc(Schema<?> schema, String pointer, String javaName) {
    Object javaDoc = hints(schema).get("doc");
    if (javaDoc != null) {
      return Docs.javadoc(String.valueOf(javaDoc));
    }
    if (schema.getDescription() != null && !schema.getDescription().isBlank()) {
      return Docs.javadoc(schema.getDescription());
    }
    String lower = Character.toLowerCase(javaName.charAt(0)) + javaName.substring(1);
    return missing(pointer + "/description", Docs.capitalize(Docs.humanize(lower)) + ".");
  }

  /** A missing description fails a strict run; otherwise the fallback text stands in. */
  private String missing(String where, String fallback) {
    if (config.strictDocs()) {
      problems.add(where + ": missing description (Javadoc comes from the contract)");
    } else {
      missingDocs.add(where);
    }
    return fallback;
  }

  private String example(Schema<?> p) {
    Object ex = p.getExample();
    if (ex == null && p.get$ref() != null && p.get$ref().startsWith(SCHEMAS)) {
      Schema<?> target = schemas.get(p.get$ref().substring(SCHEMAS.length()));
      if (target != null && "string".equals(target.getType()) && target.getEnum() == null) {
        ex = target.getExample();
      }
    }
    return ex instanceof String || ex instanceof Number ? String.valueOf(ex) : null;
  }

  private Constraints constraints(Schema<?> p) {
    Schema<?> s = p;
    if (p.get$ref() != null && p.get$ref().startsWith(SCHEMAS)) {
      Schema<?> target = schemas.get(p.get$ref().substring(SCHEMAS.length()));
      if (target != null && "string".equals(target.getType())) {
        s = target;
      }
    }
    String itemFormat = s.getItems() == null ? null : checkedFormat(s.getItems().getFormat());
    return new Constraints(s.getMinLength(), s.getMaxLength(), s.getPattern(),
        checkedFormat(s.getFormat()), s.getMinItems(), s.getMaxItems(), itemFormat,
        s.getMinimum(), s.getMaximum());
  }

  private static String checkedFormat(String format) {
    return "email".equals(format) ? format : null;
  }

  @SuppressWarnings("rawtypes")
  private Map<String, Schema> props(Schema<?> schema) {
    Map<String, Schema> p = schema.getProperties();
    return p == null ? Map.of() : p;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> hints(Schema<?> schema) {
    Object h = ext(schema, "x-csol-java");
    return h instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  /**
   * Whether a property stays out of {@code toString()}: marked on the property itself, or, for a
   * described reference ({@code allOf}), on the wrapper, which is where the contract can say it.
   */
  private static boolean sensitive(Schema<?> declared, Schema<?> resolved) {
    return Boolean.TRUE.equals(ext(declared, "x-csol-sensitive"))
        || Boolean.TRUE.equals(ext(resolved, "x-csol-sensitive"));
  }

  private static Object ext(Schema<?> schema, String key) {
    return schema.getExtensions() == null ? null : schema.getExtensions().get(key);
  }

  // ---------------------------------------------------------------- tags

  private void tagRoots(String tag) {
    boolean found = false;
    for (Map.Entry<String, PathItem> path : paths().entrySet()) {
      for (Operation op : path.getValue().readOperations()) {
        if (op.getTags() == null || !op.getTags().contains(tag)) {
          continue;
        }
        found = true;
        if (op.getResponses() == null) {
          continue;
        }
        for (Map.Entry<String, ApiResponse> r : op.getResponses().entrySet()) {
          if (r.getKey().startsWith("2") && r.getValue().getContent() != null) {
            Schema<?> s = json(r.getValue().getContent());
            if (s != null && s.get$ref() != null) {
              String ref = refName(s.get$ref(), path.getKey());
              if (ref != null) {
                named(ref);
              }
            }
          }
        }
      }
    }
    if (!found) {
      problems.add("tags: no operation has tag '" + tag + "'");
    }
  }

  private Map<String, PathItem> paths() {
    return api.getPaths() == null ? Map.of() : api.getPaths();
  }

  private static Schema<?> json(Content content) {
    MediaType mt = content.get("application/json");
    return mt == null ? null : mt.getSchema();
  }

  // ---------------------------------------------------------------- requests

  private RequestDef request(String operationId) {
    for (Map.Entry<String, PathItem> path : paths().entrySet()) {
      for (Map.Entry<PathItem.HttpMethod, Operation> op
          : path.getValue().readOperationsMap().entrySet()) {
        if (operationId.equals(op.getValue().getOperationId())) {
          return request(path.getKey(), op.getKey().name().toLowerCase(java.util.Locale.ROOT),
              path.getValue(), op.getValue());
        }
      }
    }
    problems.add("requests: no operation has operationId '" + operationId + "'");
    return null;
  }

  private RequestDef request(String path, String method, PathItem item, Operation op) {
    String pointer = "#/paths/" + path.replace("~", "~0").replace("/", "~1") + "/" + method;
    slice.put(pointer, op);
    Map<?, ?> hints = ext(op.getExtensions(), "x-csol-request");
    Map<?, ?> renames = hints.get("pathParams") instanceof Map<?, ?> m ? m : Map.of();
    String javaName = hints.get("name") != null ? String.valueOf(hints.get("name"))
        : Docs.capitalize(op.getOperationId()) + "Request";
    String bodyName = (javaName.endsWith("Request")
        ? javaName.substring(0, javaName.length() - "Request".length()) : javaName) + "Body";
    List<PropertyDef> pathParams = new ArrayList<>();
    List<Parameter> params = new ArrayList<>();
    if (item.getParameters() != null) {
      params.addAll(item.getParameters());
    }
    if (op.getParameters() != null) {
      params.addAll(op.getParameters());
    }
    for (Parameter p : params) {
      Parameter param = p;
      if (p.get$ref() != null) {
        String name = p.get$ref().substring(p.get$ref().lastIndexOf('/') + 1);
        param = api.getComponents().getParameters() == null ? null
            : api.getComponents().getParameters().get(name);
        if (param == null) {
          problems.add(pointer + ": parameter $ref '" + p.get$ref() + "' does not exist");
          continue;
        }
      }
      if (!"path".equals(param.getIn())) {
        continue;
      }
      Object rename = renames.get(param.getName());
      String name = rename == null ? param.getName() : String.valueOf(rename);
      String doc = param.getDescription() != null ? Docs.javadoc(param.getDescription())
          : missing(pointer + "/parameters/" + param.getName() + "/description",
              Docs.capitalize(Docs.humanize(name)) + ".");
      pathParams.add(new PropertyDef(name, JType.of(Kind.STRING), true, doc, null,
          Constraints.NONE, false));
    }
    Schema<?> body = op.getRequestBody() == null || op.getRequestBody().getContent() == null
        ? null : json(op.getRequestBody().getContent());
    String bodyPointer = pointer + "/requestBody";
    if (body != null && body.get$ref() != null) {
      String ref = refName(body.get$ref(), bodyPointer);
      if (ref == null) {
        return null;
      }
      bodyPointer = SCHEMAS + ref;
      body = schemas.get(ref);
      if (body == null) {
        problems.add(bodyPointer + ": $ref to a schema that does not exist");
        return null;
      }
      slice.put(bodyPointer, body);
    }
    if (body == null) {
      problems.add(pointer + ": requests lists it, but it has no application/json body");
      return null;
    }
    String description = op.getSummary() != null ? Docs.sentence(Docs.javadoc(op.getSummary()))
        : op.getDescription() != null ? Docs.javadoc(op.getDescription())
        : missing(pointer + "/summary", Docs.capitalize(Docs.humanize(op.getOperationId())) + ".");
    List<PropertyDef> bodyProps = properties(body, bodyPointer);
    for (PropertyDef bp : bodyProps) {
      for (PropertyDef pp : pathParams) {
        if (bp.name().equals(pp.name())) {
          problems.add(bodyPointer + "/properties/" + bp.name()
              + ": clashes with the path parameter of the same name; rename it in x-csol-request");
        }
      }
    }
    return new RequestDef(javaName, bodyName, op.getOperationId(), bodyPointer, description,
        pathParams, bodyProps, upload(pointer, hints, bodyProps, pathParams));
  }

  /** {@code x-csol-request.uploads}: files uploaded first, their ids joining a list of ids. */
  private UploadDef upload(String pointer, Map<?, ?> hints, List<PropertyDef> bodyProps,
      List<PropertyDef> pathParams) {
    if (!(hints.get("uploads") instanceof Map<?, ?> u)) {
      if (hints.get("uploads") != null) {
        problems.add(pointer + ": x-csol-request.uploads must be {ids, name, type}");
      }
      return null;
    }
    String ids = u.get("ids") == null ? null : String.valueOf(u.get("ids"));
    String name = u.get("name") == null ? null : String.valueOf(u.get("name"));
    String type = u.get("type") == null ? null : String.valueOf(u.get("type"));
    if (ids == null || name == null || type == null || !name.matches("[a-z][A-Za-z0-9]*")
        || !type.matches("[A-Z][A-Za-z0-9]*")) {
      problems.add(pointer + ": x-csol-request.uploads needs ids (a body property), name (a Java"
          + " property name) and type (a class of the module's package)");
      return null;
    }
    PropertyDef target = bodyProps.stream().filter(p -> p.name().equals(ids)).findFirst()
        .orElse(null);
    if (target == null || target.type().kind() != Kind.LIST
        || target.type().element().kind() != Kind.STRING) {
      problems.add(pointer + ": x-csol-request.uploads.ids '" + ids + "' is not a body property"
          + " holding a list of ids");
      return null;
    }
    boolean clash = bodyProps.stream().anyMatch(p -> p.name().equals(name))
        || pathParams.stream().anyMatch(p -> p.name().equals(name));
    if (clash) {
      problems.add(pointer + ": x-csol-request.uploads.name '" + name + "' clashes with a property");
      return null;
    }
    return new UploadDef(ids, name, type);
  }

  private static Map<?, ?> ext(Map<String, Object> extensions, String key) {
    Object v = extensions == null ? null : extensions.get(key);
    return v instanceof Map<?, ?> m ? m : Map.of();
  }

  // ---------------------------------------------------------------- collections

  private CollectionDef collection(String key) {
    String pointer = "#/components/x-csol-collections/" + key;
    Map<?, ?> all = ext(api.getComponents() == null ? null : api.getComponents().getExtensions(),
        "x-csol-collections");
    if (!(all.get(key) instanceof Map<?, ?> c)) {
      problems.add("collections: unknown collection '" + key + "'; known: " + all.keySet());
      return null;
    }
    slice.put(pointer, c);
    String itemRef = str(c.get("item"));
    String fieldsClass = str(c.get("fieldsClass"));
    if (itemRef == null || fieldsClass == null) {
      problems.add(pointer + ": needs item and fieldsClass");
      return null;
    }
    String itemName = refName(itemRef, pointer + "/item");
    if (itemName == null) {
      return null;
    }
    Schema<?> item = schemas.get(itemName);
    if (item == null) {
      problems.add(pointer + "/item: schema '" + itemName + "' does not exist");
      return null;
    }
    JType itemType = named(itemName);
    if (itemType == null || itemType.kind() != Kind.MODEL) {
      problems.add(pointer + "/item: " + itemName + " is not a record");
      return null;
    }
    Object as = hints(item).get("as");
    Schema<?> wider = as == null ? null : schemas.get(String.valueOf(as));
    List<FieldDef> fields = new ArrayList<>();
    Object declared = c.get("fields");
    List<?> list = declared instanceof List<?> l ? l : List.of();
    Set<String> names = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      if (!(list.get(i) instanceof Map<?, ?> f)) {
        problems.add(pointer + "/fields/" + i + ": not a mapping");
        continue;
      }
      FieldDef field = field(pointer + "/fields/" + i, f, itemName, item, wider);
      if (field != null) {
        if (!names.add(field.name())) {
          problems.add(pointer + "/fields/" + i + ": field '" + field.name() + "' declared twice");
        }
        fields.add(field);
      }
    }
    String defaultSort = str(c.get("defaultSort"));
    if (defaultSort == null) {
      problems.add(pointer + ": needs defaultSort");
    } else {
      for (String part : defaultSort.split(",")) {
        String key2 = part.strip().startsWith("-") ? part.strip().substring(1) : part.strip();
        boolean ok = fields.stream().anyMatch(f -> f.name().equals(key2) && f.sortable());
        if (!ok) {
          problems.add(pointer + "/defaultSort: '" + key2 + "' is not a sortable field");
        }
      }
    }
    return new CollectionDef(key, fieldsClass, itemType.name(), defaultSort, fields);
  }

  /** One declared field: its path must exist in the item schema and its type must fit. */
  private FieldDef field(String at, Map<?, ?> f, String itemName, Schema<?> item,
      Schema<?> wider) {
    String name = str(f.get("name"));
    String type = str(f.get("type"));
    if (name == null || type == null) {
      problems.add(at + ": needs name and type");
      return null;
    }
    if (!QUERY_TYPES.contains(type)) {
      problems.add(at + ": type '" + type + "' is not a query type; accepted: text, number,"
          + " money, date, date-time, boolean, enum");
      return null;
    }
    Leaf leaf = walk(item, name);
    if (leaf == null && wider != null) {
      leaf = walk(wider, name);
    }
    if (leaf == null) {
      problems.add(at + ": field '" + name + "' is not a property path of " + itemName
          + (wider == null ? "" : " (nor of its x-csol-java.as schema)"));
      return null;
    }
    boolean list = Boolean.TRUE.equals(f.get("list"));
    boolean sortable = Boolean.TRUE.equals(f.get("sortable"));
    if (list != leaf.list) {
      problems.add(at + ": field '" + name + "' declares list: " + list + " but the schema "
          + (leaf.list ? "holds an array" : "holds a single value"));
    }
    if (list && sortable) {
      problems.add(at + ": field '" + name + "' is a list and cannot be sortable");
    }
    Schema<?> s = leaf.schema;
    String ref = s.get$ref();
    Schema<?> target = ref != null && ref.startsWith(SCHEMAS)
        ? schemas.get(ref.substring(SCHEMAS.length())) : s;
    String enumName = null;
    List<String> enumValues = List.of();
    String currencyField = null;
    String mismatch = null;
    switch (type) {
      case "text":
        if (target == null || !"string".equals(target.getType()) || target.getEnum() != null
            || target.getFormat() != null && target.getFormat().startsWith("date")) {
          mismatch = "a string without date format or enum";
        }
        break;
      case "number":
        if (target == null || !("integer".equals(target.getType())
            || "number".equals(target.getType())
            || "BigDecimal".equals(hints(target).get("type")))) {
          mismatch = "an integer or number";
        }
        break;
      case "money":
        if (!(SCHEMAS + "Money").equals(ref)) {
          mismatch = "a $ref to Money";
        } else {
          currencyField = str(f.get("currencyField")) == null ? "currency"
              : str(f.get("currencyField"));
          if (!props(item).containsKey(currencyField)) {
            problems.add(at + ": currencyField '" + currencyField + "' is not a property of "
                + itemName);
          }
        }
        break;
      case "date":
      case "date-time":
        if (target == null || !"string".equals(target.getType())
            || !type.equals(target.getFormat())) {
          mismatch = "a string of format " + type;
        }
        break;
      case "boolean":
        if (target == null || !"boolean".equals(target.getType())) {
          mismatch = "a boolean";
        }
        break;
      default: // enum
        enumName = str(f.get("enum"));
        if (target == null || target.getEnum() == null) {
          mismatch = "an enum";
        } else {
          // `enum` names the enum schema (StatementDocumentType) or its Java name (DocumentType)
          String schemaName = ref != null ? ref.substring(SCHEMAS.length()) : null;
          String actual = ref != null ? javaName(schemaName, target)
              : str(hints(target).get("name"));
          if (enumName == null || !(enumName.equals(actual) || enumName.equals(schemaName))) {
            problems.add(at + ": field '" + name + "' names enum " + enumName
                + " but the schema's enum is " + (schemaName != null ? schemaName : actual));
          } else {
            enumName = actual;
          }
          enumValues = target.getEnum().stream().map(String::valueOf).toList();
        }
        break;
    }
    if (mismatch != null) {
      problems.add(at + ": type mismatch: field '" + name + "' is declared " + type
          + ", which needs " + mismatch + ", but the schema has " + shape(s));
      return null;
    }
    String doc = str(f.get("doc"));
    if (doc == null) {
      doc = leaf.description != null ? leaf.description
          : target != null && target != leaf.schema && target.getDescription() != null
              && target.getProperties() == null ? target.getDescription()
          : null;
    }
    if (doc == null && wider != null) {
      // the item decodes into its x-csol-java.as schema: a property described there is described
      Leaf described = walk(wider, name);
      doc = described == null ? null : described.description;
    }
    doc = doc != null ? Docs.javadoc(doc)
        : missing(at + "/doc", Docs.capitalize(Docs.humanize(name)) + ".");
    String javaName = str(f.get("javaName")) == null ? Docs.upperSnake(name)
        : str(f.get("javaName"));
    return new FieldDef(name, javaName, type, sortable, list, enumName, enumValues, currencyField,
        doc);
  }

  private record Leaf(Schema<?> schema, boolean list, String description) {
  }

  /** Follows a dotted path through properties, $refs and arrays. */
  private Leaf walk(Schema<?> root, String path) {
    Schema<?> current = root;
    boolean list = false;
    String description = null;
    String[] parts = path.split("\\.", -1);
    for (int i = 0; i < parts.length; i++) {
      current = deref(current);
      if (current == null) {
        return null;
      }
      Schema<?> declared = props(current).get(parts[i]);
      if (declared == null) {
        return null;
      }
      description = declared.getDescription();
      Schema<?> next = deAllOf(declared);
      if ("array".equals(next.getType()) && next.getItems() != null) {
        list = true;
        next = next.getItems();
      }
      current = next;
    }
    return new Leaf(current, list, description);
  }

  private Schema<?> deref(Schema<?> s) {
    if (s.get$ref() != null && s.get$ref().startsWith(SCHEMAS)) {
      return schemas.get(s.get$ref().substring(SCHEMAS.length()));
    }
    return s;
  }

  private static String str(Object o) {
    return o == null ? null : String.valueOf(o);
  }

}
