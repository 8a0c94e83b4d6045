package io.csol.sandbox.engine;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Predicate;

/** Lazily yields the elements of another iterator that match a predicate. */
final class FilteringIterator<R> implements Iterator<R> {
  private final Iterator<R> source;
  private final Predicate<R> match;
  private R next;

  FilteringIterator(Iterator<R> source, Predicate<R> match) {
    this.source = source;
    this.match = match;
  }

  @Override
  public boolean hasNext() {
    while (next == null && source.hasNext()) {
      R r = source.next();
      if (match.test(r)) {
        next = r;
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
