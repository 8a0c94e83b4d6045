package io.csol.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResultsReportTest {

  @Test
  void render_rowWithAllClients_showsFiguresAndBothRatios() {
    ResultsReport report = new ResultsReport();
    report.row(Row.of("GET invoice", "us/call", true).put("raw", 100).put("generated", 150).put("sdk", 103));

    String md = report.render();

    assertThat(md).contains("| GET invoice | us/call | 100 | 150 | 103 | 1.03x | 1.46x |");
  }

  @Test
  void render_failedClient_showsItsNoteAndNoRatio() {
    ResultsReport report = new ResultsReport();
    report.row(Row.of("read", "records/s", false).put("raw", 20_000).note("generated", "failed: HTTP 503")
        .put("sdk", 19_000));

    String md = report.render();

    assertThat(md).contains("| read | records/s | 20,000 | failed: HTTP 503 | 19,000 | 0.95x | n/a |");
  }

  @Test
  void render_targets_markUnmetOnesInBold() {
    ResultsReport report = new ResultsReport();
    report.target("a", "1.00x", true);
    report.target("b", "0.50x", false);

    assertThat(report.render()).contains("| a | 1.00x | met |").contains("| b | 0.50x | **not met** |");
  }

  @Test
  void judge_fullSetOfRows_writesOneVerdictPerTarget() {
    ResultsReport report = new ResultsReport();
    List<Row> calls = List.of(Row.of("get", "us", true).put("raw", 100).put("sdk", 104));
    List<Row> big = List.of(Row.of("big", "records/s", false).put("generated", 10).put("sdk", 14),
        Row.of("big", "MB", true).put("sdk", 40));
    List<Row> prefetch = List.of(Row.of("idle", "s", true).put("sdk", 10).put("sdk-prefetch", 10),
        Row.of("work", "s", true).put("sdk", 20).put("sdk-prefetch", 10));
    List<Row> faults = List.of(Row.of("faults", "x", true).note("sdk", "yes, lost 0 / dup 0"));
    Row bigPrefetch = Row.of("big", "s", true).put("sdk", 1.0 / 14).put("sdk-prefetch", 1.0 / 28);

    Targets.judge(report, calls, big, bigPrefetch, prefetch, faults);

    assertThat(report.render()).doesNotContain("not met").contains("| met |")
        .contains("with prefetch(2): 2.80x");
  }

  @Test
  void number_variousMagnitudes_roundedForReading() {
    assertThat(ResultsReport.number(1234567.8)).isEqualTo("1,234,568");
    assertThat(ResultsReport.number(123.4)).isEqualTo("123");
    assertThat(ResultsReport.number(12.34)).isEqualTo("12.3");
    assertThat(ResultsReport.number(1.234)).isEqualTo("1.23");
    assertThat(ResultsReport.ratio(Double.NaN)).isEqualTo("n/a");
  }
}
