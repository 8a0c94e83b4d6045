package io.csol.sdk.core.paging;

import java.util.Objects;

/**
 * One record of a {@link PagedIterable#streamWithPositions()} stream together with the position
 * right after it, so a job written with streams can checkpoint: store {@link #resumeToken()} of
 * the last record it finished, and after a crash continue with
 * {@link PagedIterable#resumeFrom(ResumeToken)}.
 *
 * <p>Immutable.
 *
 * @param <T> the item type
 */
public final class Positioned<T> {
  private final T item;
  private final ResumeToken resumeToken;

  Positioned(T item, ResumeToken resumeToken) {
    this.item = Objects.requireNonNull(item, "item");
    this.resumeToken = Objects.requireNonNull(resumeToken, "resumeToken");
  }

  /**
   * Returns the record.
   *
   * @return the record, never null
   */
  public T item() {
    return item;
  }

  /**
   * Returns the position right after this record: resuming from it continues with the next one.
   *
   * @return the resume token
   */
  public ResumeToken resumeToken() {
    return resumeToken;
  }

  @Override
  public String toString() {
    return "Positioned[" + resumeToken + "]";
  }
}
