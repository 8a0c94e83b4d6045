package io.csol.sdk.core.paging;

import java.util.List;
import java.util.NoSuchElementException;

/**
 * The element iterator of a {@link PagedIterable}: fetches a page only when the previous one is used
 * up and tracks the position right after the last returned element.
 */
final class ItemIterator<T> implements PagedIterator<T> {

  private final String fingerprint;
  private final PageWalker<T> walker;
  private final ResumeToken startToken;
  private boolean closed;

  // the page being read
  private List<T> items = List.of();
  private int index;
  private PageWalker.Step<T> step;

  // the page of the last returned element (may differ from step after hasNext() fetched ahead)
  private PageWalker.Step<T> returnedStep;
  private int returnedIndex;

  ItemIterator(String fingerprint, PageSource<T> source, ResumeToken start, long cap) {
    this.fingerprint = fingerprint;
    this.startToken = start;
    this.walker = new PageWalker<>(source, start.cursor(), start.consumed(), cap);
  }

  @Override
  public boolean hasNext() {
    checkOpen();
    while (index >= items.size()) {
      if (!walker.hasMorePages()) {
        return false;
      }
      step = walker.next();
      items = step.page().items();
      index = 0;
    }
    return true;
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more records");
    }
    T item = items.get(index++);
    returnedStep = step;
    returnedIndex = index;
    return item;
  }

  @Override
  public ResumeToken resumeToken() {
    if (returnedStep == null) {
      return startToken;
    }
    if (returnedIndex == returnedStep.page().items().size() && !returnedStep.cut()) {
      return returnedStep.endToken(fingerprint);
    }
    return ResumeToken.of(fingerprint, returnedStep.cursor(), returnedStep.skipped() + returnedIndex);
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      walker.close();
    }
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("this iterator was closed");
    }
  }

  @Override
  public String toString() {
    return "PagedIterator[" + resumeToken() + "]";
  }
}
