package io.csol.sandbox.engine;

import java.util.List;
import java.util.Map;

/**
 * One page of JSON-ready records.
 *
 * @param data the records as maps (only the selected fields)
 * @param nextCursor the cursor of the next page, null on the last page
 * @param totalCount number of matching records when asked for, else null
 */
public record PageResult(List<Map<String, Object>> data, String nextCursor, Long totalCount) {
  /** Makes the data list unmodifiable. */
  public PageResult {
    data = List.copyOf(data);
  }
}
