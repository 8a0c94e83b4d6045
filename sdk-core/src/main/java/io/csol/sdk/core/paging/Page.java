package io.csol.sdk.core.paging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One page of a collection: its items, the cursor of the next page and, when asked for, the total
 * number of matching records.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param <T> the item type
 */
public final class Page<T> {

  private final List<T> items;
  private final String nextCursor;
  private final Long totalCount;
  private final ResumeToken resumeToken;

  private Page(List<T> items, String nextCursor, Long totalCount, ResumeToken resumeToken) {
    this.items = items;
    this.nextCursor = nextCursor;
    this.totalCount = totalCount;
    this.resumeToken = resumeToken;
  }

  /**
   * Creates a page as it came from the server.
   *
   * @param items the records of the page, possibly empty, without null elements
   * @param nextCursor the cursor of the next page, or {@code null} (or empty) on the last page
   * @param totalCount the number of matching records when asked for, else {@code null}
   * @param <T> the item type
   * @return the page
   * @throws NullPointerException if {@code items} is null or contains null
   * @throws IllegalArgumentException if {@code totalCount} is negative
   */
  public static <T> Page<T> of(List<? extends T> items, String nextCursor, Long totalCount) {
    Objects.requireNonNull(items, "items must not be null");
    List<T> copy = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      copy.add(Objects.requireNonNull(items.get(i), "items must not contain null (index " + i + ")"));
    }
    if (totalCount != null && totalCount < 0) {
      throw new IllegalArgumentException("totalCount must be >= 0 or null, was " + totalCount);
    }
    String next = nextCursor == null || nextCursor.isEmpty() ? null : nextCursor;
    return new Page<>(Collections.unmodifiableList(copy), next, totalCount, null);
  }

  /** Returns a copy of this page holding other items (used to drop already consumed items on resume). */
  Page<T> withItems(List<T> newItems) {
    return new Page<>(Collections.unmodifiableList(new ArrayList<>(newItems)), nextCursor, totalCount,
        resumeToken);
  }

  /** Returns a copy of this page that knows the position right after it. */
  Page<T> withResumeToken(ResumeToken token) {
    return new Page<>(items, nextCursor, totalCount, Objects.requireNonNull(token, "token"));
  }

  /**
   * Returns the items of this page (unmodifiable, possibly empty).
   *
   * @return the items
   */
  public List<T> items() {
    return items;
  }

  /**
   * Returns the cursor of the next page; empty on the last page.
   *
   * @return the next cursor
   */
  public Optional<String> nextCursor() {
    return Optional.ofNullable(nextCursor);
  }

  /**
   * Returns the total number of matching records, present only when it was asked for
   * ({@code includeTotalCount()} on a search).
   *
   * @return the total count
   */
  public OptionalLong totalCount() {
    return totalCount == null ? OptionalLong.empty() : OptionalLong.of(totalCount);
  }

  /**
   * Returns the position right after this page; pass it to {@link PagedIterable#resumeFrom} to
   * continue with the records after this page.
   *
   * @return the resume token
   * @throws IllegalStateException if this page was not obtained from {@link PagedIterable#byPage()}
   *     (a single page fetched on its own belongs to no resumable query)
   */
  public ResumeToken resumeToken() {
    if (resumeToken == null) {
      throw new IllegalStateException(
          "this page was not obtained from PagedIterable.byPage(), so it has no resume token");
    }
    return resumeToken;
  }

  @Override
  public String toString() {
    return "Page[items=" + items.size() + ", hasNext=" + (nextCursor != null)
        + (totalCount == null ? "" : ", totalCount=" + totalCount) + "]";
  }
}
