package io.csol.sdk.core.changes;

import io.csol.sdk.core.error.ResponseDecodingException;
import io.csol.sdk.core.spi.Check;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazy changes feed of one collection, starting after a {@link SyncToken} (or at the
 * beginning, where every existing record is reported as an {@link ChangeOp#UPSERT}).
 *
 * <p>Nothing is sent until {@link #fetch()}, {@link #batches()} or {@link #stream()} is used.
 * A nightly job applies batch after batch and stores each batch's {@code nextSince} once its
 * changes are applied, so a run that dies resumes where it stopped:
 * <pre>{@code
 * SyncToken since = store.load();                 // null on the first run
 * for (ChangeBatch<Invoice> batch : invoices.listInvoiceChanges(since).batches()) {
 *   for (Change<Invoice> change : batch.changes()) {
 *     switch (change.op()) {
 *       case UPSERT -> mirror.put(change.id(), change.record().orElseThrow());
 *       case DELETE -> mirror.remove(change.id());
 *       default -> log.warn("skipping change {}", change);
 *     }
 *   }
 *   store.save(batch.nextSince());               // checkpoint after every batch
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe; every iteration starts again from {@link #since()}.
 *
 * @param <T> the record type
 */
public final class ChangeFeed<T> {
  /** The most changes one request may ask for. */
  public static final int MAX_BATCH_SIZE = 500;

  /**
   * Fetches one batch; for tool modules, not application code (their {@code ToolOperations}
   * builds one), and for tests that feed a {@link ChangeFeed} without a server.
   *
   * @param <T> the record type
   */
  @FunctionalInterface
  public interface Fetcher<T> {
    /**
     * Fetches the batch after {@code since}.
     *
     * @param since where to continue, or {@code null} for the beginning of the feed
     * @param limit the most changes to return, or {@code null} for the server default
     * @return the batch
     */
    ChangeBatch<T> fetch(SyncToken since, Integer limit);
  }

  private final Fetcher<T> fetcher;
  private final SyncToken since;
  private final Integer batchSize;

  ChangeFeed(Fetcher<T> fetcher, SyncToken since, Integer batchSize) {
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.since = since;
    this.batchSize = batchSize;
  }

  /**
   * Creates a feed; for tool modules, not application code (applications get feeds from a tool
   * client, e.g. {@code invoices.listInvoiceChanges(since)}). Nothing is fetched until the feed is used.
   *
   * @param fetcher fetches one batch, not null
   * @param since where the feed starts, or {@code null} for the beginning
   * @param <T> the record type
   * @return a feed with the server's default batch size
   * @throws NullPointerException if {@code fetcher} is null
   */
  public static <T> ChangeFeed<T> create(Fetcher<T> fetcher, SyncToken since) {
    return new ChangeFeed<>(fetcher, since, null);
  }

  /**
   * Returns where this feed starts.
   *
   * @return the token, or empty when the feed starts at the beginning
   */
  public Optional<SyncToken> since() {
    return Optional.ofNullable(since);
  }

  /**
   * Returns a feed that asks for at most {@code size} changes per request (server default
   * otherwise).
   *
   * @param size 1..500
   * @return a new feed; this one is unchanged
   * @throws IllegalArgumentException if {@code size} is out of range
   */
  public ChangeFeed<T> batchSize(int size) {
    return new ChangeFeed<>(fetcher, since, Check.range("size", size, 1, MAX_BATCH_SIZE));
  }

  /**
   * Fetches the first batch after {@link #since()} with one request.
   *
   * @return the batch
   */
  public ChangeBatch<T> fetch() {
    return fetcher.fetch(since, batchSize);
  }

  /**
   * Returns the batches from {@link #since()} until the server reports no more changes; each
   * iteration fetches lazily, one request per batch.
   *
   * @return a lazy iterable of batches
   */
  public Iterable<ChangeBatch<T>> batches() {
    return BatchIterator::new;
  }

  /**
   * Returns every change from {@link #since()} until the server reports no more, fetched
   * lazily. Use {@link #batches()} when the job must store where it stopped.
   *
   * @return a lazy, sequential stream
   */
  public Stream<Change<T>> stream() {
    Spliterator<ChangeBatch<T>> split =
        Spliterators.spliteratorUnknownSize(new BatchIterator(), Spliterator.ORDERED);
    return StreamSupport.stream(split, false).flatMap(b -> b.changes().stream());
  }

  @Override
  public String toString() {
    return "ChangeFeed[since=" + since + ", batchSize=" + batchSize + "]";
  }

  /** Walks the batches; stops after the first batch whose {@code hasMore} is false. */
  private final class BatchIterator implements Iterator<ChangeBatch<T>> {
    private SyncToken next = since;
    private boolean done;

    @Override
    public boolean hasNext() {
      return !done;
    }

    @Override
    public ChangeBatch<T> next() {
      if (done) {
        throw new NoSuchElementException("the changes feed has no more batches");
      }
      ChangeBatch<T> batch = fetcher.fetch(next, batchSize);
      if (batch.hasMore() && batch.changes().isEmpty() && batch.nextSince().equals(next)) {
        // A server that says "more" without moving would make this loop forever.
        throw new ResponseDecodingException(
            "changes feed reported hasMore=true without progress", 200, null, null);
      }
      next = batch.nextSince();
      done = !batch.hasMore();
      return batch;
    }
  }
}
