package io.csol.sdk.core.query;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/** Validates field names against the grammar: {@code name {"." name}}, no reserved keywords. */
final class FieldNames {

  private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*)*");
  private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "in", "eq", "ne", "gt", "ge",
      "lt", "le", "startswith", "contains", "true", "false");

  private FieldNames() {}

  static String check(String name) {
    Objects.requireNonNull(name, "name must not be null");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("name must be camelCase segments joined by '.', starting "
          + "lower case (e.g. dueDate, lines.serialNumber), was '" + name + "'");
    }
    for (String segment : name.split("\\.")) {
      if (KEYWORDS.contains(segment)) {
        throw new IllegalArgumentException("name must not be a keyword of the query language, was '"
            + name + "'");
      }
    }
    return name;
  }
}
