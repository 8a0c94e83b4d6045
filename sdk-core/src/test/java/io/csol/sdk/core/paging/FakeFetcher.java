package io.csol.sdk.core.paging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** A fetcher over fixed pages; page i (i >= 1) has cursor "c" + i; counts and records every call. */
class FakeFetcher implements PageFetcher<String> {

  final List<List<String>> pages;
  final AtomicInteger calls = new AtomicInteger();
  final List<String> cursors = Collections.synchronizedList(new ArrayList<>());
  volatile Thread lastThread;

  FakeFetcher(List<List<String>> pages) {
    this.pages = pages;
  }

  /** {@code count} pages of {@code size} items named "p{page}-{i}". */
  static FakeFetcher uniform(int count, int size) {
    List<List<String>> pages = new ArrayList<>();
    for (int p = 0; p < count; p++) {
      List<String> items = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        items.add("p" + p + "-" + i);
      }
      pages.add(items);
    }
    return new FakeFetcher(pages);
  }

  List<String> all() {
    List<String> all = new ArrayList<>();
    pages.forEach(all::addAll);
    return all;
  }

  static int indexOf(String cursor) {
    return cursor == null ? 0 : Integer.parseInt(cursor.substring(1));
  }

  @Override
  public Page<String> fetch(String cursor) {
    lastThread = Thread.currentThread();
    calls.incrementAndGet();
    cursors.add(cursor);
    int index = indexOf(cursor);
    beforeReturn(index);
    String next = index + 1 < pages.size() ? "c" + (index + 1) : null;
    return Page.of(pages.get(index), next, (long) all().size());
  }

  /** Hook for subclasses: runs on the fetching thread before page {@code index} is returned. */
  void beforeReturn(int index) {
    // no-op by default
  }
}
