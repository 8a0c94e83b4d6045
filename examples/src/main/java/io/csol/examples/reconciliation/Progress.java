package io.csol.examples.reconciliation;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Prints a progress line when a phase starts storing and then at most every two seconds, so an
 * operator watching a long run sees it move without a flood of lines.
 */
final class Progress {

  private static final long INTERVAL_NANOS = 2_000_000_000L;

  private Progress() {
  }

  static PhaseFetcher.PageListener printingTo(PrintStream out) {
    long started = System.nanoTime();
    return new PhaseFetcher.PageListener() {
      private Checkpoint.Phase phase;
      private long lastPrinted;

      @Override
      public void stored(Checkpoint checkpoint, int pageRecords) {
        long now = System.nanoTime();
        if (checkpoint.phase() == phase && now - lastPrinted < INTERVAL_NANOS) {
          return;
        }
        phase = checkpoint.phase();
        lastPrinted = now;
        out.printf("  %-9s %,10d records stored  (%,.1f s since start)%n",
            phase.name().toLowerCase(Locale.ROOT), checkpoint.records(), (now - started) / 1e9);
      }
    };
  }
}
