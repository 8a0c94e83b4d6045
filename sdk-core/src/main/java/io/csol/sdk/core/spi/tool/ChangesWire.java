package io.csol.sdk.core.spi.tool;

import io.csol.sdk.core.changes.Change;
import io.csol.sdk.core.changes.ChangeBatch;
import io.csol.sdk.core.changes.ChangeOp;
import io.csol.sdk.core.changes.SyncToken;
import io.csol.sdk.core.error.ResponseDecodingException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The changes-feed envelope as it is on the wire; turned into a {@link ChangeBatch} at once.
 *
 * @param <T> the record type
 */
record ChangesWire<T>(List<Item<T>> data, String nextSince, Boolean hasMore) {

  /** One wire change; {@code record} is absent for deletions. */
  record Item<T>(ChangeOp op, String id, Instant changedAt, T record) {
  }

  /** Converts to the public type; a body without the required members is a decoding error. */
  ChangeBatch<T> toBatch() {
    if (nextSince == null || nextSince.isBlank() || hasMore == null || data == null) {
      throw new ResponseDecodingException(
          "changes feed response lacks data, nextSince or hasMore", 200, null, null);
    }
    List<Change<T>> changes = new ArrayList<>(data.size());
    for (Item<T> item : data) {
      if (item == null || item.op() == null || item.id() == null) {
        throw new ResponseDecodingException(
            "changes feed entry lacks op or id", 200, null, null);
      }
      changes.add(Change.of(item.op(), item.id(), item.changedAt(), item.record()));
    }
    return new ChangeBatch<>(changes, SyncToken.of(nextSince), hasMore);
  }
}
