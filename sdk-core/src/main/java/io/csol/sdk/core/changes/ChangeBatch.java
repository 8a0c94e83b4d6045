package io.csol.sdk.core.changes;

import java.util.List;
import java.util.Objects;

/**
 * One response of a changes feed: some changes, the token to continue from and whether more
 * changes are waiting.
 *
 * @param changes the changes in the order they happened (never null)
 * @param nextSince where the next call continues; store it once the changes are applied
 * @param hasMore {@code true} when the server holds more changes right now
 * @param <T> the record type
 */
public record ChangeBatch<T>(List<Change<T>> changes, SyncToken nextSince, boolean hasMore) {
  /**
   * Validates and copies the components.
   *
   * @param changes see the record description
   * @param nextSince see the record description
   * @param hasMore see the record description
   * @throws NullPointerException if {@code changes} or {@code nextSince} is null
   */
  public ChangeBatch {
    changes = List.copyOf(Objects.requireNonNull(changes, "changes must not be null"));
    Objects.requireNonNull(nextSince, "nextSince must not be null");
  }
}
