package io.csol.sandbox.tools.billing;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request (invoice inquiry) opened by a dispute; the shape the later My requests tool keeps:
 * {trackingNumber, category, status, subject, createdAt, respondBy, link, relatesTo}.
 */
public record BillingRequest(String trackingNumber, String category, String status, String subject, Instant createdAt,
            Instant respondBy, String relatesTo, String customerNumber, String reason, String details,
            String createdBy) {

  /** Returns the link of the request in the API. */
  public String link() {
    return "/v1/requests/" + trackingNumber;
  }

  /** Returns the wire form returned by the dispute operation. */
  public Map<String, Object> toWire() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("trackingNumber", trackingNumber);
    map.put("category", category);
    map.put("status", status);
    map.put("subject", subject);
    map.put("createdAt", createdAt.toString());
    map.put("respondBy", respondBy.toString());
    map.put("link", link());
    map.put("relatesTo", relatesTo);
    return map;
  }
}
