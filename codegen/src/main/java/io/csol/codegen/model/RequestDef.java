package io.csol.codegen.model;

import java.util.List;

/**
 * An immutable request type to generate for an operation with a JSON body (DESIGN-10 D3).
 *
 * @param javaName e.g. {@code ForwardInvoiceRequest}
 * @param bodyName the package-private body record, e.g. {@code ForwardInvoiceBody}
 * @param operationId the operation it serves
 * @param pointer the body schema's location
 * @param description the type's Javadoc text
 * @param pathParams path parameters, folded into the request (validated as ids)
 * @param bodyProperties the body's properties
 */
public record RequestDef(String javaName, String bodyName, String operationId, String pointer,
    String description, List<PropertyDef> pathParams, List<PropertyDef> bodyProperties) {

  /** Copies the lists. */
  public RequestDef {
    pathParams = List.copyOf(pathParams);
    bodyProperties = List.copyOf(bodyProperties);
  }
}
