package io.csol.sdk.core.access;

/** The state of an entitlement to a tool for one customer number. */
public enum EntitlementStatus {
  /** The tool may be used for the customer number. */
  ACTIVE,
  /** Requested and waiting for approval. */
  PENDING,
  /** The request was turned down. */
  DENIED,
  /** Was active and has been withdrawn. */
  REVOKED,
  /** A status this SDK version does not know. */
  UNKNOWN
}
