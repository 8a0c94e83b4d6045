package io.csol.sandbox.tools.requests;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One request of the store as it is now (immutable; the store replaces it on every change).
 *
 * @param trackingNumber e.g. {@code R-2026-100001}
 * @param category RequestCategory on the wire
 * @param status RequestStatus on the wire
 * @param subject one line
 * @param customerNumber the requester's customer number
 * @param createdAt when it was opened
 * @param respondBy one business day later
 * @param relatedType RelatedRecordType, or null
 * @param relatedId the related record's id, or null
 * @param description the opening text
 * @param contactName who support answers
 * @param contactEmail where support answers
 * @param answeredAt the first answer, or null
 * @param closedAt when closed, or null
 * @param updatedAt the last change
 * @param supportWroteLast whether the last message is support's
 * @param messageCount the number of messages
 * @param answerAt when support answers next, or null when no answer is due
 */
public record SupportRequest(String trackingNumber, String category, String status, String subject,
               String customerNumber, Instant createdAt, Instant respondBy, String relatedType,
               String relatedId, String description, String contactName, String contactEmail,
               Instant answeredAt, Instant closedAt, Instant updatedAt, boolean supportWroteLast,
               int messageCount, Instant answerAt) {

  /** Checks the values that are always set. */
  public SupportRequest {
    Objects.requireNonNull(trackingNumber, "trackingNumber");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(customerNumber, "customerNumber");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(respondBy, "respondBy");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }

  /** Returns the request's path in the API, {@code /v1/requests/{trackingNumber}}. */
  public String link() {
    return "/v1/requests/" + trackingNumber;
  }

  /** Tells whether support has answered at least once. */
  public boolean answered() {
    return answeredAt != null;
  }

  /** Tells whether support wrote last and the request is open ("waiting for me"). */
  public boolean waitingForCustomer() {
    return supportWroteLast && !"CLOSED".equals(status);
  }

  /** Tells whether support is late at {@code now}: unanswered past respond-by, or first answered after it. */
  public boolean overdue(Instant now) {
    return answeredAt == null ? now.isAfter(respondBy) : answeredAt.isAfter(respondBy);
  }

  SupportRequest with(String newStatus, Instant newUpdatedAt) {
    return new SupportRequest(trackingNumber, category, newStatus, subject, customerNumber, createdAt, respondBy,
        relatedType, relatedId, description, contactName, contactEmail, answeredAt, closedAt, newUpdatedAt,
        supportWroteLast, messageCount, answerAt);
  }

  SupportRequest answered(Instant at) {
    return new SupportRequest(trackingNumber, category, "ANSWERED", subject, customerNumber, createdAt, respondBy,
        relatedType, relatedId, description, contactName, contactEmail, answeredAt == null ? at : answeredAt,
        closedAt, at, true, messageCount + 1, null);
  }

  SupportRequest customerWrote(Instant at, String newStatus, Instant newAnswerAt) {
    return new SupportRequest(trackingNumber, category, newStatus, subject, customerNumber, createdAt, respondBy,
        relatedType, relatedId, description, contactName, contactEmail, answeredAt, closedAt, at, false,
        messageCount + 1, newAnswerAt);
  }

  SupportRequest closed(Instant at) {
    return new SupportRequest(trackingNumber, category, "CLOSED", subject, customerNumber, createdAt, respondBy,
        relatedType, relatedId, description, contactName, contactEmail, answeredAt, at, at, supportWroteLast,
        messageCount, null);
  }

  SupportRequest touched(Instant at) {
    return with(status, at);
  }

  /** Returns the wire form {@code RequestSummary} at {@code now} (for {@code overdue}). */
  public Map<String, Object> summary(Instant now) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("trackingNumber", trackingNumber);
    m.put("category", category);
    m.put("status", status);
    m.put("subject", subject);
    m.put("customerNumber", customerNumber);
    m.put("createdAt", createdAt.toString());
    m.put("respondBy", respondBy.toString());
    m.put("link", link());
    if (relatedType != null) {
      Map<String, Object> related = new LinkedHashMap<>();
      related.put("type", relatedType);
      related.put("id", relatedId);
      m.put("relatesTo", related);
    }
    m.put("answered", answered());
    m.put("waitingForCustomer", waitingForCustomer());
    m.put("overdue", overdue(now));
    if (answeredAt != null) {
      m.put("answeredAt", answeredAt.toString());
    }
    m.put("updatedAt", updatedAt.toString());
    return m;
  }

  /** Returns the wire form {@code Request} at {@code now}. */
  Map<String, Object> full(Instant now) {
    Map<String, Object> m = summary(now);
    m.put("description", description);
    Map<String, Object> contact = new LinkedHashMap<>();
    contact.put("name", contactName);
    contact.put("email", contactEmail);
    m.put("contact", contact);
    if (closedAt != null) {
      m.put("closedAt", closedAt.toString());
    }
    m.put("messageCount", messageCount);
    return m;
  }
}
