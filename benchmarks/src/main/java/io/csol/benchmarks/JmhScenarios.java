package io.csol.benchmarks;

import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Runs {@link CallBenchmarks} with the GC profiler and turns the results into table rows. */
final class JmhScenarios {

  private JmhScenarios() {
  }

  /**
   * Runs the call-level benchmarks against the given sandbox.
   *
   * @param baseUri the suite's sandbox
   * @param settings iteration counts and times
   * @return rows: small GET time and allocation, one page time and allocation
   */
  static List<Row> run(String baseUri, BenchmarkSuite.Settings settings) {
    Options options = new OptionsBuilder()
        .include(CallBenchmarks.class.getName() + "\\.")
        .forks(1)
        .warmupIterations(settings.jmhWarmupIterations())
        .warmupTime(TimeValue.seconds(settings.jmhSeconds()))
        .measurementIterations(settings.jmhIterations())
        .measurementTime(TimeValue.seconds(settings.jmhSeconds()))
        .addProfiler(GCProfiler.class)
        .jvmArgsAppend("-Xmx256m", "-D" + CallBenchmarks.BASE_URI_PROPERTY + "=" + baseUri)
        .shouldFailOnError(true)
        .build();
    Collection<RunResult> results;
    try {
      results = new Runner(options).run();
    } catch (RunnerException e) {
      throw new IllegalStateException("JMH failed", e);
    }
    Row getTime = Row.of("GET invoice by id (JMH)", "us/call", true);
    Row getAlloc = Row.of("GET invoice by id (JMH, -prof gc)", "bytes allocated/call", true);
    Row pageTime = Row.of("one page of 500 statement lines (JMH)", "ms/page", true);
    Row pageAlloc = Row.of("one page of 500 statement lines (JMH, -prof gc)", "KB allocated/page", true);
    for (RunResult r : results) {
      String client = r.getParams().getParam("client");
      String method = r.getParams().getBenchmark().substring(r.getParams().getBenchmark().lastIndexOf('.') + 1);
      double score = r.getPrimaryResult().getScore();
      double error = r.getPrimaryResult().getScoreError();
      double alloc = allocPerOp(r);
      if ("invoiceById".equals(method)) {
        getTime.put(client, score).note(client, "± " + ResultsReport.number(error));
        getAlloc.put(client, alloc);
      } else {
        pageTime.put(client, score / 1000.0).note(client, "± " + ResultsReport.number(error / 1000.0));
        pageAlloc.put(client, alloc / 1024.0);
      }
    }
    return List.of(getTime, getAlloc, pageTime, pageAlloc);
  }

  /** The GC profiler's normalised allocation (B/op); its key lost the leading dot in JMH 1.37. */
  @SuppressWarnings("rawtypes") // JMH's getSecondaryResults() is declared with the raw Result type
  private static double allocPerOp(RunResult result) {
    for (var e : result.getSecondaryResults().entrySet()) {
      if (e.getKey().endsWith("gc.alloc.rate.norm")) {
        return e.getValue().getScore();
      }
    }
    return Double.NaN;
  }
}
