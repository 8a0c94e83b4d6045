package io.csol.sandbox.engine;

import java.util.Iterator;
import java.util.NoSuchElementException;

/** Merges two iterators that are each sorted by the same {@link Sort} into one sorted iterator. */
final class MergingIterator<R> implements Iterator<R> {
  private final Iterator<R> a;
  private final Iterator<R> b;
  private final Sort<R> sort;
  private R headA;
  private SortKey keyA;
  private R headB;
  private SortKey keyB;

  MergingIterator(Iterator<R> a, Iterator<R> b, Sort<R> sort) {
    this.a = a;
    this.b = b;
    this.sort = sort;
  }

  @Override
  public boolean hasNext() {
    if (headA == null && a.hasNext()) {
      headA = a.next();
      keyA = null;
    }
    if (headB == null && b.hasNext()) {
      headB = b.next();
      keyB = null;
    }
    return headA != null || headB != null;
  }

  @Override
  public R next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    boolean takeA;
    if (headA == null) {
      takeA = false;
    } else if (headB == null) {
      takeA = true;
    } else {
      if (keyA == null) {
        keyA = sort.keyOf(headA);
      }
      if (keyB == null) {
        keyB = sort.keyOf(headB);
      }
      takeA = sort.compare(keyA, keyB) <= 0;
    }
    R r;
    if (takeA) {
      r = headA;
      headA = null;
    } else {
      r = headB;
      headB = null;
    }
    return r;
  }
}
