package io.csol.codegen.model;

import java.util.List;

/**
 * A record to generate from an object schema.
 *
 * @param javaName the record's simple name
 * @param pointer where it comes from, e.g. {@code #/components/schemas/Invoice}
 * @param description the type's Javadoc text
 * @param properties its components in contract order
 */
public record ModelDef(String javaName, String pointer, String description,
    List<PropertyDef> properties) {

  /** Copies the list. */
  public ModelDef {
    properties = List.copyOf(properties);
  }
}
