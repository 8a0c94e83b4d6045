package io.csol.sandbox.engine;

import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A mutable in-memory store sorted by id, for resources of modest size.
 *
 * <p>Id-order scans walk the live skip list; other orders use a sorted snapshot that is cached
 * per sort expression until the next mutation. Thread-safe.
 *
 * @param <R> record type
 */
public final class MemoryStore<R> implements RecordStore<R> {
  private final ResourceSpec<R> spec;
  private final ConcurrentSkipListMap<String, R> byId = new ConcurrentSkipListMap<>();
  private final AtomicLong version = new AtomicLong();
  private final Map<String, SortedSnapshot<R>> snapshots = new ConcurrentHashMap<>();

  /**
   * Creates an empty store.
   *
   * @param spec the resource spec (supplies the id)
   */
  public MemoryStore(ResourceSpec<R> spec) {
    this.spec = Objects.requireNonNull(spec, "spec must not be null");
  }

  /**
   * Creates a store holding the given records (the "base" records of a changes feed).
   *
   * @param spec the resource spec (supplies the id)
   * @param records initial records; a later record replaces an earlier one with the same id
   */
  public MemoryStore(ResourceSpec<R> spec, Iterable<? extends R> records) {
    this(spec);
    Objects.requireNonNull(records, "records must not be null");
    for (R r : records) {
      put(r);
    }
  }

  @Override
  public Optional<R> get(String id) {
    Objects.requireNonNull(id, "id must not be null");
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public void put(R record) {
    Objects.requireNonNull(record, "record must not be null");
    byId.put(spec.idOf(record), record);
    version.incrementAndGet();
  }

  @Override
  public boolean delete(String id) {
    Objects.requireNonNull(id, "id must not be null");
    boolean removed = byId.remove(id) != null;
    if (removed) {
      version.incrementAndGet();
    }
    return removed;
  }

  @Override
  public long size() {
    return byId.size();
  }

  @Override
  public Iterator<R> scan(Sort<R> sort, SortKey after) {
    Objects.requireNonNull(sort, "sort must not be null");
    if (sort.isIdAscending()) {
      return (after == null ? byId : byId.tailMap(after.id(), false)).values().iterator();
    }
    if (sort.isIdDescending()) {
      return (after == null ? byId.descendingMap() : byId.headMap(after.id(), false).descendingMap())
          .values().iterator();
    }
    return snapshot(sort).after(after);
  }

  private SortedSnapshot<R> snapshot(Sort<R> sort) {
    long v = version.get();
    SortedSnapshot<R> cached = snapshots.get(sort.expression());
    if (cached != null && cached.version() == v) {
      return cached;
    }
    // Read the version before copying: a concurrent change makes the next call rebuild.
    SortedSnapshot<R> fresh = new SortedSnapshot<>(sort, v, byId.values());
    if (snapshots.size() >= 8) { // bounded: each snapshot holds every record and its key
      snapshots.clear();
    }
    snapshots.put(sort.expression(), fresh);
    return fresh;
  }
}
