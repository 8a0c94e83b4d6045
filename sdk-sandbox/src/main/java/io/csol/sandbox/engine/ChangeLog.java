package io.csol.sandbox.engine;

import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The latest change per id, indexed by sequence number: a record changed many times is kept
 * once, under its latest sequence number, so memory grows with distinct changed ids only.
 */
final class ChangeLog<R> {
  /** One change; {@code before} is the last state of a deleted record (for scoping), else null. */
  record Change<R>(long seq, String id, boolean delete, Instant changedAt, R before) {
  }

  private final Map<String, Change<R>> latest = new ConcurrentHashMap<>();
  private final ConcurrentSkipListMap<Long, Change<R>> bySeq = new ConcurrentSkipListMap<>();
  private volatile long lastSeq;

  /** Records a change; callers serialise calls (the collection's write lock). */
  long record(String id, boolean delete, Instant changedAt, R before) {
    long seq = lastSeq + 1;
    // Raise lastSeq before publishing: a token never holds a seq above lastSeq (tokens are
    // checked against it), and the store already holds this change's state.
    lastSeq = seq;
    Change<R> change = new Change<>(seq, id, delete, changedAt, before);
    bySeq.put(seq, change);
    Change<R> previous = latest.put(id, change);
    if (previous != null) {
      bySeq.remove(previous.seq());
    }
    return seq;
  }

  long lastSeq() {
    return lastSeq;
  }

  Change<R> latest(String id) {
    return latest.get(id);
  }

  /** Latest changes with a sequence number greater than {@code seq}, in sequence order. */
  Iterator<Change<R>> after(long seq) {
    return bySeq.tailMap(seq, false).values().iterator();
  }
}
