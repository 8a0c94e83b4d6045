package io.csol.sdk.core.changes;

/**
 * What happened to a record in a changes feed.
 *
 * <p>{@link #UNKNOWN} stands for an operation this SDK version does not know yet; skip or log
 * such changes rather than failing a sync run.
 */
public enum ChangeOp {
  /** The record was created or updated; {@link Change#record()} holds its new state. */
  UPSERT,
  /** The record was deleted; {@link Change#record()} is empty. */
  DELETE,
  /** An operation the server reported that this SDK version does not know. */
  UNKNOWN
}
