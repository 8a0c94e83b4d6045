package io.csol.sandbox.engine;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * One queryable resource: a spec over a store, with keyset paging, a changes feed and exports.
 *
 * <p>Thread-safe: {@link #list}, {@link #changes} and {@link #query} run concurrently with
 * {@link #put} and {@link #delete} (writes are serialised among themselves).
 *
 * @param <R> record type
 */
public final class Collection<R> {
  /** Default page size when {@link ListRequest#limit()} is null. */
  public static final int DEFAULT_LIMIT = 100;
  /** Largest page size. */
  public static final int MAX_LIMIT = 500;

  private final ResourceSpec<R> spec;
  private final RecordStore<R> store;
  private final Clock clock;
  private final CursorCodec cursors;
  private final ChangeLog<R> log = new ChangeLog<>();
  private final ChangeFeed<R> feed;
  private final Object writeLock = new Object();
  private final Map<String, Predicate<R>> filters = new ConcurrentHashMap<>();
  private final Map<String, Sort<R>> sorts = new ConcurrentHashMap<>();

  /**
   * Creates a collection.
   *
   * @param spec the resource spec
   * @param store the records (records already in it are the feed's base records)
   * @param clock stamps {@code changedAt} of changes
   * @param cursorSecret non-empty HMAC key for cursors and changes tokens (copied)
   */
  public Collection(ResourceSpec<R> spec, RecordStore<R> store, Clock clock, byte[] cursorSecret) {
    this.spec = Objects.requireNonNull(spec, "spec must not be null");
    this.store = Objects.requireNonNull(store, "store must not be null");
    this.clock = Objects.requireNonNull(clock, "clock must not be null");
    Objects.requireNonNull(cursorSecret, "cursorSecret must not be null");
    if (cursorSecret.length == 0) {
      throw new IllegalArgumentException("cursorSecret must not be empty (use 32 random bytes)");
    }
    Signer signer = new Signer(cursorSecret);
    this.cursors = new CursorCodec(signer);
    this.feed = new ChangeFeed<>(spec, store, log, signer, clock.instant());
  }

  /** Returns the resource spec. */
  public ResourceSpec<R> spec() {
    return spec;
  }

  /** Returns the underlying store (mutate it only through this collection). */
  public RecordStore<R> store() {
    return store;
  }

  /**
   * Returns one page of records.
   *
   * @param request the query parameters
   * @return the page; {@code nextCursor} is null on the last page
   * @throws QueryException for a bad limit, filter, sort, fields or cursor
   */
  public PageResult list(ListRequest<R> request) {
    Objects.requireNonNull(request, "request must not be null");
    int limit = request.limit() == null ? DEFAULT_LIMIT : request.limit();
    if (limit < 1 || limit > MAX_LIMIT) {
      throw QueryException.request("limit", "limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
    }
    Predicate<R> filter = compileFilter(request.filter());
    Sort<R> sort = sort(request.sort());
    FieldSelector fields = FieldSelector.parse(spec, request.fields());
    Predicate<R> match = request.scope() == null ? filter : filter.and(request.scope());
    byte[] queryHash = Signer.hash(spec.name(), nullToEmpty(request.filter()), sort.expression(),
        nullToEmpty(request.fields()));
    SortKey after = request.cursor() == null || request.cursor().isEmpty()
        ? null : cursors.decode(request.cursor(), queryHash, sort);
    List<R> page = new ArrayList<>(Math.min(limit + 1, 64));
    Iterator<R> it = store.scan(sort, after);
    // One extra match tells whether a next page exists without a second query.
    while (page.size() <= limit && it.hasNext()) {
      R r = it.next();
      if (match.test(r)) {
        page.add(r);
      }
    }
    String next = null;
    if (page.size() > limit) {
      page.remove(limit);
      next = cursors.encode(queryHash, sort, sort.keyOf(page.get(limit - 1)));
    }
    List<Map<String, Object>> data = new ArrayList<>(page.size());
    for (R r : page) {
      data.add(fields.select(spec.toJson(r)));
    }
    Long total = request.totalCount() ? count(match) : null;
    return new PageResult(data, next, total);
  }

  /** Returns the record with this id, if present. */
  public Optional<R> get(String id) {
    Objects.requireNonNull(id, "id must not be null");
    return store.get(id);
  }

  /** Inserts or replaces a record and records an UPSERT in the changes feed. */
  public void put(R record) {
    Objects.requireNonNull(record, "record must not be null");
    String id = spec.idOf(record);
    synchronized (writeLock) {
      // Store first, then log: a feed reader that sees the change always finds this state.
      store.put(record);
      log.record(id, false, clock.instant(), null);
    }
  }

  /** Deletes a record; records a DELETE in the changes feed; returns whether it existed. */
  public boolean delete(String id) {
    Objects.requireNonNull(id, "id must not be null");
    synchronized (writeLock) {
      Optional<R> before = store.get(id);
      if (before.isEmpty() || !store.delete(id)) {
        return false;
      }
      log.record(id, true, clock.instant(), before.get());
      return true;
    }
  }

  /**
   * Returns the changes since a token (null: from the beginning, every record as an UPSERT).
   *
   * <p>From the beginning the feed lists the current records in id order (those changed after
   * the feed started are left to the second phase), then every change in sequence order. A
   * record changed several times since the token appears once, under its latest change and with
   * its current state; only when a write races with the read may it appear twice, its latest
   * state then coming last. A DELETE carries the id and no record.
   *
   * @param since a {@code nextSince} token, or null
   * @param limit batch size 1..500
   * @return the batch with the token to continue from
   * @throws QueryException for a modified or foreign token (slug invalid-cursor, field since)
   */
  public ChangesResult changes(String since, int limit) {
    return changes(since, limit, null);
  }

  /**
   * Returns the changes since a token, restricted to records in scope (a DELETE is in scope
   * when the deleted record was).
   *
   * @param since a {@code nextSince} token, or null
   * @param limit batch size 1..500
   * @param scope restriction, or null for none
   * @return the batch with the token to continue from
   * @throws QueryException for a bad token or limit
   */
  public ChangesResult changes(String since, int limit, Predicate<R> scope) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw QueryException.request("limit", "limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
    }
    return feed.changes(since, limit, scope);
  }

  /**
   * Returns all matching records in order as a lazy stream (for exports).
   *
   * @param filter filter expression or null
   * @param sort sort expression or null for the default order
   * @param scope restriction, or null for none
   * @return a sequential, ordered, lazy stream
   * @throws QueryException for a bad filter or sort
   */
  public Stream<R> query(String filter, String sort, Predicate<R> scope) {
    Predicate<R> f = compileFilter(filter);
    Predicate<R> match = scope == null ? f : f.and(scope);
    Sort<R> s = sort(sort);
    Iterator<R> it = new FilteringIterator<>(store.scan(s, null), match);
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it,
        Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  /**
   * Compiles a filter once into a predicate (null or empty: everything matches).
   *
   * @throws QueryException (invalid-filter) for a malformed or ill-typed filter
   */
  public Predicate<R> compileFilter(String filter) {
    if (filter == null || filter.isEmpty()) {
      return r -> true;
    }
    Predicate<R> cached = filters.get(filter);
    if (cached == null) {
      cached = FilterCompiler.compile(spec, filter);
      if (filters.size() > 256) {
        filters.clear();
      }
      filters.put(filter, cached);
    }
    return cached;
  }

  /**
   * Parses a sort expression (null or empty: the default order), the id appended.
   *
   * @throws QueryException (invalid-request, field sort) naming a bad field
   */
  public Sort<R> sort(String sort) {
    String key = sort == null ? "" : sort;
    Sort<R> cached = sorts.get(key);
    if (cached == null) {
      cached = SortParser.parse(spec, sort);
      if (sorts.size() > 256) {
        sorts.clear();
      }
      sorts.put(key, cached);
    }
    return cached;
  }

  private long count(Predicate<R> match) {
    long n = 0;
    Iterator<R> it = store.scan(sort(spec.idField()), null);
    while (it.hasNext()) {
      if (match.test(it.next())) {
        n++;
      }
    }
    return n;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
