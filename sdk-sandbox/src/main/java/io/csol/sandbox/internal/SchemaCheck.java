package io.csol.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One JSON schema of the contract, compiled once: the subset {@code api/openapi.yaml} uses (type,
 * nullable, enum, length, pattern, minimum/maximum, format, items and their count, properties,
 * required, additionalProperties, allOf/oneOf/anyOf, $ref). Checking a value collects field errors
 * as {@code (field, message)} pairs; it never throws for bad input. Immutable after linking.
 */
final class SchemaCheck {

  /** One violation: the field path ({@code recipients[2]}, {@code limit}) and why. */
  record Violation(String field, String message) { }

  /** Addresses a practical e-mail check: RFC 5322 atoms in the local part, a dotted domain. */
  private static final Pattern EMAIL = Pattern.compile(
      "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
          + "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");
  private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");
  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

  private String type;
  private boolean nullable;
  private Set<String> enumValues;
  private Integer minLength;
  private Integer maxLength;
  private Pattern pattern;
  private BigDecimal minimum;
  private BigDecimal maximum;
  private String format;
  private Integer minItems;
  private Integer maxItems;
  private SchemaCheck items;
  private Map<String, SchemaCheck> properties = Map.of();
  private List<String> required = List.of();
  private boolean closed;
  private SchemaCheck additional;
  private List<SchemaCheck> allOf = List.of();
  private List<SchemaCheck> oneOf = List.of();
  private List<SchemaCheck> anyOf = List.of();
  private SchemaCheck ref;

  private SchemaCheck() {
  }

  /**
   * Compiles a schema node, resolving {@code $ref}s through {@code resolver} (which caches, so
   * recursive schemas terminate).
   */
  static SchemaCheck compile(JsonNode node, Function<String, SchemaCheck> resolver) {
    SchemaCheck s = new SchemaCheck();
    s.fill(node, resolver);
    return s;
  }

  /** Creates an unlinked placeholder for a named schema, filled by {@link #fill} once compiled. */
  static SchemaCheck placeholder() {
    return new SchemaCheck();
  }

  void fill(JsonNode node, Function<String, SchemaCheck> resolver) {
    if (node == null || !node.isObject()) {
      return;
    }
    if (node.has("$ref")) {
      ref = resolver.apply(node.get("$ref").asText());
      return;
    }
    type = text(node, "type");
    nullable = node.path("nullable").asBoolean(false);
    if (node.has("enum")) {
      enumValues = new LinkedHashSet<>();
      node.get("enum").forEach(v -> enumValues.add(v.asText()));
    }
    minLength = integer(node, "minLength");
    maxLength = integer(node, "maxLength");
    String p = text(node, "pattern");
    pattern = p == null ? null : Pattern.compile(p);
    minimum = node.has("minimum") ? node.get("minimum").decimalValue() : null;
    maximum = node.has("maximum") ? node.get("maximum").decimalValue() : null;
    format = text(node, "format");
    minItems = integer(node, "minItems");
    maxItems = integer(node, "maxItems");
    if (node.has("items")) {
      items = compile(node.get("items"), resolver);
    }
    if (node.has("properties")) {
      Map<String, SchemaCheck> props = new LinkedHashMap<>();
      node.get("properties").fields().forEachRemaining(e -> props.put(e.getKey(), compile(e.getValue(), resolver)));
      properties = props;
    }
    if (node.has("required")) {
      List<String> names = new ArrayList<>();
      node.get("required").forEach(n -> names.add(n.asText()));
      required = List.copyOf(names);
    }
    JsonNode additionalNode = node.get("additionalProperties");
    if (additionalNode != null) {
      if (additionalNode.isBoolean()) {
        closed = !additionalNode.asBoolean();
      } else {
        additional = compile(additionalNode, resolver);
      }
    }
    allOf = list(node.get("allOf"), resolver);
    oneOf = list(node.get("oneOf"), resolver);
    anyOf = list(node.get("anyOf"), resolver);
  }

  private static List<SchemaCheck> list(JsonNode array, Function<String, SchemaCheck> resolver) {
    if (array == null || !array.isArray()) {
      return List.of();
    }
    List<SchemaCheck> result = new ArrayList<>();
    array.forEach(n -> result.add(compile(n, resolver)));
    return List.copyOf(result);
  }

  /** Describes the accepted values for a "required" message, e.g. {@code ": one of csv, xlsx"}, or "". */
  String accepted() {
    if (ref != null) {
      return ref.accepted();
    }
    if (enumValues != null) {
      return ": one of " + String.join(", ", enumValues);
    }
    return pattern != null ? ": matching " + pattern.pattern() : "";
  }

  /** Tells whether only a JSON object can satisfy this schema (its type, properties, or every part says so). */
  boolean expectsObject() {
    if (ref != null) {
      return ref.expectsObject();
    }
    return "object".equals(type) || !properties.isEmpty() || allOf.stream().anyMatch(SchemaCheck::expectsObject)
        || !oneOf.isEmpty() && oneOf.stream().allMatch(SchemaCheck::expectsObject);
  }

  /**
   * Checks a parameter's raw string value: converted to the schema's type first (a value that
   * does not convert is one violation), then checked like a JSON value.
   */
  void checkText(String raw, String field, List<Violation> out) {
    if (ref != null) {
      ref.checkText(raw, field, out);
      return;
    }
    String t = type == null ? "string" : type;
    switch (t) {
      case "integer" -> {
        if (!INTEGER.matcher(raw).matches()) {
          out.add(new Violation(field, field + " must be an integer" + range() + ", was '" + shorten(raw) + "'"));
          return;
        }
        checkNumber(new BigDecimal(raw), field, raw, out);
      }
      case "number" -> {
        if (!NUMBER.matcher(raw).matches()) {
          out.add(new Violation(field, field + " must be a number" + range() + ", was '" + shorten(raw) + "'"));
          return;
        }
        checkNumber(new BigDecimal(raw), field, raw, out);
      }
      case "boolean" -> {
        if (!raw.equals("true") && !raw.equals("false")) {
          out.add(new Violation(field, field + " must be true or false, was '" + shorten(raw) + "'"));
        }
      }
      default -> checkString(raw, field, out);
    }
  }

  /** Checks a JSON value, adding a violation per broken rule (nested fields named by their path). */
  void check(JsonNode value, String field, List<Violation> out) {
    if (ref != null) {
      ref.check(value, field, out);
      return;
    }
    for (SchemaCheck part : allOf) {
      part.check(value, field, out);
    }
    if (!oneOf.isEmpty()) {
      checkAlternatives(oneOf, value, field, out, true);
    }
    if (!anyOf.isEmpty()) {
      checkAlternatives(anyOf, value, field, out, false);
    }
    if (value == null || value.isMissingNode()) {
      return;
    }
    if (value.isNull()) {
      if (!nullable && type != null) {
        out.add(new Violation(field, field + " must be " + article(type) + ", was null"));
      }
      return;
    }
    if (type != null && !hasType(value, type)) {
      out.add(new Violation(field, field + " must be " + article(type) + ", was " + describe(value)));
      return;
    }
    if (value.isTextual()) {
      checkString(value.textValue(), field, out);
    } else if (value.isNumber()) {
      checkNumber(value.decimalValue(), field, value.asText(), out);
    } else if (value.isArray()) {
      checkArray(value, field, out);
    } else if (value.isObject()) {
      checkObject(value, field, out);
    } else if (enumValues != null && !enumValues.contains(value.asText())) {
      out.add(new Violation(field, field + " must be one of " + String.join(", ", enumValues)));
    }
  }

  private void checkAlternatives(List<SchemaCheck> alternatives, JsonNode value, String field, List<Violation> out,
                   boolean exactlyOne) {
    List<Violation> best = null;
    int matches = 0;
    for (SchemaCheck alternative : alternatives) {
      List<Violation> found = new ArrayList<>();
      alternative.check(value, field, found);
      if (found.isEmpty()) {
        matches++;
      } else if (best == null || found.size() < best.size()) {
        best = found;
      }
    }
    if (matches == 0 && best != null) {
      // report the alternative that came closest: its errors name what the caller most likely got wrong
      out.addAll(best);
    } else if (exactlyOne && matches > 1) {
      out.add(new Violation(field, field + " matches more than one of the allowed shapes"));
    }
  }

  private void checkString(String s, String field, List<Violation> out) {
    if (enumValues != null && !enumValues.contains(s)) {
      out.add(new Violation(field, field + " must be one of " + String.join(", ", enumValues) + ", was '"
          + shorten(s) + "'"));
      return;
    }
    int length = s.codePointCount(0, s.length());
    if (minLength != null && length < minLength) {
      out.add(new Violation(field, field + (minLength == 1 ? " must not be empty"
          : " must have at least " + minLength + " characters, had " + length)));
      return;
    }
    if (maxLength != null && length > maxLength) {
      out.add(new Violation(field, field + " must have at most " + maxLength + " characters, had " + length));
      return;
    }
    if (pattern != null && !pattern.matcher(s).find()) {
      out.add(new Violation(field, field + " must match " + pattern.pattern() + ", was '" + shorten(s) + "'"));
      return;
    }
    if (format != null && !formatOk(s)) {
      out.add(new Violation(field, field + " must be " + formatName() + ", was '" + shorten(s) + "'"));
    }
  }

  private void checkNumber(BigDecimal n, String field, String raw, List<Violation> out) {
    boolean integral = n.stripTrailingZeros().scale() <= 0;
    if ("integer".equals(type) && !integral) {
      out.add(new Violation(field, field + " must be an integer" + range() + ", was " + shorten(raw)));
      return;
    }
    if ((minimum != null && n.compareTo(minimum) < 0) || (maximum != null && n.compareTo(maximum) > 0)) {
      out.add(new Violation(field, field + " must be" + range() + ", was " + shorten(raw)));
      return;
    }
    if ("int32".equals(format) && (n.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) < 0
        || n.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0)) {
      out.add(new Violation(field, field + " must fit in 32 bits, was " + shorten(raw)));
    } else if ("int64".equals(format) && (n.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) < 0
        || n.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0)) {
      out.add(new Violation(field, field + " must fit in 64 bits, was " + shorten(raw)));
    } else if (enumValues != null && !enumValues.contains(raw)) {
      out.add(new Violation(field, field + " must be one of " + String.join(", ", enumValues)));
    }
  }

  private void checkArray(JsonNode array, String field, List<Violation> out) {
    int size = array.size();
    if (minItems != null && size < minItems || maxItems != null && size > maxItems) {
      String bounds = maxItems == null ? "at least " + minItems
          : minItems == null ? "at most " + maxItems : minItems + " to " + maxItems;
      out.add(new Violation(field, field + " must hold " + bounds + " items, had " + size));
      return;
    }
    if (items != null) {
      for (int i = 0; i < size; i++) {
        items.check(array.get(i), field + "[" + i + "]", out);
      }
    }
  }

  private void checkObject(JsonNode object, String field, List<Violation> out) {
    String prefix = field.isEmpty() ? "" : field + ".";
    for (String name : required) {
      JsonNode v = object.get(name);
      if (v == null) {
        out.add(new Violation(prefix + name, prefix + name + " is required"));
      }
    }
    Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> e = fields.next();
      SchemaCheck property = properties.get(e.getKey());
      if (property != null) {
        property.check(e.getValue(), prefix + e.getKey(), out);
      } else if (additional != null) {
        additional.check(e.getValue(), prefix + e.getKey(), out);
      } else if (closed) {
        out.add(new Violation(prefix + e.getKey(), prefix + e.getKey() + " is not a field of this request"));
      }
    }
  }

  private boolean formatOk(String s) {
    try {
      switch (format) {
        case "date" -> LocalDate.parse(s);
        case "date-time" -> OffsetDateTime.parse(s);
        case "email" -> {
          return s.length() <= 254 && EMAIL.matcher(s).matches();
        }
        default -> {
          return true;
        }
      }
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private String formatName() {
    return switch (format) {
      case "date" -> "a date YYYY-MM-DD";
      case "date-time" -> "an instant such as 2026-11-23T10:15:30Z";
      case "email" -> "an e-mail address such as name@example.com";
      default -> format;
    };
  }

  private String range() {
    if (minimum != null && maximum != null) {
      return " " + minimum.toPlainString() + ".." + maximum.toPlainString();
    }
    if (minimum != null) {
      return " of at least " + minimum.toPlainString();
    }
    return maximum != null ? " of at most " + maximum.toPlainString() : "";
  }

  private static boolean hasType(JsonNode v, String type) {
    return switch (type) {
      case "string" -> v.isTextual();
      case "integer" -> v.isIntegralNumber() || v.isNumber() && v.decimalValue().stripTrailingZeros().scale() <= 0;
      case "number" -> v.isNumber();
      case "boolean" -> v.isBoolean();
      case "array" -> v.isArray();
      case "object" -> v.isObject();
      default -> true;
    };
  }

  private static String article(String type) {
    return switch (type) {
      case "integer", "array", "object" -> "an " + type;
      case "string" -> "text";
      default -> "a " + type;
    };
  }

  private static String describe(JsonNode v) {
    if (v.isTextual()) {
      return "text";
    }
    if (v.isNumber()) {
      return "a number";
    }
    if (v.isBoolean()) {
      return "a boolean";
    }
    return v.isArray() ? "an array" : "an object";
  }

  private static String shorten(String s) {
    return s.length() > 80 ? s.substring(0, 80) + "..." : s;
  }

  private static String text(JsonNode node, String name) {
    JsonNode v = node.get(name);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static Integer integer(JsonNode node, String name) {
    JsonNode v = node.get(name);
    return v == null || !v.isNumber() ? null : v.intValue();
  }
}
