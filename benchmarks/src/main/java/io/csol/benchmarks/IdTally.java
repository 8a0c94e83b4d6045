package io.csol.benchmarks;

import java.util.BitSet;

/**
 * Counts distinct and repeated statement-line ids in a few hundred kilobytes: ids are
 * {@code SL-} plus a 1-based number, so one bit per possible id is enough even for millions.
 */
final class IdTally implements BenchClient.IdSink {

  private final BitSet seen = new BitSet();
  private long received;
  private long duplicates;
  private long foreign;

  @Override
  public void accept(String id) {
    received++;
    int n = parse(id);
    if (n < 0) {
      foreign++;
    } else if (seen.get(n)) {
      duplicates++;
    } else {
      seen.set(n);
    }
  }

  private static int parse(String id) {
    if (id == null || id.length() != 12 || !id.startsWith("SL-")) {
      return -1;
    }
    int n = 0;
    for (int i = 3; i < 12; i++) {
      char c = id.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  /** Records handed over, repeats included. */
  long received() {
    return received;
  }

  /** Distinct well-formed ids. */
  long distinct() {
    return seen.cardinality();
  }

  /** Ids seen more than once (each extra sighting counts). */
  long duplicates() {
    return duplicates;
  }

  /** Distinct ids in 1..{@code expected}: the ones a complete read must have returned. */
  long distinctUpTo(long expected) {
    return seen.get(1, (int) expected + 1).cardinality();
  }

  /** Ids that are not statement-line ids. */
  long foreign() {
    return foreign;
  }
}
