package io.csol.sandbox.engine;

import java.util.Iterator;
import java.util.Optional;

/**
 * Where the records of one resource live; the engine ships {@link MemoryStore} and
 * {@link GeneratedStore}.
 *
 * <p>Implementations must be thread-safe: scans run while records are put and deleted, and a
 * scan is weakly consistent (it never fails because of a concurrent change). Mutate through
 * {@link Collection#put} and {@link Collection#delete} so the changes feed sees every change.
 *
 * @param <R> record type
 */
public interface RecordStore<R> {
  /** Returns the record with this id, if any. */
  Optional<R> get(String id);

  /** Inserts or replaces the record with the record's id. */
  void put(R record);

  /** Removes the record with this id; returns whether it existed. */
  boolean delete(String id);

  /** Returns the number of records. */
  long size();

  /**
   * Iterates the records in the given order, starting strictly after {@code after}.
   *
   * @param sort the total order
   * @param after the key of the last record already seen, or null to start at the beginning
   * @return a lazy, weakly consistent iterator
   */
  Iterator<R> scan(Sort<R> sort, SortKey after);
}
