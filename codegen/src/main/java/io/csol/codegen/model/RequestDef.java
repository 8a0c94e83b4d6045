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
 * @param upload files uploaded before the call whose ids join a body property, or null
 */
public record RequestDef(String javaName, String bodyName, String operationId, String pointer,
    String description, List<PropertyDef> pathParams, List<PropertyDef> bodyProperties,
    UploadDef upload) {

  /** Copies the lists. */
  public RequestDef {
    pathParams = List.copyOf(pathParams);
    bodyProperties = List.copyOf(bodyProperties);
  }

  /**
   * A request type without uploads.
   *
   * @param javaName see the record description
   * @param bodyName see the record description
   * @param operationId see the record description
   * @param pointer see the record description
   * @param description see the record description
   * @param pathParams see the record description
   * @param bodyProperties see the record description
   */
  public RequestDef(String javaName, String bodyName, String operationId, String pointer,
      String description, List<PropertyDef> pathParams, List<PropertyDef> bodyProperties) {
    this(javaName, bodyName, operationId, pointer, description, pathParams, bodyProperties, null);
  }
}
