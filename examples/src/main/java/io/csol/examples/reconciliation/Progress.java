package io.csol.examples.reconciliation;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Prints a progress line when a phase starts storing and then every few thousand records, so an
 * operator watching a long run sees it move.
 */
final class Progress {

  private static final long EVERY = 5_000;

  private Progress() {
  }

  static PhaseFetcher.PageListener printingTo(PrintStream out) {
    long started = System.nanoTime();
    return new PhaseFetcher.PageListener() {
      private Checkpoint.Phase phase;
      private long step = -1;

      @Override
      public void stored(Checkpoint checkpoint, int pageRecords) {
        long currentStep = checkpoint.records() / EVERY;
        if (checkpoint.phase() == phase && currentStep == step) {
          return;
        }
        phase = checkpoint.phase();
        step = currentStep;
        long ms = Math.max(1, (System.nanoTime() - started) / 1_000_000);
        out.printf("  %-9s %,10d records stored  (%,.1f s since start)%n",
            phase.name().toLowerCase(Locale.ROOT), checkpoint.records(), ms / 1000.0);
      }
    };
  }
}
