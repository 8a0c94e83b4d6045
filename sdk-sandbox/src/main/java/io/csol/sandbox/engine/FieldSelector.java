package io.csol.sandbox.engine;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Parses {@code fields = field {"," field}} and projects JSON maps onto those top-level fields. */
final class FieldSelector {
  private final Set<String> selected;

  private FieldSelector(Set<String> selected) {
    this.selected = selected;
  }

  static FieldSelector parse(ResourceSpec<?> spec, String fields) {
    if (fields == null || fields.isEmpty()) {
      return new FieldSelector(null);
    }
    if (fields.length() > 4096) {
      throw QueryException.request("fields", "fields is longer than 4096 characters");
    }
    Set<String> names = new LinkedHashSet<>();
    names.add(spec.idField());
    for (String name : fields.split(",", -1)) {
      if (!spec.outputFields().contains(name)) {
        String shown = name.length() > 64 ? name.substring(0, 64) + "..." : name;
        throw QueryException.request("fields", (name.contains(".") ? "fields accepts top-level fields only, not '"
            : "unknown field '") + shown + (name.contains(".") ? "'" : "' in fields")
            + "; available fields: " + String.join(", ", spec.outputFields()));
      }
      names.add(name);
    }
    return new FieldSelector(names);
  }

  Map<String, Object> select(Map<String, Object> json) {
    if (selected == null) {
      return json;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : json.entrySet()) {
      if (selected.contains(e.getKey())) {
        out.put(e.getKey(), e.getValue());
      }
    }
    return out;
  }
}
