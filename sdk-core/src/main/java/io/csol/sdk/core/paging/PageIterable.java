package io.csol.sdk.core.paging;

/**
 * The pages of one query ({@link PagedIterable#byPage()}); each {@link #iterator()} starts over
 * and can be closed.
 *
 * @param <T> the item type
 */
@FunctionalInterface
public interface PageIterable<T> extends Iterable<Page<T>> {

  /**
   * Returns a new, closeable iterator over the pages; nothing is fetched before {@code next()}.
   *
   * @return the iterator
   */
  @Override
  PageIterator<T> iterator();
}
