package io.csol.benchmarks;

/** The fixed explanations printed under the results, so the table can be read on its own. */
final class Notes {

  private Notes() {
  }

  /** Adds the notes. */
  static void add(ResultsReport report) {
    report.note("raw = HttpClient 5 + Jackson by hand (pooled connection, typed records, streamed page "
        + "envelope, token once and again on 401, up to 5 attempts on 429/5xx/I/O honouring Retry-After). "
        + "generated = openapi-generator 7.21.0, java/apache-httpclient, from api/openapi.yaml, used as "
        + "generated (no retry). csol-sdk = CsolClient with default settings (prefetch off unless stated).");
    report.note("Ratios are plain quotients of the figures: for times and bytes csol-sdk / raw above 1 means "
        + "csol-sdk costs more; for records/s generated / csol-sdk below 1 means csol-sdk is faster.");
    report.note("Paged reads page with limit=500 through the ids SL-000000001..N (filter `id le ...`); each "
        + "client runs in its own JVM with -Xmx64m and default GC. Peak heap is sampled every 5 ms "
        + "(garbage included). Client CPU is the whole client JVM's CPU time (JIT and GC included) per "
        + "1,000 records: it shows the client's own cost while the sandbox, on the same cores, sets the pace.");
    report.note("Added latency: a sandbox LATENCY rule of 20 ms on /v1/statements/lines, slept before the "
        + "handler runs. With prefetch, the next page is requested when this page's Link header arrives, so "
        + "the pace is the server's time to its headers (20 ms plus its own work); decoding and the "
        + "consumer's work overlap with it. With an idle consumer only the body transfer and decoding can be "
        + "hidden; the target is judged on a consumer spending 20 ms per page (a database write, say).");
    report.note("Fault mix: Faults.soakMix() (8% 429 and 8% 503 with Retry-After: 1, 8% 500, 1% connection "
        + "reset), the same seeded sequence for each client. Lost = ids 1..N never received, dup = ids "
        + "received more than once.");
    report.note("Cold start: wall time from starting `java` to the child printing its first result "
        + "(sign-in + GET invoice), median of the runs; class loading dominates.");
    report.note("Allocation per call is the client JVM's only (the sandbox runs in another JVM).");
  }
}
