package io.csol.sandbox.tools.requests;

import io.csol.sandbox.engine.ResourceSpec;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The engine spec of the {@code requests} collection. Which fields filter and sort, their types
 * and the default order come from {@code RequestsCatalogue}, generated from
 * {@code components.x-csol-collections.requests}; only the getters are written here. A catalogued
 * field without a getter, or a getter the catalogue does not declare, fails when the spec is built.
 */
final class RequestSpecs {

  private RequestSpecs() {
  }

  /** The getters by query name; {@code overdue} depends on the sandbox clock. */
  static Map<String, Function<SupportRequest, Object>> getters(Clock clock) {
    Map<String, Function<SupportRequest, Object>> g = new LinkedHashMap<>();
    g.put("trackingNumber", SupportRequest::trackingNumber);
    g.put("category", SupportRequest::category);
    g.put("status", SupportRequest::status);
    g.put("subject", SupportRequest::subject);
    g.put("customerNumber", SupportRequest::customerNumber);
    g.put("createdAt", SupportRequest::createdAt);
    g.put("respondBy", SupportRequest::respondBy);
    g.put("relatesTo.type", SupportRequest::relatedType);
    g.put("relatesTo.id", SupportRequest::relatedId);
    g.put("answered", SupportRequest::answered);
    g.put("waitingForCustomer", SupportRequest::waitingForCustomer);
    g.put("overdue", r -> r.overdue(clock.instant()));
    g.put("answeredAt", SupportRequest::answeredAt);
    g.put("updatedAt", SupportRequest::updatedAt);
    return g;
  }

  static ResourceSpec<SupportRequest> requests(Clock clock) {
    ResourceSpec.Builder<SupportRequest> builder =
        ResourceSpec.<SupportRequest>builder("requests", SupportRequest::trackingNumber).idField("trackingNumber");
    Map<String, Function<SupportRequest, Object>> getters = getters(clock);
    Set<String> unused = new LinkedHashSet<>(getters.keySet());
    for (RequestsCatalogue.Field field : RequestsCatalogue.FIELDS) {
      Function<SupportRequest, Object> getter = getters.get(field.name());
      if (getter == null) {
        throw new IllegalStateException("x-csol-collections." + RequestsCatalogue.NAME + " declares field '"
            + field.name() + "', which has no getter in RequestSpecs");
      }
      unused.remove(field.name());
      builder.field(field.name(), field.type(), getter, field.sortable());
    }
    if (!unused.isEmpty()) {
      throw new IllegalStateException("RequestSpecs has getters for " + unused + ", which x-csol-collections."
          + RequestsCatalogue.NAME + " does not declare");
    }
    return builder
        .outputFields("link")
        .defaultSort(RequestsCatalogue.DEFAULT_SORT)
        .toJson(r -> r.summary(clock.instant()))
        .build();
  }
}
