package io.csol.codegen.model;

import java.util.List;
import java.util.Map;

/**
 * Everything one generator run emits, built and validated from the contract.
 *
 * @param models records
 * @param enums enums
 * @param requests request types
 * @param collections collections (fields classes, sandbox catalogues)
 * @param provided Java names of models and enums another package provides ({@code x-csol-java:
 *     {package: ...}}), with that package: referenced, never emitted
 */
public record ContractModel(List<ModelDef> models, List<EnumDef> enums, List<RequestDef> requests,
    List<CollectionDef> collections, Map<String, String> provided) {

  /** Copies the lists. */
  public ContractModel {
    models = List.copyOf(models);
    enums = List.copyOf(enums);
    requests = List.copyOf(requests);
    collections = List.copyOf(collections);
    provided = Map.copyOf(provided);
  }

  /**
   * A model in which every type is emitted.
   *
   * @param models records
   * @param enums enums
   * @param requests request types
   * @param collections collections
   */
  public ContractModel(List<ModelDef> models, List<EnumDef> enums, List<RequestDef> requests,
      List<CollectionDef> collections) {
    this(models, enums, requests, collections, Map.of());
  }
}
