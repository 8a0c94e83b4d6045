package io.csol.benchmarks;

import java.util.List;

/** Judges the targets from the measured rows. */
final class Targets {

  private Targets() {
  }

  /**
   * Adds one verdict per target to the report.
   *
   * @param report where verdicts go
   * @param calls JMH rows (first: GET time)
   * @param big rows of the 1,000,000-line read (first: records/s)
   * @param bigPrefetch the same read by csol-sdk with prefetch off and on, in seconds
   * @param prefetch prefetch rows (second: with consumer work)
   * @param faults fault-mix rows (first: finished / lost / duplicated)
   */
  static void judge(ResultsReport report, List<Row> calls, List<Row> big, Row bigPrefetch, List<Row> prefetch,
      List<Row> faults) {
    Row get = calls.get(0);
    double overhead = get.ratio("sdk", "raw");
    report.target("per-call overhead of csol-sdk <= 1.05x raw (GET invoice)",
        ResultsReport.ratio(overhead) + " (" + us(get, "sdk") + " vs " + us(get, "raw") + ")",
        overhead <= 1.05);

    Row rate = big.get(0);
    double vsGenerated = rate.ratio("sdk", "generated");
    report.target("paged-read throughput >= 1.3x generated (" + big.get(0).scenario() + ")",
        ResultsReport.ratio(vsGenerated) + " (" + fig(rate, "sdk") + " vs " + fig(rate, "generated")
            + " records/s); with prefetch(" + Clients.PREFETCH_PAGES + "): "
            + ResultsReport.ratio(prefetchedVsGenerated(bigPrefetch, rate)),
        vsGenerated >= 1.3);

    boolean streamed = rate.values().containsKey("sdk") && !rate.notes().containsKey("sdk");
    Row heap = big.get(1);
    report.target("1,000,000 records streamed in 64 MB of heap (" + big.get(0).scenario() + ")",
        (streamed ? "finished, all records, peak heap " + fig(heap, "sdk") + " MB" : "did not finish: "
            + rate.notes().get("sdk")), streamed);

    Row idle = prefetch.get(0);
    Row working = prefetch.get(1);
    double speedup = working.ratio("sdk", "sdk-prefetch");
    report.target("prefetch >= 1.8x faster than no prefetch at 20 ms per page",
        ResultsReport.ratio(speedup) + " with a consumer working 20 ms per page; "
            + ResultsReport.ratio(idle.ratio("sdk", "sdk-prefetch")) + " with an idle consumer",
        speedup >= 1.8);

    String sdkFaults = faults.get(0).notes().getOrDefault("sdk", "not measured");
    report.target("under the fault mix csol-sdk loses and repeats nothing", sdkFaults,
        sdkFaults.equals("yes, lost 0 / dup 0"));
  }

  /** Records/s of the prefetching read over the generated client's, from the read's seconds. */
  private static double prefetchedVsGenerated(Row bigPrefetch, Row rate) {
    Double seconds = bigPrefetch.values().get("sdk-prefetch");
    Double generated = rate.values().get("generated");
    Double sdkRate = rate.values().get("sdk");
    Double sdkSeconds = bigPrefetch.values().get("sdk");
    if (seconds == null || generated == null || sdkRate == null || sdkSeconds == null) {
      return Double.NaN;
    }
    double count = sdkRate * sdkSeconds; // the read's record count
    return count / seconds / generated;
  }

  private static String us(Row row, String client) {
    return fig(row, client) + " us";
  }

  private static String fig(Row row, String client) {
    Double v = row.values().get(client);
    return v == null ? "n/a" : ResultsReport.number(v);
  }
}
