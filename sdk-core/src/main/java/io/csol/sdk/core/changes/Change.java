package io.csol.sdk.core.changes;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a changes feed: a record was upserted or deleted.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the record type, e.g. {@code Invoice} or {@code StatementLine}
 */
public final class Change<T> {
  private final ChangeOp op;
  private final String id;
  private final Instant changedAt;
  private final T record;

  private Change(ChangeOp op, String id, Instant changedAt, T record) {
    this.op = op;
    this.id = id;
    this.changedAt = changedAt;
    this.record = record;
  }

  /**
   * Creates a change (the SDK creates them from the feed; tests of sync code may too).
   *
   * @param op what happened, not null
   * @param id the record's id, not null
   * @param changedAt when it happened, or {@code null} if the server did not say
   * @param record the new state for {@link ChangeOp#UPSERT}, {@code null} for a deletion
   * @param <T> the record type
   * @return the change
   * @throws NullPointerException if {@code op} or {@code id} is null
   */
  public static <T> Change<T> of(ChangeOp op, String id, Instant changedAt, T record) {
    Objects.requireNonNull(op, "op must not be null; accepted: UPSERT, DELETE, UNKNOWN");
    Objects.requireNonNull(id, "id must not be null");
    return new Change<>(op, id, changedAt, record);
  }

  /**
   * Returns what happened.
   *
   * @return the operation
   */
  public ChangeOp op() {
    return op;
  }

  /**
   * Returns the id of the record that changed (for invoices the invoice number, for statement
   * lines the line id).
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * Returns when the change happened.
   *
   * @return the instant, or {@code null} if the server did not send one
   */
  public Instant changedAt() {
    return changedAt;
  }

  /**
   * Returns the record's new state.
   *
   * @return the record for an upsert, empty for a deletion
   */
  public Optional<T> record() {
    return Optional.ofNullable(record);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Change)) {
      return false;
    }
    Change<?> c = (Change<?>) o;
    return op == c.op && id.equals(c.id) && Objects.equals(changedAt, c.changedAt)
        && Objects.equals(record, c.record);
  }

  @Override
  public int hashCode() {
    return Objects.hash(op, id, changedAt, record);
  }

  @Override
  public String toString() {
    return "Change[op=" + op + ", id=" + id + ", changedAt=" + changedAt + "]";
  }
}
