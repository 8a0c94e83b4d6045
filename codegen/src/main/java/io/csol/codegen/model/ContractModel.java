package io.csol.codegen.model;

import java.util.List;

/**
 * Everything one generator run emits, built and validated from the contract.
 *
 * @param models records
 * @param enums enums
 * @param requests request types
 * @param collections collections (fields classes, sandbox catalogues)
 */
public record ContractModel(List<ModelDef> models, List<EnumDef> enums, List<RequestDef> requests,
    List<CollectionDef> collections) {

  /** Copies the lists. */
  public ContractModel {
    models = List.copyOf(models);
    enums = List.copyOf(enums);
    requests = List.copyOf(requests);
    collections = List.copyOf(collections);
  }
}
