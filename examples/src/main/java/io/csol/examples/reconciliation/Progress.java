package io.csol.examples.reconciliation;

import java.io.PrintStream;

/** Prints one progress line every few thousand records, so an operator sees the job move. */
final class Progress {

  private static final long EVERY = 5_000;

  private Progress() {
  }

  static PhaseFetcher.PageListener printingTo(PrintStream out) {
    long[] lastPrinted = {-1};
    long started = System.nanoTime();
    return (checkpoint, pageRecords) -> {
      long step = checkpoint.records() / EVERY;
      if (step != lastPrinted[0] || pageRecords == 0) {
        lastPrinted[0] = step;
        long ms = Math.max(1, (System.nanoTime() - started) / 1_000_000);
        out.printf("  %-9s %,10d records stored  (%,.0f records/s overall)%n",
            checkpoint.phase().name().toLowerCase(java.util.Locale.ROOT), checkpoint.records(),
            checkpoint.records() * 1000.0 / ms);
      }
    };
  }
}
