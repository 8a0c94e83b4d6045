package io.csol.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Collects rows, target verdicts and notes, and writes them as {@code results/latest.md}. */
final class ResultsReport {

  private final List<String> header = new ArrayList<>();
  private final List<Row> rows = new ArrayList<>();
  private final List<Row> prefetchRows = new ArrayList<>();
  private final List<String> targets = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  /** Adds a line under the title (run, machine). */
  void header(String line) {
    header.add(line);
  }

  /** Adds a row of the main table (raw, generated, sdk). */
  void row(Row row) {
    rows.add(row);
  }

  /** Adds a row of the prefetch table (sdk, sdk-prefetch). */
  void prefetchRow(Row row) {
    prefetchRows.add(row);
  }

  /** Adds a target with its measured figure and verdict. */
  void target(String target, String measured, boolean met) {
    targets.add("| " + target + " | " + measured + " | " + (met ? "met" : "**not met**") + " |");
  }

  /** Adds a note under the tables. */
  void note(String text) {
    notes.add(text);
  }

  /** Renders the report. */
  String render() {
    StringBuilder md = new StringBuilder("# csol-sdk benchmarks: latest results\n\n");
    header.forEach(h -> md.append(h).append("  \n"));
    md.append("\nWritten by `BenchmarkSuite` (see `docs/performance.md`); do not edit by hand.\n\n");
    md.append("## Figures\n\n");
    md.append("| scenario | metric | raw (ceiling) | generated | csol-sdk | csol-sdk / raw | generated / csol-sdk |\n");
    md.append("|---|---|--:|--:|--:|--:|--:|\n");
    for (Row r : rows) {
      md.append("| ").append(r.scenario()).append(" | ").append(r.metric());
      for (String c : Clients.MAIN) {
        md.append(" | ").append(cell(r, c));
      }
      md.append(" | ").append(ratio(r.ratio("sdk", "raw")))
          .append(" | ").append(ratio(r.ratio("generated", "sdk"))).append(" |\n");
    }
    if (!prefetchRows.isEmpty()) {
      md.append("\n## csol-sdk prefetch at 20 ms added latency per page\n\n");
      md.append("| scenario | metric | prefetch off | prefetch on (")
          .append(Clients.PREFETCH_PAGES).append(" pages) | off / on |\n|---|---|--:|--:|--:|\n");
      for (Row r : prefetchRows) {
        md.append("| ").append(r.scenario()).append(" | ").append(r.metric())
            .append(" | ").append(cell(r, "sdk")).append(" | ").append(cell(r, "sdk-prefetch"))
            .append(" | ").append(ratio(r.ratio("sdk", "sdk-prefetch"))).append(" |\n");
      }
    }
    md.append("\n## Targets\n\n| target | measured | verdict |\n|---|---|---|\n");
    targets.forEach(t -> md.append(t).append('\n'));
    md.append("\n## Notes\n\n");
    notes.forEach(n -> md.append("- ").append(n).append('\n'));
    return md.toString();
  }

  /** Writes the report, creating the directory. */
  void write(Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, render(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String cell(Row r, String client) {
    Double v = r.values().get(client);
    String note = r.notes().get(client);
    String figure = v == null ? "" : number(v);
    if (note == null || note.isEmpty()) {
      return figure.isEmpty() ? "n/a" : figure;
    }
    return figure.isEmpty() ? note : figure + " (" + note + ")";
  }

  /** Formats a figure: thousands separators for large ones, 3 significant digits for small ones. */
  static String number(double v) {
    if (Double.isNaN(v)) {
      return "n/a";
    }
    double abs = Math.abs(v);
    if (abs >= 1000) {
      return String.format(Locale.ROOT, "%,.0f", v);
    }
    if (abs >= 100) {
      return String.format(Locale.ROOT, "%.0f", v);
    }
    if (abs >= 10) {
      return String.format(Locale.ROOT, "%.1f", v);
    }
    return String.format(Locale.ROOT, "%.2f", v);
  }

  /** Formats a ratio like {@code 1.03x}, or n/a. */
  static String ratio(double r) {
    return Double.isNaN(r) || Double.isInfinite(r) ? "n/a" : String.format(Locale.ROOT, "%.2fx", r);
  }
}
