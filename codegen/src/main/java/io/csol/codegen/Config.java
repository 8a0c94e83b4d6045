package io.csol.codegen;

import java.util.List;
import java.util.Objects;

/**
 * What one generator run emits.
 *
 * @param target {@code sdk} or {@code sandbox}
 * @param javaPackage the package of every generated type
 * @param schemas schema names to emit as records or enums (with every schema they reference)
 * @param tags operation tags whose request/response schemas are emitted (with their references)
 * @param collections keys of {@code components.x-csol-collections} to emit
 * @param requests operationIds whose JSON body becomes a request type
 * @param strictDocs fail on a schema, property or enum value without a description
 * @param specLabel how generated headers name the contract, e.g. {@code api/openapi.yaml}
 */
public record Config(Target target, String javaPackage, List<String> schemas, List<String> tags,
    List<String> collections, List<String> requests, boolean strictDocs, String specLabel) {

  /** Which emitter runs. */
  public enum Target {
    /** Public records, enums, request types and fields classes for an SDK tool module. */
    SDK,
    /** Package-private field catalogues and limits for sdk-sandbox. */
    SANDBOX
  }

  /** Validates and copies. */
  public Config {
    Objects.requireNonNull(target, "target must not be null; accepted: sdk, sandbox");
    Objects.requireNonNull(javaPackage, "javaPackage must not be null");
    if (!javaPackage.matches("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*")) {
      throw new IllegalArgumentException(
          "javaPackage must be a lower-case Java package such as io.csol.sdk.invoices, was '"
              + javaPackage + "'");
    }
    schemas = List.copyOf(schemas);
    tags = List.copyOf(tags);
    collections = List.copyOf(collections);
    requests = List.copyOf(requests);
    specLabel = specLabel == null ? "api/openapi.yaml" : specLabel;
  }

  /**
   * Parses a target name.
   *
   * @param name {@code sdk} or {@code sandbox}, any case
   * @return the target
   */
  public static Target target(String name) {
    Objects.requireNonNull(name, "target must not be null; accepted: sdk, sandbox");
    switch (name.toLowerCase(java.util.Locale.ROOT)) {
      case "sdk":
        return Target.SDK;
      case "sandbox":
        return Target.SANDBOX;
      default:
        throw new IllegalArgumentException("target must be sdk or sandbox, was '" + name + "'");
    }
  }
}
