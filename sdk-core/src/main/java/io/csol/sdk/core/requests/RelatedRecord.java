package io.csol.sdk.core.requests;

import java.util.Objects;

/**
 * The record a request is about, e.g. {@code RelatedRecord.of(RelatedRecordType.INVOICE,
 * "9100000001")}. On create, an INVOICE or STATEMENT_LINE must exist and be visible to the
 * caller; other types are taken as given.
 *
 * @param type the kind of record
 * @param id the record's number or id, 1..64 characters without leading or trailing white space
 */
public record RelatedRecord(RelatedRecordType type, String id) {

  /** The longest id accepted, in characters. */
  public static final int MAX_ID_LENGTH = 64;

  /**
   * A related record to send with a new request, validated.
   *
   * @param type the kind of record, not null and not {@link RelatedRecordType#UNKNOWN}
   * @param id the record's number or id, 1..64 characters without leading or trailing white space
   * @return the related record
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code type} is UNKNOWN or {@code id} breaks its limits
   */
  public static RelatedRecord of(RelatedRecordType type, String id) {
    Objects.requireNonNull(type, "type must not be null");
    Objects.requireNonNull(id, "id must not be null");
    if (type == RelatedRecordType.UNKNOWN) {
      throw new IllegalArgumentException("type must be one of INVOICE, ORDER, CONTRACT,"
          + " INSTALLED_ITEM, CHANGE_REQUEST, STATEMENT_LINE, ENTITLEMENT, was UNKNOWN");
    }
    if (id.isEmpty() || id.length() > MAX_ID_LENGTH || id.strip().length() != id.length()) {
      throw new IllegalArgumentException("id must be 1.." + MAX_ID_LENGTH
          + " characters without leading or trailing white space, was '" + id + "'");
    }
    return new RelatedRecord(type, id);
  }
}
