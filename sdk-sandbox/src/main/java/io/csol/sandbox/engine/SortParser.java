package io.csol.sandbox.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Parses {@code sort = ["-"] field {"," ["-"] field}} against a resource's sortable fields. */
final class SortParser {
  static final int MAX_KEYS = 5;

  private SortParser() {
  }

  static <R> Sort<R> parse(ResourceSpec<R> spec, String expression) {
    if (expression == null || expression.isEmpty()) {
      expression = spec.defaultSort();
    }
    if (expression.length() > 1024) {
      throw QueryException.request("sort", "sort is longer than 1024 characters");
    }
    String[] parts = expression.split(",", -1);
    if (parts.length > MAX_KEYS) {
      throw QueryException.request("sort", "sort has " + parts.length + " keys; at most " + MAX_KEYS + " are allowed");
    }
    List<Sort.Key<R>> keys = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    boolean hasId = false;
    for (String part : parts) {
      boolean desc = part.startsWith("-");
      String name = desc ? part.substring(1) : part;
      if (!name.matches("[a-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*)*")) {
        throw QueryException.request("sort", "sort key '" + part + "' is not [-]field (e.g. '-dueDate'); sortable fields: " + sortable(spec));
      }
      FieldSpec<R> f = spec.fields().get(name);
      if (f == null || !f.sortable()) {
        throw QueryException.request("sort", (f == null ? "unknown" : "not sortable") + " field '" + name
            + "' in sort; sortable fields: " + sortable(spec));
      }
      if (!seen.add(name)) {
        throw QueryException.request("sort", "field '" + name + "' appears more than once in sort");
      }
      if (!hasId) {
        // the id is unique: keys after it could never decide anything, so they are dropped
        keys.add(new Sort.Key<>(f, desc));
        hasId = name.equals(spec.idField());
      }
    }
    if (!hasId) {
      keys.add(new Sort.Key<>(spec.fields().get(spec.idField()), false));
    }
    return new Sort<>(spec, keys);
  }

  static String sortable(ResourceSpec<?> spec) {
    List<String> names = new ArrayList<>();
    spec.fields().values().forEach(f -> {
      if (f.sortable()) {
        names.add(f.name());
      }
    });
    return String.join(", ", names);
  }
}
