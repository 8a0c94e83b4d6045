package io.csol.codegen.model;

import java.util.List;

/**
 * One filterable field of a collection ({@code x-csol-collections}).
 *
 * @param name the dotted query name, e.g. {@code lines.serialNumber}
 * @param javaName the constant's name, e.g. {@code SERIAL_NUMBER}
 * @param type the query type: text, number, money, date, date-time, boolean or enum
 * @param sortable whether it may be sorted by
 * @param list whether the field holds a list
 * @param enumName the Java enum of an enum field, else {@code null}
 * @param enumValues the wire values of an enum field, else empty
 * @param currencyField the currency property of a money field, else {@code null}
 * @param doc the constant's Javadoc text
 */
public record FieldDef(String name, String javaName, String type, boolean sortable, boolean list,
    String enumName, List<String> enumValues, String currencyField, String doc) {

  /** Copies the list. */
  public FieldDef {
    enumValues = List.copyOf(enumValues);
  }
}
