package io.csol.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Samples used heap every few milliseconds on a daemon thread and keeps the maximum: the peak
 * heap a run needed (garbage not yet collected included, so it is bounded by -Xmx).
 */
final class HeapSampler implements AutoCloseable {

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final Thread thread;
  private volatile boolean running = true;
  private volatile long peak;

  HeapSampler() {
    thread = new Thread(this::loop, "heap-sampler");
    thread.setDaemon(true);
    thread.start();
  }

  private void loop() {
    while (running) {
      sample();
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void sample() {
    long used = memory.getHeapMemoryUsage().getUsed();
    if (used > peak) {
      peak = used;
    }
  }

  /** The highest used heap seen so far, in bytes. */
  long peakBytes() {
    sample();
    return peak;
  }

  /** The heap limit (-Xmx), in bytes. */
  long maxBytes() {
    return memory.getHeapMemoryUsage().getMax();
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}
