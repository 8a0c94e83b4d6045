package io.csol.sandbox.tools.requests;

import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An uploaded file held in memory: staged (owned by its uploader, {@code trackingNumber} null)
 * until a request or message takes it.
 *
 * @param id {@code A-} and 16 URL-safe characters
 * @param owner the uploader's subject
 * @param name the file name
 * @param mediaType the media type without parameters
 * @param bytes the content (not copied: the store never hands it out for writing)
 * @param sha256 the SHA-256 of the content
 * @param uploadedAt when it was uploaded
 * @param trackingNumber the request it belongs to, or null while staged
 * @param messageId the message it belongs to, or null while staged
 */
record StoredAttachment(String id, String owner, String name, String mediaType, byte[] bytes, byte[] sha256,
            Instant uploadedAt, String trackingNumber, String messageId) {

  StoredAttachment attachTo(String newTrackingNumber, String newMessageId) {
    return new StoredAttachment(id, owner, name, mediaType, bytes, sha256, uploadedAt, newTrackingNumber,
        newMessageId);
  }

  /** Returns the wire form {@code Attachment}. */
  Map<String, Object> toWire() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("name", name);
    m.put("mediaType", mediaType);
    m.put("size", (long) bytes.length);
    m.put("sha256", HexFormat.of().formatHex(sha256));
    m.put("uploadedAt", uploadedAt.toString());
    if (trackingNumber != null) {
      m.put("trackingNumber", trackingNumber);
      m.put("messageId", messageId);
    }
    return m;
  }

  @Override
  public String toString() {
    // records print arrays as identities; say what matters
    return "StoredAttachment[" + id + ", " + name + ", " + mediaType + ", " + bytes.length + " bytes]";
  }
}
