package io.csol.sdk.core.paging;

import java.util.Iterator;

/**
 * An iterator over the records of a {@link PagedIterable} that knows its position.
 *
 * <p>Not thread-safe: use one iterator from one thread at a time.
 *
 * @param <T> the item type
 */
public interface PagedIterator<T> extends Iterator<T>, AutoCloseable {

  /**
   * Returns the position right after the last element returned by {@link #next()} (the start
   * position before the first {@code next()}); store it to resume a job that dies.
   *
   * @return the resume token
   */
  ResumeToken resumeToken();

  /**
   * Stops background prefetching (if enabled) and ends this iterator; further {@code hasNext()} or
   * {@code next()} calls throw {@link IllegalStateException}. Idempotent.
   */
  @Override
  void close();
}
