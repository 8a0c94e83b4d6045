package io.csol.benchmarks;

import io.csol.sandbox.Faults;
import io.csol.sandbox.SandboxServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The plain timed runs: full paged reads, reads at added latency, reads under the fault mix and
 * cold starts. Each client runs in its own JVM against the suite's sandbox.
 */
final class PagedScenarios {

  /** Heap of every client JVM doing a paged read: the 64 MB target applies to all of them alike. */
  static final String READ_HEAP = "-Xmx64m";
  private static final String LINES_PATH = "/v1/statements/lines";
  private static final Duration READ_TIMEOUT = Duration.ofMinutes(8);

  private final SandboxServer server;
  private final ChildJvm jvm;

  PagedScenarios(SandboxServer server, ChildJvm jvm) {
    this.server = server;
    this.jvm = jvm;
  }

  /** One read in a child JVM; {@code workMs} of simulated consumer work per page. */
  ChildJvm.Outcome read(String kind, long count, long workMs, String label) {
    ChildJvm.Outcome o = jvm.run("read-" + label + "-" + kind, List.of(READ_HEAP), ReadMain.class,
        READ_TIMEOUT, kind, server.baseUri().toString(), Long.toString(count), Long.toString(workMs));
    System.out.printf("  %-13s %-22s %s%n", kind, label, o.ok() ? o.values() : "FAILED: " + o.failure());
    return o;
  }

  /** Full paged read of {@code count} lines by each client: rate, peak heap, CPU. */
  List<Row> fullRead(long count) {
    String scenario = String.format("full paged read, %,d lines, %s", count, READ_HEAP);
    Row rate = Row.of(scenario, "records/s", false);
    Row heap = Row.of(scenario, "peak heap MB", true);
    Row cpu = Row.of(scenario, "client CPU ms per 1,000 records", true);
    for (String kind : Clients.MAIN) {
      ChildJvm.Outcome o = read(kind, count, 0, "full-" + count);
      if (!complete(o, count)) {
        rate.note(kind, failure(o));
      }
      if (o.ok()) {
        rate.put(kind, num(o, "perSecond"));
        heap.put(kind, num(o, "peakHeapMb"));
        cpu.put(kind, num(o, "cpuMillis") * 1000 / Math.max(1, num(o, "received")));
      }
    }
    return List.of(rate, heap, cpu);
  }

  /**
   * The full read by csol-sdk with prefetch on, beside the default run of {@link #fullRead}: on
   * shared cores, prefetch lets the client decode one page while the sandbox produces the next.
   *
   * @param count lines read
   * @param defaults the rows {@link #fullRead} returned for the same count (first: records/s)
   * @return a prefetch-table row in seconds (sdk = prefetch off, sdk-prefetch = on)
   */
  Row fullReadWithPrefetch(long count, List<Row> defaults) {
    Row row = Row.of(String.format("full paged read, %,d lines, %s, no added latency", count, READ_HEAP),
        "seconds", true);
    Double offRate = defaults.get(0).values().get("sdk");
    if (offRate != null) {
      row.put("sdk", count / offRate);
    }
    seconds(row, "sdk-prefetch", read("sdk-prefetch", count, 0, "full-" + count), count);
    return row;
  }

  /** The read at 20 ms added latency per page: each client, then csol-sdk prefetch off and on. */
  List<List<Row>> latency(long count, long latencyMs) {
    server.faults().set(List.of(Faults.Rule.latency(LINES_PATH, Duration.ofMillis(latencyMs))));
    try {
      String scenario = String.format("paged read, %,d lines, +%d ms per page", count, latencyMs);
      Row main = Row.of(scenario, "seconds", true);
      for (String kind : Clients.MAIN) {
        seconds(main, kind, read(kind, count, 0, "latency"), count);
      }
      List<Row> prefetch = new ArrayList<>();
      for (long work : new long[] {0, latencyMs}) {
        Row row = Row.of(scenario + (work == 0 ? ", consumer does nothing"
            : ", consumer works " + work + " ms per page"), "seconds", true);
        for (String kind : List.of("sdk", "sdk-prefetch")) {
          seconds(row, kind, read(kind, count, work, "latency-work" + work), count);
        }
        prefetch.add(row);
      }
      return List.of(List.of(main), prefetch);
    } finally {
      server.faults().clear();
    }
  }

  /**
   * The read under the sandbox's soak fault mix; every client sees the same fault sequence. The
   * rows also hold {@code sdk-8-attempts}, csol-sdk with 8 instead of 4 attempts per call.
   */
  List<Row> faultMix(long count) {
    String scenario = String.format("paged read, %,d lines, fault mix on", count);
    Row finished = Row.of(scenario, "finished, lost / duplicated", true);
    Row time = Row.of(scenario, "seconds", true);
    try {
      List<String> kinds = new ArrayList<>(Clients.MAIN);
      kinds.add("sdk-8-attempts");
      for (String kind : kinds) {
        server.faults().set(Faults.soakMix()); // restarts the seeded fault sequence
        ChildJvm.Outcome o = read(kind, count, 0, "faults");
        if (!o.ok()) {
          finished.note(kind, "no: " + o.failure());
          continue;
        }
        long lost = (long) num(o, "lost");
        long dup = (long) num(o, "duplicates");
        boolean done = "true".equals(o.get("finished"));
        finished.note(kind, (done ? "yes" : "no, " + text(o.get("error")) + " after " + o.get("received")
            + " records") + ", lost " + lost + " / dup " + dup);
        if (done) {
          time.put(kind, num(o, "millis") / 1000.0);
        } else {
          time.note(kind, "did not finish");
        }
      }
    } finally {
      server.faults().clear();
    }
    return List.of(finished, time);
  }

  /** JVM start to first successful authenticated call, median of {@code runs}. */
  Row coldStart(int runs) {
    Row row = Row.of("cold start: JVM start to first authenticated call", "ms (median of " + runs + ")", true);
    for (String kind : Clients.MAIN) {
      List<Long> times = new ArrayList<>();
      for (int i = 0; i < runs; i++) {
        ChildJvm.Outcome o = jvm.run("cold-" + kind + "-" + i, List.of("-Xmx256m"), ColdStartMain.class,
            Duration.ofMinutes(2), kind, server.baseUri().toString());
        if (o.ok()) {
          times.add(o.millisToResult());
        }
      }
      System.out.printf("  %-13s cold start %s ms%n", kind, times);
      if (times.isEmpty()) {
        row.note(kind, "failed");
      } else {
        times.sort(null);
        row.put(kind, times.get(times.size() / 2));
      }
    }
    return row;
  }

  private static void seconds(Row row, String kind, ChildJvm.Outcome o, long count) {
    if (o.ok()) {
      row.put(kind, num(o, "millis") / 1000.0);
    }
    if (!complete(o, count)) {
      row.note(kind, failure(o));
    }
  }

  private static boolean complete(ChildJvm.Outcome o, long count) {
    return o.ok() && "true".equals(o.get("finished")) && num(o, "lost") == 0 && num(o, "duplicates") == 0;
  }

  private static String failure(ChildJvm.Outcome o) {
    if (!o.ok()) {
      return "failed: " + o.failure();
    }
    Map<String, String> v = o.values();
    return "incomplete: " + text(v.get("error")) + ", lost " + v.get("lost") + ", dup " + v.get("duplicates");
  }

  /** Undoes ReadMain's one-token encoding of an error text. */
  private static String text(String token) {
    return token == null ? "" : token.replace('_', ' ');
  }

  private static double num(ChildJvm.Outcome o, String key) {
    String v = o.get(key);
    return v == null || v.isEmpty() ? Double.NaN : Double.parseDouble(v);
  }
}
