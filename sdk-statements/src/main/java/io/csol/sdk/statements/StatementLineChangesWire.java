package io.csol.sdk.statements;

import io.csol.sdk.core.error.ResponseDecodingException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The changes-feed envelope as it is on the wire; turned into a {@link ChangeBatch} at once.
 */
record StatementLineChangesWire(List<Item> data, String nextSince, Boolean hasMore) {

  /** One wire change; {@code record} is absent for deletions. */
  record Item(ChangeOp op, String id, Instant changedAt, StatementLine record) {
  }

  /** Converts to the public type; a body without the required members is a decoding error. */
  ChangeBatch<StatementLine> toBatch() {
    if (nextSince == null || nextSince.isBlank() || hasMore == null || data == null) {
      throw new ResponseDecodingException(
          "changes feed response lacks data, nextSince or hasMore", 200, null, null);
    }
    List<Change<StatementLine>> changes = new ArrayList<>(data.size());
    for (Item item : data) {
      if (item == null || item.op() == null || item.id() == null) {
        throw new ResponseDecodingException(
            "changes feed entry lacks op or id", 200, null, null);
      }
      changes.add(Change.of(item.op(), item.id(), item.changedAt(), item.record()));
    }
    return new ChangeBatch<>(changes, SyncToken.of(nextSince), hasMore);
  }
}
