package io.csol.sandbox.engine;

import java.util.List;
import java.util.Map;

/**
 * One batch of the changes feed.
 *
 * @param data entries {@code {"op":"UPSERT"|"DELETE","id","changedAt","record"?}}
 * @param nextSince signed token to pass as {@code since} next time
 * @param hasMore whether more changes are available right now
 */
public record ChangesResult(List<Map<String, Object>> data, String nextSince, boolean hasMore) {
  /** Makes the data list unmodifiable. */
  public ChangesResult {
    data = List.copyOf(data);
  }
}
