package io.csol.benchmarks;

import java.net.URI;
import java.util.concurrent.locks.LockSupport;

/**
 * One full paged read in its own JVM (so -Xmx applies to the client alone), printing one
 * {@code RESULT key=value ...} line for {@link ChildJvm} to parse.
 *
 * <p>Arguments: client kind, sandbox base URI, number of lines to read (ids SL-1..n), milliseconds
 * of simulated consumer work per page (0 = none).
 */
public final class ReadMain {

  private ReadMain() {
  }

  /**
   * Runs the read.
   *
   * @param args kind, baseUri, count, workMsPerPage
   */
  public static void main(String[] args) {
    if (args.length != 4) {
      throw new IllegalArgumentException("args must be: kind baseUri count workMsPerPage");
    }
    String kind = args[0];
    URI base = URI.create(args[1]);
    long count = Long.parseLong(args[2]);
    long workMs = Long.parseLong(args[3]);
    Runnable work = workMs <= 0 ? null : () -> LockSupport.parkNanos(workMs * 1_000_000L);
    String lastId = String.format("SL-%09d", count);
    IdTally tally = new IdTally();
    String error = "";
    long start;
    long end;
    long cpuStart = cpuNanos();
    try (HeapSampler heap = new HeapSampler(); BenchClient client = Clients.create(kind, base)) {
      start = System.nanoTime();
      try {
        client.readAll(lastId, tally, work);
      } catch (RuntimeException | OutOfMemoryError e) {
        error = shortError(e);
      }
      end = System.nanoTime();
      long seconds = Math.max(end - start, 1);
      System.out.println("RESULT"
          + " received=" + tally.received()
          + " distinct=" + tally.distinctUpTo(count)
          + " duplicates=" + tally.duplicates()
          + " foreign=" + tally.foreign()
          + " lost=" + (count - tally.distinctUpTo(count))
          + " millis=" + (end - start) / 1_000_000
          + " perSecond=" + (long) (tally.received() * 1e9 / seconds)
          + " cpuMillis=" + (cpuNanos() - cpuStart) / 1_000_000
          + " peakHeapMb=" + heap.peakBytes() / (1024 * 1024)
          + " maxHeapMb=" + heap.maxBytes() / (1024 * 1024)
          + " finished=" + error.isEmpty()
          + " error=" + error);
    }
    System.exit(0);
  }

  /** The exception's class and the first clause of its message, spaces as underscores (one token). */
  private static String shortError(Throwable e) {
    String message = String.valueOf(e.getMessage()).split("[;\\[(]")[0].trim();
    String text = e.getClass().getSimpleName() + ": " + message;
    return (text.length() > 80 ? text.substring(0, 80) : text).replaceAll("\\s+", "_");
  }

  /** CPU time of this whole JVM (client, JIT and GC threads), the client's cost when the server is the bottleneck. */
  private static long cpuNanos() {
    java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
  }
}
