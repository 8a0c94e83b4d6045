package io.csol.sandbox.tools.requests;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One message of a request.
 *
 * @param id {@code M-} and digits
 * @param author CUSTOMER or SUPPORT
 * @param authorName who wrote it
 * @param body the text
 * @param createdAt when
 * @param attachmentIds the attachments, in order
 */
record Message(String id, String author, String authorName, String body, Instant createdAt,
         List<String> attachmentIds) {

  Message {
    attachmentIds = List.copyOf(attachmentIds);
  }

  Map<String, Object> toWire(List<Map<String, Object>> attachments) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("author", author);
    m.put("authorName", authorName);
    m.put("body", body);
    m.put("createdAt", createdAt.toString());
    m.put("attachments", attachments);
    return m;
  }
}
