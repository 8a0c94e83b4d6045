package io.csol.codegen.model;

import java.util.List;
import java.util.Map;

/**
 * An enum to generate from a string schema with {@code enum} values.
 *
 * @param javaName the enum's simple name
 * @param pointer where it comes from
 * @param description the type's Javadoc text
 * @param values the wire values in contract order ({@code UNKNOWN} is added by the emitter)
 * @param valueDocs each value's Javadoc text ({@code x-enum-descriptions})
 */
public record EnumDef(String javaName, String pointer, String description, List<String> values,
    Map<String, String> valueDocs) {

  /** Copies the collections. */
  public EnumDef {
    values = List.copyOf(values);
    valueDocs = Map.copyOf(valueDocs);
  }
}
