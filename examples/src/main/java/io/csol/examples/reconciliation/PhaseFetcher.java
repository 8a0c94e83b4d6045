package io.csol.examples.reconciliation;

import io.csol.sdk.core.paging.Page;
import io.csol.sdk.core.paging.PagedIterable;
import io.csol.sdk.core.paging.ResumeToken;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Copies one collection into its snapshot file page by page, moving the checkpoint after each
 * page is durable, and resuming from the checkpoint's token when the job was stopped mid-phase.
 */
final class PhaseFetcher {

  /** Called after each stored page; tests use it to stop the job at an exact point. */
  interface PageListener {
    void stored(Checkpoint checkpoint, int pageRecords) throws IOException;
  }

  private final Path checkpointFile;
  private final int prefetch;
  private final PageListener listener;
  private final UnaryOperator<Checkpoint> counts;

  /** {@code counts} stamps the job's running totals on each checkpoint before it is written. */
  PhaseFetcher(Path checkpointFile, int prefetch, PageListener listener, UnaryOperator<Checkpoint> counts) {
    this.checkpointFile = checkpointFile;
    this.prefetch = prefetch;
    this.listener = listener;
    this.counts = counts;
  }

  /**
   * Fetches the rest of {@code phase} into {@code snapshot} and returns the checkpoint that
   * starts the next phase.
   */
  <T> Checkpoint fetch(Checkpoint from, Checkpoint.Phase next, PagedIterable<T> source, Path snapshot,
                       Function<T, String[]> toRow) throws IOException {
    PagedIterable<T> pages = from.resumeToken() == null
        ? source : source.resumeFrom(ResumeToken.parse(from.resumeToken()));
    if (prefetch > 0) {
      pages = pages.prefetch(prefetch);
    }
    Checkpoint at = from;
    try (SnapshotFile file = SnapshotFile.openForAppend(snapshot, from.snapshotBytes())) {
      for (Page<T> page : pages.byPage()) {
        List<String[]> rows = new ArrayList<>(page.items().size());
        for (T item : page.items()) {
          rows.add(toRow.apply(item));
        }
        long bytes = file.appendDurably(rows);
        at = counts.apply(new Checkpoint(from.phase(), page.resumeToken().value(), bytes,
            at.records() + rows.size()));
        at.write(checkpointFile);
        listener.stored(at, rows.size());
      }
    }
    Checkpoint done = counts.apply(new Checkpoint(next, null, 0, 0));
    done.write(checkpointFile);
    return done;
  }
}
