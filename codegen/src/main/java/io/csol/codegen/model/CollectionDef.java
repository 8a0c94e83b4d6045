package io.csol.codegen.model;

import java.util.List;

/**
 * A searchable collection and its typed fields ({@code components.x-csol-collections}).
 *
 * @param name the collection's key, e.g. {@code invoices}
 * @param fieldsClass the SDK fields class, e.g. {@code InvoiceFields}
 * @param itemJavaName the Java type of one item, e.g. {@code Invoice}
 * @param defaultSort the sort applied when none is asked for
 * @param fields the filterable fields in contract order
 */
public record CollectionDef(String name, String fieldsClass, String itemJavaName,
    String defaultSort, List<FieldDef> fields) {

  /** Copies the list. */
  public CollectionDef {
    fields = List.copyOf(fields);
  }
}
