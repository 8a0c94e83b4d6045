package io.csol.sandbox.engine;

import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * A store of {@code n} generated base records plus an overlay of inserts, updates and deletes,
 * so that a million records cost almost no heap.
 *
 * <p>Record {@code i} is {@code generator.apply(i)}; the generator must be deterministic and
 * the ids must strictly ascend (String order) with {@code i}, so id lookups and id-order seeks
 * are binary searches. Other orders use an {@code int[]} index per sort expression, built on
 * first use and cached (at most {@value #MAX_INDEXES}); the overlay is merged in at scan time,
 * so mutations never invalidate an index. Thread-safe.
 *
 * @param <R> record type
 */
public final class GeneratedStore<R> implements RecordStore<R> {
  static final int MAX_INDEXES = 8;

  private final ResourceSpec<R> spec;
  private final int n;
  private final IntFunction<R> generator;
  /** Updated base records and inserted new records, by id. */
  private final ConcurrentSkipListMap<String, R> upserts = new ConcurrentSkipListMap<>();
  /** Deleted base ids. A base id is "touched" while it is in upserts or here. */
  private final Set<String> deleted = ConcurrentHashMap.newKeySet();
  private final AtomicLong version = new AtomicLong();
  private final AtomicLong size;
  private final Map<String, RankIndex> indexes = new ConcurrentHashMap<>();
  private final Map<String, SortedSnapshot<R>> overlaySnapshots = new ConcurrentHashMap<>();

  /**
   * Creates the store.
   *
   * @param spec the resource spec (supplies the id)
   * @param size number of base records, 0 or more
   * @param generator record for each index 0..size-1; ids must ascend with the index
   */
  public GeneratedStore(ResourceSpec<R> spec, int size, IntFunction<R> generator) {
    this.spec = Objects.requireNonNull(spec, "spec must not be null");
    this.generator = Objects.requireNonNull(generator, "generator must not be null");
    if (size < 0) {
      throw new IllegalArgumentException("size must be 0 or more, was " + size);
    }
    this.n = size;
    this.size = new AtomicLong(size);
    // A cheap spot check of the ascending-id rule that every binary search relies on.
    for (int i : new int[] {0, size / 2, size - 2}) {
      if (i >= 0 && i + 1 < size && spec.idOf(generator.apply(i)).compareTo(spec.idOf(generator.apply(i + 1))) >= 0) {
        throw new IllegalArgumentException("generator ids must strictly ascend with the index; record " + i
            + " has id '" + spec.idOf(generator.apply(i)) + "', record " + (i + 1) + " has '"
            + spec.idOf(generator.apply(i + 1)) + "'");
      }
    }
  }

  /** Returns the number of generated base records. */
  public int baseSize() {
    return n;
  }

  @Override
  public Optional<R> get(String id) {
    Objects.requireNonNull(id, "id must not be null");
    R r = upserts.get(id);
    if (r != null) {
      return Optional.of(r);
    }
    if (deleted.contains(id)) {
      return Optional.empty();
    }
    int i = baseIndexOf(id);
    return i < 0 ? Optional.empty() : Optional.of(generator.apply(i));
  }

  @Override
  public synchronized void put(R record) {
    Objects.requireNonNull(record, "record must not be null");
    String id = spec.idOf(record);
    boolean existed = get(id).isPresent();
    upserts.put(id, record);
    deleted.remove(id); // after the put: the id stays touched throughout
    if (!existed) {
      size.incrementAndGet();
    }
    version.incrementAndGet();
  }

  @Override
  public synchronized boolean delete(String id) {
    Objects.requireNonNull(id, "id must not be null");
    if (get(id).isEmpty()) {
      return false;
    }
    if (baseIndexOf(id) >= 0) {
      deleted.add(id); // before the remove: the id stays touched throughout
    }
    upserts.remove(id);
    size.decrementAndGet();
    version.incrementAndGet();
    return true;
  }

  @Override
  public long size() {
    return size.get();
  }

  @Override
  public Iterator<R> scan(Sort<R> sort, SortKey after) {
    Objects.requireNonNull(sort, "sort must not be null");
    Iterator<R> overlay;
    RankIndex index = null;
    if (sort.isIdAscending()) {
      overlay = (after == null ? upserts : upserts.tailMap(after.id(), false)).values().iterator();
    } else if (sort.isIdDescending()) {
      overlay = (after == null ? upserts.descendingMap() : upserts.headMap(after.id(), false).descendingMap())
          .values().iterator();
    } else {
      index = indexes.get(sort.expression());
      if (index == null) {
        index = buildIndex(sort);
      }
      overlay = overlaySnapshot(sort).after(after);
    }
    RankIndex ranks = index;
    int start = after == null ? 0 : firstRankAfter(sort, ranks, after);
    return new MergingIterator<>(new BaseIterator(ranks, sort.isIdDescending(), start), overlay, sort);
  }

  private RankIndex buildIndex(Sort<R> sort) {
    // Its own lock: writers (synchronized on this) must not wait for a long index build.
    synchronized (indexes) {
      RankIndex index = indexes.get(sort.expression());
      if (index == null) {
        index = RankIndex.build(sort, n, generator);
        if (indexes.size() >= MAX_INDEXES) {
          indexes.clear();
        }
        indexes.put(sort.expression(), index);
      }
      return index;
    }
  }

  private SortedSnapshot<R> overlaySnapshot(Sort<R> sort) {
    long v = version.get();
    SortedSnapshot<R> cached = overlaySnapshots.get(sort.expression());
    if (cached != null && cached.version() == v) {
      return cached;
    }
    SortedSnapshot<R> fresh = new SortedSnapshot<>(sort, v, upserts.values());
    if (overlaySnapshots.size() >= 8) {
      overlaySnapshots.clear();
    }
    overlaySnapshots.put(sort.expression(), fresh);
    return fresh;
  }

  private int positionOf(RankIndex index, boolean descending, int rank) {
    if (index != null) {
      return index.position(rank);
    }
    return descending ? n - 1 - rank : rank;
  }

  /** Binary search: the first rank whose base record sorts strictly after {@code after}. */
  private int firstRankAfter(Sort<R> sort, RankIndex index, SortKey after) {
    int lo = 0;
    int hi = n;
    boolean desc = sort.isIdDescending();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      R r = generator.apply(positionOf(index, desc, mid));
      if (sort.compare(sort.keyOf(r), after) <= 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Returns the position of a base id, or -1. */
  private int baseIndexOf(String id) {
    int lo = 0;
    int hi = n - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = spec.idOf(generator.apply(mid)).compareTo(id);
      if (c == 0) {
        return mid;
      }
      if (c < 0) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return -1;
  }

  /** Walks base records by rank, skipping touched ones (their current state is in the overlay). */
  private final class BaseIterator implements Iterator<R> {
    private final RankIndex index;
    private final boolean descending;
    private int rank;
    private R next;

    BaseIterator(RankIndex index, boolean descending, int start) {
      this.index = index;
      this.descending = descending;
      this.rank = start;
    }

    @Override
    public boolean hasNext() {
      while (next == null && rank < n) {
        R r = generator.apply(positionOf(index, descending, rank++));
        if (upserts.isEmpty() && deleted.isEmpty()) {
          next = r;
        } else {
          String id = spec.idOf(r);
          if (!upserts.containsKey(id) && !deleted.contains(id)) {
            next = r;
          }
        }
      }
      return next != null;
    }

    @Override
    public R next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      R r = next;
      next = null;
      return r;
    }
  }
}
