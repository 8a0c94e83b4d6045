package io.csol.sdk.core.internal;

import io.csol.sdk.core.ClientStatistics;
import java.util.concurrent.atomic.LongAdder;

/** The pipeline's counters behind {@code CsolClient.statistics()} (not API). Thread-safe. */
final class CallCounters {
  private final LongAdder calls = new LongAdder();
  private final LongAdder attempts = new LongAdder();
  private final LongAdder retries = new LongAdder();

  void call() {
    calls.increment();
  }

  void attempt() {
    attempts.increment();
  }

  void retry() {
    retries.increment();
  }

  ClientStatistics snapshot() {
    return new ClientStatistics(calls.sum(), attempts.sum(), retries.sum());
  }
}
